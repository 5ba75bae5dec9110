package nl.koers.shell.internal;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Display;

import nl.koers.document.Document;
import nl.koers.document.DocumentException;
import nl.koers.document.DocumentState;
import nl.koers.document.DocumentView;
import nl.koers.document.DossierDocuments;
import nl.koers.domain.Dossier;
import nl.koers.domain.Texts;
import nl.koers.store.DossierStore;

/**
 * The window's file menu at work: new, open, the sample, save, save as, close, and the question about unsaved
 * changes before a dossier goes. The document does the disk work on its own threads; this class asks the user and
 * shows the outcome. Nothing here blocks the UI thread.
 */
final class DossierFiles {
    private final Workbench window;
    private final DossierDocuments documents;
    private final RecentFiles recent;
    private final Supplier<InputStream> sample;
    private final Texts texts;
    private final Background background;
    /** How long the first window waits for the dossier it was started with before it opens without it. */
    static final int FIRST_WINDOW_WAIT_MILLIS = 3000;
    private boolean closeConfirmed;
    /** Hook for the benchmarks: runs once the sample, or a dossier opened from its file, is on screen. */
    private Runnable dossierShown = () -> {
    };

    DossierFiles(Workbench window, DossierDocuments documents, RecentFiles recent, Supplier<InputStream> sample) {
        this.window = window;
        this.documents = documents;
        this.recent = recent;
        this.sample = sample;
        this.texts = window.texts();
        this.background = window.background();
    }

    void newDossier() {
        whenDiscardable(() -> {
            window.show(documents.create(Dossier.titled(texts.get("title.untitled"))));
            window.tabs().setSelection(0);
        });
    }

    void openDialog() {
        whenDiscardable(() -> window.dialogs().fileToOpen().ifPresent(this::open));
    }

    /** Opens {@code path} in the background; a file that cannot be read is reported and left alone. */
    void open(Path path) {
        window.status(texts.format("status.opening", path.getFileName()));
        background.run(() -> documents.open(path), (opened, error) -> opened(path, opened, error));
    }

    /** Shows {@code opened}, read from {@code path}, or says why it was not: {@code error}. */
    private void opened(Path path, Document opened, Exception error) {
        if (error instanceof DocumentException locked && locked.kind() == DocumentException.Kind.LOCKED) {
            openReadOnly(path, locked);
            return;
        }
        if (error != null) {
            window.status(texts.get("status.ready"));
            window.alert(SWT.ICON_ERROR, "dialog.openFailed.title",
                    texts.format("dialog.openFailed.text", message(error)));
            return;
        }
        if (window.view().map(DocumentView::document).orElse(null) == opened) {
            opened.close(); // this window has it open already: one face is enough
            window.status(texts.format("status.opened", path.getFileName()));
            return;
        }
        tellReadOnly(opened);
        shown(opened, path);
    }

    private void tellReadOnly(Document opened) {
        opened.state().readOnly().ifPresent(why -> window.alert(SWT.ICON_INFORMATION, "dialog.readOnly.title",
                why.message(texts.locale())));
    }

    /** Someone else has the file: it opens read-only when the user wants it so. */
    private void openReadOnly(Path path, DocumentException locked) {
        if (!window.dialogs().openReadOnly(locked.message(texts.locale()))) {
            window.status(texts.get("status.ready"));
            return;
        }
        background.run(() -> documents.openReadOnly(path, locked.readOnly().orElseThrow()), (opened, error) -> {
            if (error != null) {
                window.status(texts.get("status.ready"));
                window.alert(SWT.ICON_ERROR, "dialog.openFailed.title",
                        texts.format("dialog.openFailed.text", message(error)));
                return;
            }
            shown(opened, path);
        });
    }

    private void shown(Document opened, Path path) {
        window.show(opened);
        announce(opened, path);
    }

    /** Once {@code opened} from {@code path} is on screen: where the user was, the status line, the recent files. */
    private void announce(Document opened, Path path) {
        window.places().bringBack(path);
        window.status(texts.format(opened.state().readOnly().isEmpty() ? "status.opened" : "status.openedReadOnly",
                path.getFileName()));
        String title = opened.state().dossier().title();
        background.run(() -> recent.opened(path, title), (paths, e) -> showRecent(paths));
        dossierShown.run();
    }

