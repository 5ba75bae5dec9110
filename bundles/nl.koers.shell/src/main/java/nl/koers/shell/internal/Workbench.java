package nl.koers.shell.internal;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

import org.eclipse.swt.SWT;
import org.eclipse.swt.SWTException;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.custom.StackLayout;
import org.eclipse.swt.dnd.DND;
import org.eclipse.swt.dnd.DropTarget;
import org.eclipse.swt.dnd.FileTransfer;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;

import nl.koers.domain.Dossier;
import nl.koers.domain.Texts;
import nl.koers.domain.edit.DossierSession;
import nl.koers.domain.edit.Edit;
import nl.koers.store.DossierFileException;
import nl.koers.instrument.api.figure.Page;
import nl.koers.instrument.api.print.Printable;
import nl.koers.plugins.Plugins;
import nl.koers.render.Renderer;
import nl.koers.store.DossierLock;
import nl.koers.store.DossierLockedException;
import nl.koers.store.DossierLocks;
import nl.koers.store.DossierStore;
import nl.koers.store.LocalHistory;
import nl.koers.store.RecoveryCopy;
import nl.koers.store.RecoveryStore;
import nl.koers.store.SaveFailedException;

/**
 * The Koers window: one dossier at a time, the catalogue of installed instruments, and the file menu a
 * desktop user expects (new, open, recent, save, save as, close, undo, redo, drag a file onto the window).
 * Disk work runs in the background; the window stays responsive.
 */
final class Workbench {
    static final String SAMPLE = "samples/voorbeeld-jongeren-aan-het-werk.koers";

    private final Display display;
    private final DossierStore store;
    private final Texts texts;
    private final Texts words;
    private final InstrumentCatalogue catalogue;
    private final RecentFiles recent;
    private final Background background;
    private final Shell shell;
    private final Supplier<InputStream> sample;
    private final String version;
    private final Dialogs dialogs;
    /** Hook for the start-up benchmark: runs once the sample is on screen. */
    private Runnable sampleShown = () -> {
    };

    private final Composite dossierStack;
    private final WelcomePage welcome;
    private final DossierPage dossierPage;
    private final Composite catalogueHolder;
    private CataloguePage cataloguePage;
    private final CTabFolder tabs;
    private final Label status;
    private MenuItem undoItem;
    private MenuItem redoItem;
    private MenuItem saveItem;
    private MenuItem saveAsItem;
    private MenuItem closeItem;
    private Menu recentMenu;

    private final List<InstrumentView> views = new java.util.ArrayList<>();
    private Supplier<Renderer> renderer = () -> null;
    private final Texts pluginTexts;
    private Supplier<Plugins> plugins = () -> null;
    private java.util.function.Function<Shell, PluginsDialog.Questions> pluginQuestions;
    private CatalogueLocation pluginLocation = CatalogueLocation.inUserConfig();
    private PluginsDialog pluginsDialog;
    private java.util.function.BiConsumer<String, Throwable> failureListener = (id, error) -> {
    };
    private DossierSession session;
    private Path file;
    private boolean closeConfirmed;
    /** Null in a window without recovery copies, history and locks (tests of other parts of the window). */
    private Safeguards safeguards;
    private AutoSave autoSave;
    /** The lock on {@link #file} held by this window; null when read-only or without safeguards. */
    private DossierLock lock;
    /** Why the session may not be saved over its file; null when it may. */
    private String readOnlyReason;
    private MenuItem historyItem;
    private final ReadOnlyBanner readOnlyBanner;
    /** The user agreed to close the window: a recovery copy is not needed any more. */
    private boolean leaving;

