package nl.koers.shell.internal;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Supplier;

import org.eclipse.swt.SWT;
import org.eclipse.swt.SWTException;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.custom.StackLayout;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;

import nl.koers.document.Document;
import nl.koers.document.DocumentState;
import nl.koers.document.DocumentView;
import nl.koers.document.DossierDocuments;
import nl.koers.domain.Texts;

/**
 * The Koers window: one dossier at a time, shown as its document says, the catalogue of installed instruments,
 * and the menus a desktop user expects. What happens to the dossier's file is {@link DossierFiles}'s and
 * {@link Safekeeping}'s; instruments at work are {@link InstrumentHost}'s; printing is {@link Exports}'.
 */
final class Workbench {
    static final String SAMPLE = "samples/voorbeeld-jongeren-aan-het-werk.koers";

    private final Display display;
    private final StartupTrace trace;
    private final Texts texts;
    private final Texts words;
    private final InstrumentCatalogue catalogue;
    private final Background background;
    private final Shell shell;
    private final Dialogs dialogs;
    private final DossierFiles files;
    private final Safekeeping safekeeping;
    private final InstrumentHost instruments;
    private final Exports exports;
    private final DossierReports reports;
    private final Menus menus;
    /** Where the user was in each dossier. */
    private final KeptPlaces places;
    private final DossierEditing edits;

    private final Composite dossierStack;
    private final DossierPage dossierPage;
    /** The welcome page and the catalogue, made when first shown. */
    private final StartPages startPages;
    private final CTabFolder tabs;
    private final StatusLine statusLine;
    private final ReadOnlyBanner readOnlyBanner;
    /** Spannende punten, Sessieplan, Zoeken: beside the window. */
    private final SideWindows sideWindows;
    /** The session plan the step timers follow. */
    private final FollowedPlan followedPlan;
    private final FoundPlaces foundPlaces;

    /** The open dossier as this window shows it; null on the welcome page. Read by the watchdog too. */
    private volatile DocumentView view;
    /** The user agreed to close the window: unsaved changes need no recovery copy any more. */
    private boolean leaving;
    /** Where failures go with their stack traces: Koers's log. */
    private volatile Failures failures = Failures.none();

    Workbench(Display display, DossierDocuments documents, InstrumentCatalogue catalogue, RecentFiles recent,
            Locale locale, Supplier<InputStream> sample, String version, BiFunction<Shell, Texts, Dialogs> dialogs) {
        this(display, documents, catalogue, recent, locale, sample, version, dialogs, StartupTrace.none());
    }