    /**
     * Opens the window with the dossier at {@code path} that {@code reading} reads (begun before the window was made):
     * the first window shows the dossier, laid out and painted once. A file that cannot be read, or is locked, or
     * takes longer than {@link #FIRST_WINDOW_WAIT_MILLIS}, opens the window on the welcome page, and then goes as
     * {@link #open(Path)} goes.
     */
    void openWithFile(Path path, CompletableFuture<Document> reading) {
        if (await(reading, FIRST_WINDOW_WAIT_MILLIS) && !reading.isCompletedExceptionally()) {
            Document first = reading.join();
            window.open(first);
            window.shell().update();
            // a question is asked in the window, not before it
            window.onUiThread(() -> tellReadOnly(first));
            announce(first, path);
            return;
        }
        window.open();
        window.status(texts.format("status.opening", path.getFileName()));
        background.whenDone(reading, (opened, error) -> opened(path, opened, error));
    }

    /**
     * Runs the window's events until {@code work} is done or {@code millis} have passed, the window not yet open.
     *
     * @return whether the work is done
     */
    private boolean await(CompletableFuture<?> work, int millis) {
        Display display = window.display();
        // a task, not a bare wake: a wake that comes before the loop sleeps is lost, a queued task is not
        work.whenComplete((result, error) -> display.asyncExec(() -> {
        }));
        boolean[] late = { false };
        Runnable timeUp = () -> late[0] = true;
        display.timerExec(millis, timeUp);
        while (!work.isDone() && !late[0]) {
            if (!display.readAndDispatch()) {
                display.sleep();
            }
        }
        display.timerExec(-1, timeUp);
        return work.isDone();
    }

    void openSample() {
        whenDiscardable(() -> showSample(background.submit(this::readSample)));
    }

    /** Reads the sample that ships inside the shell; anywhere, so start-up can begin it before the window. */
    Document readSample() throws Exception {
        return readSample(documents, sample);
    }

    static Document readSample(DossierDocuments documents, Supplier<InputStream> sample) throws Exception {
        try (InputStream in = sample.get()) {
            return documents.open(in, Workbench.SAMPLE);
        }
    }

    /** Shows the sample once {@code reading} is done. */
    void showSample(CompletableFuture<Document> reading) {
        background.whenDone(reading, (document, error) -> {
            if (error != null) {
                window.alert(SWT.ICON_ERROR, "dialog.openFailed.title", message(error));
                return;
            }
            window.show(document);
            sampleShown();
        });
    }

    /**
     * Opens the window with the sample that {@code reading} reads (begun before the window was made): the window waits
     * for it, its events going on, and is laid out and painted once, with the partners. A sample that cannot be read
     * opens the welcome page and says why.
     */
    void openWithSample(CompletableFuture<Document> reading) {
        Display display = window.display();
        // a task, not a bare wake: a wake that comes before the loop sleeps is lost, a queued task is not
        reading.whenComplete((document, error) -> display.asyncExec(() -> {
        }));
        while (!reading.isDone()) {
            if (!display.readAndDispatch()) {
                display.sleep();
            }
        }
        try {
            window.open(reading.join());
        } catch (CompletionException | CancellationException e) {
            window.open();
            window.alert(SWT.ICON_ERROR, "dialog.openFailed.title",
                    message(e.getCause() instanceof Exception cause ? cause : e));
            return;
        }
        sampleShown();
    }

    private void sampleShown() {
        window.status(texts.get("status.sample"));
        window.shell().update();
        dossierShown.run();
    }

    void onDossierShown(Runnable r) {
        dossierShown = r;
    }

    /** Saves to the dossier's file, or asks where when it has none or may not write it. */
    void save(Runnable afterwards) {
        DocumentView view = window.view().orElse(null);
        if (view == null) {
            return;
        }
        window.edits().commitTyping();
        DocumentState state = view.state();
        if (state.file().isEmpty() || state.readOnly().isPresent()) {
            // read-only: the file belongs to someone else (or a newer Koers), a copy goes elsewhere
            saveAs(afterwards);
            return;
        }
        Path target = state.file().get();
        window.status(texts.format("status.saving", target.getFileName()));
        saved(view.document().save(), target, afterwards);
    }