    Workbench(Display display, DossierStore store, InstrumentCatalogue catalogue, RecentFiles recent, Locale locale,
            Supplier<InputStream> sample, String version, java.util.function.BiFunction<Shell, Texts, Dialogs> dialogs) {
        this.display = display;
        this.store = store;
        this.catalogue = catalogue;
        this.recent = recent;
        this.sample = sample;
        this.version = version;
        this.texts = Texts.load("nl.koers.shell.internal.Messages", locale, Workbench.class.getClassLoader());
        this.words = Texts.words(locale);
        this.pluginTexts = Texts.load("nl.koers.shell.internal.PluginTexts", locale, Workbench.class.getClassLoader());
        this.pluginQuestions = s -> new NativePluginQuestions(s, pluginTexts);
        this.background = new Background(display);

        shell = new Shell(display, SWT.SHELL_TRIM);
        shell.setText(texts.get("app.name"));
        this.dialogs = dialogs.apply(shell, texts);
        shell.setLayout(new GridLayout(1, false));
        menus();
        readOnlyBanner = new ReadOnlyBanner(shell, texts, () -> saveAs(null));

        tabs = new CTabFolder(shell, SWT.BORDER | SWT.FLAT);
        GridData tabsData = new GridData(SWT.FILL, SWT.FILL, true, true);
        // small preferred size: the tabs take the room that is left, and the status line always shows
        tabsData.widthHint = 400;
        tabsData.heightHint = 300;
        tabs.setLayoutData(tabsData);
        CTabItem dossierTab = new CTabItem(tabs, SWT.NONE);
        dossierTab.setText(texts.get("tab.dossier"));
        dossierStack = new Composite(tabs, SWT.NONE);
        dossierStack.setLayout(new StackLayout());
        dossierTab.setControl(dossierStack);
        welcome = new WelcomePage(dossierStack, texts, new WelcomePage.Actions(this::newDossier, this::openDialog,
                this::openSample, () -> {
                    tabs.setSelection(1);
                    cataloguePage();
                }, this::openRecent));
        dossierPage = new DossierPage(dossierStack, texts, words, this::apply);

        CTabItem catalogueTab = new CTabItem(tabs, SWT.NONE);
        catalogueTab.setText(texts.get("tab.catalogue"));
        catalogueHolder = new Composite(tabs, SWT.NONE);
        catalogueTab.setControl(catalogueHolder);
        // built when first shown: the window opens sooner, and the catalogue is current when it is looked at
        tabs.addListener(SWT.Selection, e -> {
            if (tabs.getSelection() == catalogueTab) {
                cataloguePage();
            }
        });
        tabs.setSelection(0);

        status = new Label(shell, SWT.NONE);
        status.setData(Ids.KEY, "status");
        status.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        status.setText(texts.get("status.ready"));

        // the framework adds and removes instruments on its own threads, also while the window closes
        Runnable instrumentsChanged = () -> {
            try {
                display.asyncExec(() -> {
                    if (!shell.isDisposed()) {
                        showInstalled();
                        if (cataloguePage != null) {
                            cataloguePage.refresh();
                        }
                    }
                });
            } catch (SWTException disposed) {
                // the window is gone; nothing to show
            }
        };
        catalogue.onChange(instrumentsChanged);
        shell.addListener(SWT.Close, e -> e.doit = mayClose());
        shell.addListener(SWT.Dispose, e -> {
            catalogue.removeListener(instrumentsChanged);
            letGo();
            background.close();
        });
        dropFiles();
        // an instrument's listener that throws stops that instrument, not the window (DESIGN rule 6)
        display.setRuntimeExceptionHandler(this::failed);
        display.setErrorHandler(error -> {
            if (!(error instanceof LinkageError)) {
                throw error;
            }
            failed(error);
        });
        background.run(recent::load, (paths, error) -> showRecent(paths == null ? List.of() : paths));
        showSession();
        display.asyncExec(() -> {
            if (!shell.isDisposed()) {
                showInstalled();
            }
        });
    }

    Shell shell() {
        return shell;
    }

    void open() {
        // sized after the menu bar exists, so the layout knows the real client area
        shell.setSize(1200, 800);
        shell.open();
        shell.layout(true, true);
        if (safeguards != null) {
            display.asyncExec(this::offerRecovery);
        }
    }

    /**
     * Recovery copies while editing, earlier versions, locks. Call before {@link #open()}: the window then offers
     * what a crashed Koers left behind, once it is on screen.
     */
    void keepSafe(Safeguards keeping) {
        safeguards = keeping;
        autoSave = new AutoSave(display, background, keeping.recovery(), keeping.autosaveSeconds(),
                error -> status.setText(texts.format("status.autosaveFailed", String.valueOf(error.getMessage()))));
        autoSave.follow(session, null, () -> file);
    }

    // ---- dossier life cycle

    void newDossier() {
        whenDiscardable(() -> {
            setSession(new DossierSession(Dossier.titled(texts.get("title.untitled"))), null);
            tabs.setSelection(0);
        });
    }

    void openDialog() {
        whenDiscardable(() -> dialogs.fileToOpen().ifPresent(this::open));
    }

    /** Opens {@code path} in the background; a file that cannot be read is reported and left alone. */
    void open(Path path) {
        status.setText(texts.format("status.opening", path.getFileName()));
        // opening the dossier this window already has open again: its lock stays, nobody else is involved
        DossierLock held = lock != null && sameFile(lock.dossier(), path) ? lock : null;
        DossierLocks locks = safeguards == null || held != null ? null : safeguards.locks();
        background.run(() -> Opening.of(store, locks, path), (opening, error) -> {
            if (error != null) {
                status.setText(texts.get("status.ready"));
                String message = error instanceof DossierFileException d ? d.message(texts.locale()) : String.valueOf(error);
                alert(SWT.ICON_ERROR, "dialog.openFailed.title", texts.format("dialog.openFailed.text", message));
                return;
            }
            String readOnly = opening.opened().readOnlyReason(texts.locale()).orElse(null);
            if (opening.lockedBy() != null) {
                String holder = opening.lockedBy().message(texts.locale());
                if (!dialogs.openReadOnly(holder)) {
                    status.setText(texts.get("status.ready"));
                    return;
                }
                readOnly = readOnly != null ? readOnly : holder;
            } else if (readOnly != null) {
                alert(SWT.ICON_INFORMATION, "dialog.readOnly.title", readOnly);
            }
            DossierLock newLock = held != null && readOnly == null ? held : opening.lock();
            setSession(new DossierSession(opening.opened().dossier()), path, newLock, readOnly, null);
            status.setText(texts.format(readOnly == null ? "status.opened" : "status.openedReadOnly", path.getFileName()));
            background.run(() -> recent.opened(path), (paths, e) -> showRecent(paths));
        });
    }