    /** @param trace where the window's steps go in the start-up timeline */
    Workbench(Display display, DossierDocuments documents, InstrumentCatalogue catalogue, RecentFiles recent,
            Locale locale, Supplier<InputStream> sample, String version, BiFunction<Shell, Texts, Dialogs> dialogs,
            StartupTrace trace) {
        this.trace = trace;
        this.display = display;
        this.catalogue = catalogue;
        this.texts = Texts.load("nl.koers.shell.internal.Messages", locale, Workbench.class.getClassLoader());
        this.words = Texts.words(locale);
        this.background = new Background(display);
        this.places = new KeptPlaces(this, WhereYouWere.besides(recent.file()));
        this.edits = new DossierEditing(this);
        this.followedPlan = new FollowedPlan(this);
        this.foundPlaces = new FoundPlaces(this);

        shell = new Shell(display, SWT.SHELL_TRIM);
        shell.setText(texts.get("app.name"));
        this.dialogs = dialogs.apply(shell, texts);
        this.files = new DossierFiles(this, documents, recent, sample);
        this.safekeeping = new Safekeeping(this, documents);
        this.instruments = new InstrumentHost(this, catalogue);
        this.exports = new Exports(this, catalogue, instruments);
        this.reports = new DossierReports(this);
        this.sideWindows = new SideWindows(this);
        shell.setLayout(new GridLayout(1, false));
        trace.step("shell: shell made");
        menus = new Menus(this, files, safekeeping, instruments, exports, reports, version);
        trace.step("shell: menus made");

        tabs = new CTabFolder(shell, SWT.BORDER | SWT.FLAT);
        GridData tabsData = new GridData(SWT.FILL, SWT.FILL, true, true);
        // small preferred size: the tabs take the room that is left, and the status line always shows
        tabsData.widthHint = 400;
        tabsData.heightHint = 300;
        tabs.setLayoutData(tabsData);
        readOnlyBanner = new ReadOnlyBanner(shell, tabs, texts, () -> files.saveAs(null));
        CTabItem dossierTab = new CTabItem(tabs, SWT.NONE);
        dossierTab.setText(texts.get("tab.dossier"));
        dossierStack = new Composite(tabs, SWT.NONE);
        dossierStack.setLayout(new StackLayout());
        dossierTab.setControl(dossierStack);
        dossierPage = new DossierPage(dossierStack, texts, words, edits::apply, sideWindows::showSessionPlans);
        trace.step("shell: dossier page made");

        startPages = new StartPages(this, dossierStack);
        tabs.setSelection(0);

        statusLine = new StatusLine(shell, texts.get("status.ready"));

        // the framework adds and removes instruments on its own threads, also while the window closes
        Runnable instrumentsChanged = () -> onUiThread(() -> {
            startPages.instrumentsChanged();
            sideWindows.instrumentsChanged();
        });
        catalogue.onChange(instrumentsChanged);
        WheelOverChoices wheel = new WheelOverChoices(display);
        shell.addListener(SWT.Close, e -> e.doit = files.mayClose());
        shell.addListener(SWT.Dispose, e -> {
            // off the screen first: GTK 3 destroys the widgets of a window in time that grows with their number
            // squared, and the X server kept the window mapped (unpainted) for the 5-9 s that took after a walk
            // through every step; the update sends the unmap before that
            shell.setVisible(false);
            display.update();
            places.keep(); // the instruments' tabs are still there: the shell hears of its disposal first
            catalogue.removeListener(instrumentsChanged);
            letGo();
            instruments.stop();
            background.close();
            wheel.remove();
        });
        menus.dropFiles();
        // an instrument's listener that throws stops that instrument, not the window (DESIGN rule 6)
        display.setRuntimeExceptionHandler(instruments::failed);
        display.setErrorHandler(instruments::failed);
        background.run(recent::load, (paths, error) -> menus.showRecent(paths == null ? List.of() : paths));
        display.asyncExec(() -> {
            if (!shell.isDisposed()) {
                startPages.showInstalled();
                instruments.readFailedPlugins();
            }
        });
    }

    /** Opens the window on the welcome page. */
    void open() {
        open((Document) null);
    }

    /**
     * Opens the window on {@code first} (null: the welcome page). What the window shows is in place before it
     * opens, so it is painted once, with that.
     */
    void open(Document first) {
        // sized first (after the menu bar exists, so the layout knows the real client area): what the window opens
        // with is laid out at its size, not once more at a default one
        shell.setSize(1200, 800);
        trace.step("shell: sized");
        // the page's own layouts wait and run as one (deferred before the size is set, GTK's scroll bars get none)
        shell.setLayoutDeferred(true);
        if (first == null) {
            showState();
        } else {
            show(first);
        }
        shell.setLayoutDeferred(false);
        trace.step("shell: page shown");
        // no layout after: a window manager that changes the size resizes the window, which lays it out again
        shell.open();
        // the menus' items once the window is painted: before anyone can reach for them, and before any question
        display.asyncExec(() -> {
            menus.fill();
            trace.step("shell: menu items made");
        });
        display.asyncExec(safekeeping::offerRecovery);
    }

    // ---- the dossier this window shows

    /**
     * Shows {@code next} (null for the welcome page). The document before goes: it was saved, or the user gave up
     * its changes, so its recovery copy goes with it and its lock is released.
     */
    void show(Document next) {
        places.keep();
        instruments.closeAll();
        followedPlan.forget(); // a choice of this dossier's plans
        if (view != null) {
            view.close();
            // whoever hands the window a document hands it a face of its own, also when the registry shared the
            // document shown here (a recovery copy of this very file): the face the window held goes
            view.document().close();
        }
        view = next == null ? null : new DocumentView(next, this::onUiThread, () -> Display.getCurrent() == display);
        if (view != null) {
            // start on the first partner, so the window shows what the dossier holds
            dossierPage.select(view.dossier().partners().isEmpty() ? null : view.dossier().partners().get(0).id());
            view.onChange(this::showState);
        }
        startPages.dossierChanged();
        if (view == null) {
            // the welcome page is on the dossier's tab: without a dossier the window shows it, wherever the user was
            tabs.setSelection(0);
        }
        showState();
    }