    void saveAs(Runnable afterwards) {
        DocumentView view = window.view().orElse(null);
        if (view == null) {
            return;
        }
        window.edits().commitTyping();
        DocumentState state = view.state();
        String title = state.dossier().title().isBlank() ? texts.get("title.untitled") : state.dossier().title();
        window.dialogs().fileToSave(title.replaceAll("[\\\\/:*?\"<>|]", "-") + DossierStore.EXTENSION)
                .map(DossierFiles::withExtension).ifPresent(target -> {
                    if (state.readOnly().isPresent() && state.file().map(f -> sameFile(f, target)).orElse(false)) {
                        window.alert(SWT.ICON_WARNING, "dialog.readOnly.title", texts.format(
                                "dialog.readOnly.sameFile", state.readOnly().get().message(texts.locale())));
                        return;
                    }
                    window.status(texts.format("status.saving", target.getFileName()));
                    saved(view.document().saveAs(target), target, afterwards);
                });
    }

    /** Once a save is done: the status line and the recent files, or what failed with an offer to save elsewhere. */
    private void saved(CompletableFuture<DocumentState> saving, Path target, Runnable afterwards) {
        background.whenDone(saving, (state, error) -> {
            if (error != null) {
                window.status(texts.format("status.notSaved", target.getFileName()));
                String reason = texts.format("dialog.saveFailed.text", target, message(error));
                if (window.dialogs().saveElsewhere(reason) && window.view().isPresent()) {
                    saveAs(afterwards);
                }
                return;
            }
            window.statusSaved(texts.format("status.saved", target.getFileName()));
            background.run(() -> recent.opened(target, state.dossier().title()), (paths, e) -> showRecent(paths));
            if (afterwards != null) {
                afterwards.run();
            }
        });
    }

    void closeDossier() {
        whenDiscardable(() -> {
            window.show(null);
            window.status(texts.get("status.ready"));
        });
    }

    /**
     * Runs {@code next} once the current dossier may go: at once when it has no unsaved changes or the user
     * discards them, after a successful save when the user saves, never when the user cancels.
     */
    void whenDiscardable(Runnable next) {
        DocumentView view = window.view().orElse(null);
        if (view == null) {
            next.run();
            return;
        }
        window.edits().commitTyping();
        if (!view.isDirty()) {
            next.run();
            return;
        }
        switch (window.dialogs().unsavedChanges(view.dossier().title())) {
            case DISCARD -> next.run();
            case SAVE -> save(() -> {
                if (window.view().map(v -> !v.isDirty()).orElse(true)) {
                    next.run();
                }
            });
            case CANCEL -> {
                // the user keeps working on the dossier
            }
        }
    }

    /** The window's close button and Quit: the same question; after a save, the window closes itself. */
    boolean mayClose() {
        if (closeConfirmed) {
            return true;
        }
        boolean[] inThisCall = { true };
        boolean[] closeNow = { false };
        whenDiscardable(() -> {
            window.leaving();
            if (inThisCall[0]) {
                closeNow[0] = true;
            } else if (!window.shell().isDisposed()) {
                closeConfirmed = true;
                window.shell().close();
            }
        });
        inThisCall[0] = false;
        return closeNow[0];
    }

    void openRecent(Path p) {
        whenDiscardable(() -> background.run(() -> Files.exists(p), (exists, error) -> {
            if (Boolean.TRUE.equals(exists)) {
                open(p);
            } else {
                window.alert(SWT.ICON_WARNING, "dialog.recentMissing.title",
                        texts.format("dialog.recentMissing.text", p));
                background.run(() -> recent.forget(p), (paths, e) -> showRecent(paths));
            }
        }));
    }

    void clearRecent() {
        background.run(recent::clear, (l, x) -> showRecent(List.of()));
    }

    /** How a recent file is named in the menu and on the welcome page. */
    String recentLabel(Path p) {
        return recent.label(p);
    }

    private void showRecent(List<Path> paths) {
        window.menus().showRecent(paths == null ? List.of() : paths);
    }

    /** What went wrong, in the user's language. */
    String message(Exception error) {
        return error instanceof DocumentException d ? d.message(texts.locale()) : String.valueOf(error.getMessage());
    }

    static boolean sameFile(Path a, Path b) {
        return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
    }

    private static Path withExtension(Path p) {
        String name = p.getFileName().toString();
        return name.toLowerCase(Locale.ROOT).endsWith(DossierStore.EXTENSION) ? p
                : p.resolveSibling(name + DossierStore.EXTENSION);
    }
}