    void openSample() {
        whenDiscardable(() -> showSample(background.submit(() -> readSample(store, sample))));
    }

    /** Reads the sample that ships inside this bundle; anywhere, so start-up can begin it before the window. */
    static Dossier readSample(DossierStore store, Supplier<InputStream> sample) throws Exception {
        try (InputStream in = sample.get()) {
            return store.read(in, SAMPLE);
        }
    }

    /** Shows the sample once {@code reading} is done. */
    void showSample(CompletableFuture<Dossier> reading) {
        background.whenDone(reading, (dossier, error) -> {
            if (error != null) {
                alert(SWT.ICON_ERROR, "dialog.openFailed.title", String.valueOf(error));
                return;
            }
            setSession(new DossierSession(dossier), null);
            status.setText(texts.get("status.sample"));
            afterSampleShown();
        });
    }

    /** Hook for the start-up benchmark: runs once the sample is on screen. */
    void onSampleShown(Runnable r) {
        sampleShown = r;
    }

    private void afterSampleShown() {
        shell.update();
        sampleShown.run();
    }

    /** Saves to the dossier's file, or asks where when it has none. Done in the background. */
    void save(Runnable afterwards) {
        if (session == null) {
            return;
        }
        commitTyping();
        if (file == null || readOnlyReason != null) {
            // read-only: the file belongs to someone else (or a newer Koers), a copy goes elsewhere
            saveAs(afterwards);
            return;
        }
        write(file, afterwards);
    }

    void saveAs(Runnable afterwards) {
        if (session == null) {
            return;
        }
        commitTyping();
        String title = session.dossier().title().isBlank() ? texts.get("title.untitled") : session.dossier().title();
        dialogs.fileToSave(title.replaceAll("[\\\\/:*?\"<>|]", "-") + DossierStore.EXTENSION)
                .ifPresent(chosen -> write(withExtension(chosen), afterwards));
    }

    /** What a save left behind: the recent files, and the lock on a file this window saved to for the first time. */
    private record Written(List<Path> recent, DossierLock lock) {
    }

    private void write(Path target, Runnable afterwards) {
        if (readOnlyReason != null && sameFile(target, file)) {
            alert(SWT.ICON_WARNING, "dialog.readOnly.title", texts.format("dialog.readOnly.sameFile", readOnlyReason));
            return;
        }
        Dossier value = session.dossier();
        DossierSession saving = session;
        // a new file is locked before it is written: nobody else can be editing what this window saves over
        DossierLocks locks = safeguards == null || (lock != null && sameFile(target, lock.dossier())) ? null
                : safeguards.locks();
        status.setText(texts.format("status.saving", target.getFileName()));
        background.run(() -> {
            DossierLock taken = locks == null ? null : locks.lock(target);
            try {
                store.write(value, target);
                return new Written(recent.opened(target), taken);
            } catch (Exception | Error e) {
                if (taken != null) {
                    taken.close();
                }
                throw e;
            }
        }, (written, error) -> {
            if (error != null) {
                status.setText(texts.format("status.notSaved", target.getFileName()));
                saveFailed(target, error, afterwards);
                return;
            }
            if (saving == session) {
                if (written.lock() != null) {
                    release(lock);
                    lock = written.lock();
                }
                file = target;
                readOnlyReason = null;
                session.markSaved(value);
                if (autoSave != null) {
                    autoSave.saved();
                }
            } else {
                release(written.lock());
            }
            showRecent(written.recent());
            status.setText(texts.format("status.saved", target.getFileName()));
            if (afterwards != null) {
                afterwards.run();
            }
        });
    }

    /**
     * Says what failed and where, that the file on disk and the dossier in the window are both as they were, and
     * offers to save elsewhere at once. The session stays unsaved, so closing still asks.
     */
    private void saveFailed(Path target, Exception error, Runnable afterwards) {
        String reason = error instanceof SaveFailedException f ? f.message(texts.locale())
                : error instanceof DossierLockedException l ? l.message(texts.locale())
                : String.valueOf(error.getMessage());
        if (dialogs.saveElsewhere(texts.format("dialog.saveFailed.text", target, reason)) && session != null
                && !shell.isDisposed()) {
            saveAs(afterwards);
        }
    }

    private static boolean sameFile(Path a, Path b) {
        return a != null && b != null && a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
    }

    void closeDossier() {
        whenDiscardable(() -> setSession(null, null));
    }

    void apply(Edit edit) {
        if (session == null) {
            return;
        }
        try {
            session.apply(edit);
        } catch (RuntimeException e) {
            alert(SWT.ICON_WARNING, "dialog.editFailed.title", e instanceof nl.koers.domain.EditRefused r
                    ? r.message(texts.locale()) : String.valueOf(e.getMessage()));
        }
    }