    /** Draws what the document says now: the page, the title, the menus, the read-only bar. */
    void showState() {
        if (shell.isDisposed()) {
            return;
        }
        StackLayout stack = (StackLayout) dossierStack.getLayout();
        stack.topControl = view == null ? welcome().control() : dossierPage.control();
        if (view != null) {
            dossierPage.show(view.dossier());
        }
        dossierStack.layout(true, true);
        shell.setText(windowTitle());
        if (statusLine.saysSaved() && view != null && view.isDirty()) {
            // an edit during or after the save: "saved" would now be a lie
            status(texts.get("status.unsaved"));
        }
        menus.show(view == null ? null : view.state());
        sideWindows.follow(view == null ? null : view.dossier());
        readOnlyBanner.show(view == null ? null
                : view.state().readOnly().map(r -> r.message(texts.locale())).orElse(null));
    }

    /** "*Title – Koers" while there are unsaved changes, as desktop editors do. */
    String windowTitle() {
        if (view == null) {
            return texts.get("app.name");
        }
        DocumentState state = view.state();
        String name = state.dossier().title().isBlank() ? texts.get("title.untitled") : state.dossier().title();
        if (state.readOnly().isPresent()) {
            name = texts.format("title.readOnly", name);
        }
        return texts.format("title.format", state.dirty() ? texts.get("title.dirtyMark") : "", name);
    }

    /** The window goes: the document is closed, keeping a recovery copy of changes the user did not decide on. */
    private void letGo() {
        if (view != null) {
            view.close();
            if (leaving || !view.isDirty()) {
                view.document().close();
            } else {
                view.document().closeKeepingRecovery();
            }
            view = null;
        }
    }

    void leaving() {
        leaving = true;
    }

    // ---- what the parts of the window share

    InstrumentCatalogue catalogue() {
        return catalogue;
    }

    Shell shell() {
        return shell;
    }

    Display display() {
        return display;
    }

    Texts texts() {
        return texts;
    }

    Texts words() {
        return words;
    }

    Dialogs dialogs() {
        return dialogs;
    }

    Background background() {
        return background;
    }

    Menus menus() {
        return menus;
    }

    DossierFiles files() {
        return files;
    }

    /** Edits to the open dossier, undo and redo. */
    DossierEditing edits() {
        return edits;
    }

    /** Shows where a search found its words. */
    FoundPlaces foundPlaces() {
        return foundPlaces;
    }

    KeptPlaces places() {
        return places;
    }

    FollowedPlan followedPlan() {
        return followedPlan;
    }

    SideWindows sideWindows() {
        return sideWindows;
    }

    /** The open dossier as this window shows it. */
    Optional<DocumentView> view() {
        return Optional.ofNullable(view);
    }

    Optional<Path> file() {
        return view().flatMap(v -> v.state().file());
    }

    void status(String text) {
        statusLine.say(text);
    }

    /** Says {@code text} with a link beside it that does {@code action}, until the status line says something else. */
    void statusWithAction(String text, String link, Runnable action) {
        statusLine.sayWithAction(text, link, action);
    }

    /** Says the dossier is saved, if it still is: the same as the window title's missing *. */
    void statusSaved(String text) {
        if (view != null && !view.isDirty()) {
            statusLine.saySaved(text);
        } else {
            statusLine.say(texts.get("status.unsaved"));
        }
    }

    void alert(int icon, String titleKey, String message) {
        dialogs.tell(icon, texts.get(titleKey), message);
    }

    /** Runs {@code r} on the UI thread, later; nothing when the window is gone. */
    void onUiThread(Runnable r) {
        try {
            display.asyncExec(() -> {
                if (!shell.isDisposed()) {
                    r.run();
                }
            });
        } catch (SWTException disposed) {
            // the window is gone; nothing to show
        }
    }

    DossierPage dossierPage() {
        return dossierPage;
    }

    CTabFolder tabs() {
        return tabs;
    }

    CataloguePage cataloguePage() {
        return startPages.cataloguePage();
    }

    /** The dossiers opened last, for the welcome page, when it is there or once it is made. */
    void showRecent(List<Path> paths) {
        startPages.showRecent(paths);
    }

    WelcomePage welcome() {
        return startPages.welcome();
    }

    // ---- for the face and the tests: what the parts do, by the names they had

    void open(Path path) {
        files.open(path);
    }

    void save(Runnable afterwards) {
        files.save(afterwards);
    }

    InstrumentHost instruments() {
        return instruments;
    }

    Exports exports() {
        return exports;
    }

    DossierReports reports() {
        return reports;
    }

    void logFailuresTo(Failures f) {
        failures = f;
    }

    Failures failures() {
        return failures;
    }
}