    void undo() {
        if (session != null) {
            commitTyping();
            session.undo();
        }
    }

    void redo() {
        if (session != null) {
            commitTyping();
            session.redo();
        }
    }

    Optional<DossierSession> session() {
        return Optional.ofNullable(session);
    }

    Optional<Path> file() {
        return Optional.ofNullable(file);
    }

    DossierPage dossierPage() {
        return dossierPage;
    }

    CataloguePage cataloguePage() {
        if (cataloguePage == null) {
            cataloguePage = new CataloguePage(catalogueHolder, texts, catalogue, this::startInstrument,
                    () -> session != null);
            catalogueHolder.layout(true, true);
        }
        return cataloguePage;
    }

    CTabFolder tabs() {
        return tabs;
    }

    private void setSession(DossierSession next, Path path) {
        setSession(next, path, null, null, null);
    }

    /**
     * Replaces the open dossier. The one before may go (it was saved, or the user discarded it): its recovery copy
     * goes and its lock is released.
     *
     * @param newLock the lock on {@code path} this window now holds, or null
     * @param readOnly why the dossier may not be saved over {@code path}, or null
     * @param sessionKey the recovery copy this session continues, or null for a fresh one
     */
    private void setSession(DossierSession next, Path path, DossierLock newLock, String readOnly, String sessionKey) {
        // an instrument at work belongs to the dossier it was started on
        List.copyOf(views).forEach(InstrumentView::close);
        views.clear();
        if (lock != newLock) {
            release(lock);
        }
        lock = newLock;
        readOnlyReason = readOnly;
        session = next;
        file = path;
        if (autoSave != null) {
            autoSave.discard();
            autoSave.follow(next, sessionKey, () -> file);
        }
        if (cataloguePage != null) {
            cataloguePage.updateStart();
        }
        if (next != null) {
            // start on the first partner, so the window shows what the dossier holds
            dossierPage.select(next.dossier().partners().isEmpty() ? null : next.dossier().partners().get(0).id());
            next.onChange(s -> {
                if (s == session && !shell.isDisposed()) {
                    showSession();
                    if (autoSave != null) {
                        autoSave.changed();
                    }
                }
            });
        }
        showSession();
    }

    private void showSession() {
        StackLayout stack = (StackLayout) dossierStack.getLayout();
        stack.topControl = session == null ? welcome.control() : dossierPage.control();
        if (session != null) {
            dossierPage.show(session.dossier());
        }
        dossierStack.layout(true, true);
        shell.setText(windowTitle());
        undoItem.setEnabled(session != null && session.canUndo());
        redoItem.setEnabled(session != null && session.canRedo());
        undoItem.setText(session != null && session.undoLabel().isPresent()
                ? texts.format("menu.edit.undoWhat", editName(session.undoLabel().get()))
                : texts.get("menu.edit.undo"));
        redoItem.setText(session != null && session.redoLabel().isPresent()
                ? texts.format("menu.edit.redoWhat", editName(session.redoLabel().get()))
                : texts.get("menu.edit.redo"));
        // read-only: Save would write over a file that is not this window's to write; Save As makes a copy
        saveItem.setEnabled(session != null && readOnlyReason == null);
        saveAsItem.setEnabled(session != null);
        closeItem.setEnabled(session != null);
        historyItem.setEnabled(session != null && file != null && safeguards != null);
        readOnlyBanner.show(session == null ? null : readOnlyReason);
    }

    /** The name of an edit: the domain's words, or the window's own for what only the window does. */
    private String editName(String labelKey) {
        return words.has(labelKey) ? words.get(labelKey) : texts.get(labelKey);
    }

    /** "*Title – Koers" while there are unsaved changes, as desktop editors do. */
    String windowTitle() {
        if (session == null) {
            return texts.get("app.name");
        }
        String name = session.dossier().title().isBlank() ? texts.get("title.untitled") : session.dossier().title();
        if (readOnlyReason != null) {
            name = texts.format("title.readOnly", name);
        }
        return texts.format("title.format", session.isDirty() ? texts.get("title.dirtyMark") : "", name);
    }

    /**
     * What is typed in a field counts before a save, an undo or a close: fields commit when they lose focus,
     * so the focused one (on the dossier page or in an instrument's screen) is told it does.
     */
    private void commitTyping() {
        dossierPage.commitPending();
        org.eclipse.swt.widgets.Control focus = display.getFocusControl();
        if (focus != null && !focus.isDisposed() && focus.getShell() == shell) {
            focus.notifyListeners(SWT.FocusOut, new org.eclipse.swt.widgets.Event());
        }
    }

    // ---- instruments at work, export

    void useRenderer(Supplier<Renderer> r) {
        renderer = r;
    }

    /** Opens the instrument's working screens on the current dossier, or shows them when already open. */
    void startInstrument(String instrumentId) {
        if (session == null) {
            return;
        }
        for (InstrumentView v : views) {
            if (v.instrumentId().equals(instrumentId) && !v.tab().isDisposed()) {
                tabs.setSelection(v.tab());
                return;
            }
        }
        var entry = catalogue.entries(texts.locale()).stream().filter(e -> e.id().equals(instrumentId)).findFirst();
        var screens = catalogue.screens(instrumentId);
        if (entry.isEmpty() || entry.get().failed() || screens.isEmpty()) {
            return;
        }
        InstrumentView view = new InstrumentView(tabs, texts, entry.get().descriptor(), screens.get(), session,
                this::apply, this::toggleFullScreen, error -> instrumentFailed(instrumentId, error));
        view.tab().addListener(SWT.Dispose, e -> views.remove(view));
        views.add(view);
    }

    List<InstrumentView> views() {
        return List.copyOf(views);
    }

    /**
     * An error that came out of an event in the window (a click, a redraw, a timer): when it passed through an
     * instrument's code, that instrument stops and the window, the dossier and the other instruments go on.
     */
    void failed(Throwable error) {
        Optional<String> owner = catalogue.ownerOf(error);
        if (owner.isPresent()) {
            // its screens may be half-way through what failed: they close, after the event has unwound
            display.asyncExec(() -> List.copyOf(views).stream().filter(v -> v.instrumentId().equals(owner.get()))
                    .forEach(InstrumentView::close));
            instrumentFailed(owner.get(), error);
            return;
        }
        error.printStackTrace();
        alert(SWT.ICON_ERROR, "dialog.internalError.title", texts.format("dialog.internalError.text", error));
    }

    /** Stops an instrument that threw: the catalogue shows its error, the plugin manager hears of it, once. */
    void instrumentFailed(String instrumentId, Throwable error) {
        boolean already = catalogue.entries(texts.locale()).stream()
                .anyMatch(e -> e.id().equals(instrumentId) && e.failed());
        catalogue.markFailed(instrumentId, error);
        failureListener.accept(instrumentId, error);
        if (already) {
            return;
        }
        String name = catalogue.entries(texts.locale()).stream().filter(e -> e.id().equals(instrumentId))
                .map(InstrumentCatalogue.Entry::name).findFirst().orElse(instrumentId);
        alert(SWT.ICON_ERROR, "dialog.instrumentFailed.title",
                texts.format("dialog.instrumentFailed.text", name, String.valueOf(error)));
    }

    // ---- plugins

    void usePlugins(Supplier<Plugins> p) {
        plugins = p;
    }

    /** For the UI tests, which answer the plugin dialog's questions themselves. */
    void usePluginQuestions(java.util.function.Function<Shell, PluginsDialog.Questions> questions) {
        pluginQuestions = questions;
    }

    /** Extra > Plugins: one dialog at a time, brought to the front when it is open already. */
    Optional<PluginsDialog> openPlugins() {
        if (pluginsDialog != null && !pluginsDialog.shell().isDisposed()) {
            pluginsDialog.shell().setActive();
            return Optional.of(pluginsDialog);
        }
        Plugins manager = plugins.get();
        if (manager == null) {
            dialogs.tell(SWT.ICON_WARNING, pluginTexts.get("plugins.title"), pluginTexts.get("plugins.unavailable"));
            return Optional.empty();
        }
        pluginsDialog = new PluginsDialog(shell, manager, pluginTexts, pluginQuestions.apply(shell),
                pluginLocation);
        pluginsDialog.open();
        return Optional.of(pluginsDialog);
    }

    /** For the UI tests: where the dialog remembers the firm's catalogue. */
    void usePluginCatalogueLocation(CatalogueLocation location) {
        pluginLocation = location;
    }

    /** Who else hears that an instrument failed: the plugin manager, when it is installed. */
    void onInstrumentFailure(java.util.function.BiConsumer<String, Throwable> listener) {
        failureListener = listener;
    }

    /** F11: the instrument in front goes to projector mode; elsewhere the window goes full screen. */
    private void projector() {
        for (InstrumentView v : views) {
            if (tabs.getSelection() == v.tab()) {
                v.toggleProjector();
                return;
            }
        }
        toggleFullScreen();
    }

    private void toggleFullScreen() {
        shell.setFullScreen(!shell.getFullScreen());
    }

    private void fillExportMenu(Menu menu) {
        for (MenuItem i : menu.getItems()) {
            i.dispose();
        }
        List<Printable> printables = catalogue.printables();
        if (renderer.get() == null || printables.isEmpty() || session == null) {
            MenuItem none = new MenuItem(menu, SWT.PUSH);
            none.setText(texts.get(renderer.get() == null ? "menu.file.export.noRenderer" : "menu.file.export.none"));
            none.setEnabled(false);
            return;
        }
        for (Printable p : printables) {
            String name;
            try {
                name = p.name(texts.locale());
                if (!name.contains(p.format().name())) {
                    name = name + "  (" + p.format().name() + ")";
                }
            } catch (RuntimeException | LinkageError e) {
                continue; // a printable that cannot even name itself is not offered
            }
            MenuItem item = new MenuItem(menu, SWT.PUSH);
            item.setText(name);
            item.setData(Ids.KEY, "export." + p.id());
            item.addListener(SWT.Selection, e -> preview(p));
        }
    }

    /** Shows what a printable makes of the current dossier, with a button to write it. */
    void preview(Printable printable) {
        if (session == null) {
            return;
        }
        Dossier value = session.dossier();
        background.run(() -> printable.pages(value, texts.locale()), (pages, error) -> {
            // unchecked: the printable's own code failed (a class that cannot link arrives wrapped as one)
            Optional<String> owner = error instanceof RuntimeException ? catalogue.ownerOf(printable) : Optional.empty();
            if (owner.isPresent()) {
                instrumentFailed(owner.get(), error);
            } else if (error != null) {
                alert(SWT.ICON_ERROR, "dialog.export.failed.title",
                        texts.format("dialog.export.failed.text", printable.id(), String.valueOf(error)));
            } else if (pages.isEmpty()) {
                alert(SWT.ICON_INFORMATION, "dialog.export.title",
                        texts.format("dialog.export.nothing", printable.name(texts.locale())));
            } else {
                new PrintPreview(shell, texts, printable.name(texts.locale()), pages, () -> export(printable, pages)).open();
            }
        });
    }

    /** Writes the pages the preview showed into a folder the user chooses, in the background. */
    void export(Printable printable, List<Page> pages) {
        Renderer r = renderer.get();
        if (r == null) {
            return;
        }
        Path suggested = file == null ? null : file.toAbsolutePath().getParent();
        dialogs.folderToExport(suggested).ifPresent(folder -> {
            status.setText(texts.format("status.exporting", printable.id()));
            background.run(() -> r.write(printable.id(), printable.format(), pages, folder), (written, error) -> {
                if (error != null) {
                    status.setText(texts.get("status.ready"));
                    alert(SWT.ICON_ERROR, "dialog.export.failed.title",
                            texts.format("dialog.export.failed.text", printable.id(), String.valueOf(error.getMessage())));
                    return;
                }
                status.setText(texts.format("status.exported", written));
            });
        });
    }

    // ---- unsaved changes

    /**
     * Runs {@code next} once the current dossier may go: at once when it has no unsaved changes or the user
     * discards them, after a successful save when the user saves, never when the user cancels.
     */
    private void whenDiscardable(Runnable next) {
        if (session == null) {
            next.run();
            return;
        }
        commitTyping();
        if (!session.isDirty()) {
            next.run();
            return;
        }
        switch (dialogs.unsavedChanges(session.dossier().title())) {
            case DISCARD -> next.run();
            case SAVE -> save(() -> {
                if (session != null && !session.isDirty()) {
                    next.run();
                }
            });
            case CANCEL -> {
                // the user keeps working on the dossier
            }
        }
    }

    /** The window's close button and Quit: the same question; after a save, the window closes itself. */
    private boolean mayClose() {
        if (closeConfirmed) {
            return true;
        }
        boolean[] inThisCall = { true };
        boolean[] closeNow = { false };
        whenDiscardable(() -> {
            leaving = true;
            if (inThisCall[0]) {
                closeNow[0] = true;
            } else if (!shell.isDisposed()) {
                closeConfirmed = true;
                shell.close();
            }
        });
        inThisCall[0] = false;
        return closeNow[0];
    }

    // ---- nothing lost: recovery copies, earlier versions, locks

    /**
     * Offers, one at a time, the recovery copies that a crashed or killed Koers left behind. One dossier fits in
     * the window: after a restore, the others wait for the next start (or File > Recover).
     */
    void offerRecovery() {
        if (safeguards == null) {
            return;
        }
        RecoveryStore recovery = safeguards.recovery();
        background.run(recovery::pending, (copies, error) -> {
            if (error != null || copies == null) {
                return;
            }
            for (RecoveryCopy copy : copies) {
                if (shell.isDisposed() || copy.sessionKey().equals(autoSave.sessionKey())) {
                    continue;
                }
                switch (dialogs.recoveryOffer(copy)) {
                    case RESTORE -> {
                        whenDiscardable(() -> restore(copy));
                        return;
                    }
                    case DISCARD -> background.submit(() -> {
                        recovery.discard(copy.sessionKey());
                        return null;
                    });
                    case LATER -> {
                        // kept: offered again at the next start
                    }
                }
            }
        });
    }

    /**
     * Opens a recovery copy as unsaved changes on top of its file (so Ctrl+S writes the file, and Ctrl+Z shows
     * what the file held), or on top of a new dossier when it was never saved.
     */
    private void restore(RecoveryCopy copy) {
        Path origin = copy.origin().orElse(null);
        DossierLocks locks = safeguards.locks();
        Dossier blank = Dossier.titled(texts.get("title.untitled"));
        status.setText(texts.get("status.restoring"));
        background.run(() -> {
            Dossier recovered = safeguards.recovery().read(copy);
            if (origin == null) {
                return new Restored(recovered, blank, null);
            }
            DossierLock taken = locks.lock(origin);
            try {
                return new Restored(recovered, store.read(origin), taken);
            } catch (DossierFileException gone) {
                // the file moved or broke since: the copy is all there is, and a save writes the file anew
                return new Restored(recovered, blank, taken);
            }
        }, (restored, error) -> {
            if (error != null) {
                status.setText(texts.get("status.ready"));
                String reason = error instanceof DossierLockedException l ? l.message(texts.locale())
                        : error instanceof DossierFileException f ? f.message(texts.locale())
                        : String.valueOf(error.getMessage());
                alert(SWT.ICON_WARNING, "recovery.failed.title", texts.format("recovery.failed.text", reason));
                return;
            }
            DossierSession recovered = new DossierSession(restored.onDisk());
            recovered.apply(new Edit("recovery.restored", d -> restored.copy()));
            setSession(recovered, origin, restored.lock(), null, copy.sessionKey());
            status.setText(texts.get("status.restored"));
        });
    }

    private record Restored(Dossier copy, Dossier onDisk, DossierLock lock) {
    }

    /** File > History: the earlier versions of this file, read in the background; one goes back as an edit. */
    void showHistory() {
        if (session == null || file == null || safeguards == null) {
            return;
        }
        commitTyping();
        LocalHistory history = safeguards.history();
        Path of = file;
        DossierSession asked = session;
        status.setText(texts.get("status.readingHistory"));
        background.run(() -> history.entries(of).stream().map(e -> {
            try {
                return new HistoryDialog.Version(e, history.read(e));
            } catch (DossierFileException unreadable) {
                return new HistoryDialog.Version(e, null);
            }
        }).toList(), (versions, error) -> {
            status.setText(texts.get("status.ready"));
            if (error != null) {
                alert(SWT.ICON_ERROR, "history.failed.title", String.valueOf(error.getMessage()));
                return;
            }
            if (asked != session || shell.isDisposed()) {
                return;
            }
            dialogs.versionToRestore(of.getFileName().toString(), versions).ifPresent(v -> {
                Dossier earlier = v.dossier();
                apply(new Edit("history.restored", d -> earlier));
                status.setText(texts.format("status.historyRestored", Formats.when(v.entry().savedAt(), texts.locale())));
            });
        });
    }

    /** Releases a lock in the background (it is a file); null is fine. */
    private void release(DossierLock held) {
        if (held != null) {
            background.submit(() -> {
                held.close();
                return null;
            });
        }
    }

    /** The window goes: its lock is released, and its recovery copy goes when the user agreed to close. */
    private void letGo() {
        if (autoSave != null) {
            if (leaving || session == null || !session.isDirty()) {
                autoSave.discard();
            }
            autoSave.stop();
        }
        release(lock);
        lock = null;
    }

    // ---- menus, welcome, recent files, drag and drop

    private void menus() {
        Menu bar = new Menu(shell, SWT.BAR);
        shell.setMenuBar(bar);
        Menu fileMenu = submenu(bar, "menu.file");
        item(fileMenu, "menu.file.new", SWT.MOD1 + 'N', this::newDossier);
        item(fileMenu, "menu.file.open", SWT.MOD1 + 'O', this::openDialog);
        MenuItem recentItem = new MenuItem(fileMenu, SWT.CASCADE);
        recentItem.setText(texts.get("menu.file.recent"));
        recentMenu = new Menu(recentItem);
        recentItem.setMenu(recentMenu);
        item(fileMenu, "menu.file.sample", 0, this::openSample);
        new MenuItem(fileMenu, SWT.SEPARATOR);
        MenuItem exportItem = new MenuItem(fileMenu, SWT.CASCADE);
        exportItem.setText(texts.get("menu.file.export"));
        exportItem.setData(Ids.KEY, "menu.file.export");
        Menu exportMenu = new Menu(exportItem);
        exportItem.setMenu(exportMenu);
        exportMenu.addListener(SWT.Show, e -> fillExportMenu(exportMenu));
        fillExportMenu(exportMenu);
        saveItem = item(fileMenu, "menu.file.save", SWT.MOD1 + 'S', () -> save(null));
        saveAsItem = item(fileMenu, "menu.file.saveAs", SWT.MOD1 + SWT.SHIFT + 'S', () -> saveAs(null));
        historyItem = item(fileMenu, "menu.file.history", 0, this::showHistory);
        item(fileMenu, "menu.file.recover", 0, this::offerRecovery);
        closeItem = item(fileMenu, "menu.file.close", SWT.MOD1 + 'W', this::closeDossier);
        new MenuItem(fileMenu, SWT.SEPARATOR);
        item(fileMenu, "menu.file.quit", SWT.MOD1 + 'Q', shell::close);

        Menu editMenu = submenu(bar, "menu.edit");
        undoItem = item(editMenu, "menu.edit.undo", SWT.MOD1 + 'Z', this::undo);
        redoItem = item(editMenu, "menu.edit.redo", SWT.MOD1 + 'Y', this::redo);
        // Ctrl+Shift+Z is redo too, as in most editors
        display.addFilter(SWT.KeyDown, e -> {
            if (e.widget instanceof org.eclipse.swt.widgets.Control c && c.getShell() == shell
                    && (e.stateMask & (SWT.MOD1 | SWT.SHIFT)) == (SWT.MOD1 | SWT.SHIFT)
                    && (e.keyCode == 'z' || e.keyCode == 'Z')) {
                redo();
                e.doit = false;
            }
        });

        Menu viewMenu = submenu(bar, "menu.view");
        item(viewMenu, "menu.view.projector", SWT.F11, this::projector);

        Menu extraMenu = new Menu(shell, SWT.DROP_DOWN);
        MenuItem extra = new MenuItem(bar, SWT.CASCADE);
        extra.setText(pluginTexts.get("menu.extra"));
        extra.setMenu(extraMenu);
        MenuItem pluginsItem = new MenuItem(extraMenu, SWT.PUSH);
        pluginsItem.setText(pluginTexts.get("menu.extra.plugins"));
        pluginsItem.setData(Ids.KEY, "menu.extra.plugins");
        pluginsItem.addListener(SWT.Selection, e -> openPlugins());

        Menu helpMenu = submenu(bar, "menu.help");
        item(helpMenu, "menu.help.about", 0, () -> alert(SWT.ICON_INFORMATION, "dialog.about.title",
                texts.format("dialog.about.text", version, Runtime.version().feature(), catalogue.size())));
    }

    private Menu submenu(Menu bar, String key) {
        MenuItem item = new MenuItem(bar, SWT.CASCADE);
        item.setText(texts.get(key));
        Menu menu = new Menu(shell, SWT.DROP_DOWN);
        item.setMenu(menu);
        return menu;
    }

    private MenuItem item(Menu menu, String key, int accelerator, Runnable action) {
        MenuItem item = new MenuItem(menu, SWT.PUSH);
        item.setText(texts.get(key));
        item.setData(Ids.KEY, key);
        if (accelerator != 0) {
            item.setAccelerator(accelerator);
        }
        item.addListener(SWT.Selection, e -> action.run());
        return item;
    }

    /** The welcome page names what is installed; after the window is up, as it asks every instrument. */
    private void showInstalled() {
        welcome.showInstalled(
                catalogue.entries(texts.locale()).stream().map(InstrumentCatalogue.Entry::name).toList());
    }

    private void showRecent(List<Path> paths) {
        if (shell.isDisposed()) {
            return;
        }
        for (MenuItem i : recentMenu.getItems()) {
            i.dispose();
        }
        if (paths.isEmpty()) {
            MenuItem none = new MenuItem(recentMenu, SWT.PUSH);
            none.setText(texts.get("menu.file.recent.none"));
            none.setEnabled(false);
        }
        for (int i = 0; i < paths.size(); i++) {
            Path p = paths.get(i);
            MenuItem item = new MenuItem(recentMenu, SWT.PUSH);
            item.setText("&" + (i + 1) + "  " + p.getFileName() + "  \u2013  " + p.getParent());
            item.addListener(SWT.Selection, e -> openRecent(p));
        }
        if (!paths.isEmpty()) {
            new MenuItem(recentMenu, SWT.SEPARATOR);
            MenuItem clear = new MenuItem(recentMenu, SWT.PUSH);
            clear.setText(texts.get("menu.file.recent.clear"));
            clear.addListener(SWT.Selection, e -> background.run(recent::clear, (l, x) -> showRecent(List.of())));
        }
        welcome.showRecent(paths);
    }

    private void openRecent(Path p) {
        whenDiscardable(() -> background.run(() -> Files.exists(p), (exists, error) -> {
            if (Boolean.TRUE.equals(exists)) {
                open(p);
            } else {
                alert(SWT.ICON_WARNING, "dialog.recentMissing.title", texts.format("dialog.recentMissing.text", p));
                background.run(() -> recent.forget(p), (paths, e) -> showRecent(paths));
            }
        }));
    }

    private void dropFiles() {
        DropTarget target = new DropTarget(shell, DND.DROP_COPY | DND.DROP_MOVE | DND.DROP_DEFAULT);
        target.setTransfer(new Transfer[] { FileTransfer.getInstance() });
        target.addListener(DND.Drop, e -> {
            if (e.data instanceof String[] names && names.length > 0) {
                Path dropped = Path.of(names[0]);
                if (PluginsDialog.isPluginFile(dropped)) {
                    openPlugins().ifPresent(d -> d.installFile(dropped));
                } else {
                    whenDiscardable(() -> open(dropped));
                }
            }
        });
        target.addListener(DND.DragEnter, e -> e.detail = DND.DROP_COPY);
    }

    private void alert(int icon, String titleKey, String message) {
        dialogs.tell(icon, texts.get(titleKey), message);
    }

    private static Path withExtension(Path p) {
        String name = p.getFileName().toString();
        return name.toLowerCase(Locale.ROOT).endsWith(DossierStore.EXTENSION) ? p
                : p.resolveSibling(name + DossierStore.EXTENSION);
    }
}
