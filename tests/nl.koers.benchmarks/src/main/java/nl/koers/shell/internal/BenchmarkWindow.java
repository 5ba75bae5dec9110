package nl.koers.shell.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;

import nl.koers.document.Document;
import nl.koers.document.internal.Registry;
import nl.koers.instrument.api.Instrument;
import nl.koers.instrument.api.print.Printable;
import nl.koers.instrument.api.swt.InstrumentScreens;
import nl.koers.store.internal.FileDossierLocks;
import nl.koers.store.internal.FileLocalHistory;
import nl.koers.store.internal.FileRecoveryStore;
import nl.koers.store.internal.JsonDossierStore;

/**
 * The benchmark's way into the real Koers window: the workbench on one dossier, with the instruments it is given
 * installed, whose instrument tabs it works as a user does, by their buttons. It sits in the shell's package, as the
 * shell's own tests do, and only on the benchmark's class path: in Koers's framework the package stays the shell's
 * alone.
 */
public final class BenchmarkWindow implements AutoCloseable {
    private final InstrumentCatalogue catalogue = new InstrumentCatalogue();
    private final Workbench workbench;
    private final List<String> told = new ArrayList<>();

    /**
     * Opens the window on {@code document}, in Dutch.
     *
     * @param display the display the window is made on, whose thread this is
     * @param document the dossier the window shows
     * @param data where the window keeps recovery copies, history and its recent files
     */
    public BenchmarkWindow(Display display, Document document, Path data) {
        Registry documents = new Registry(new JsonDossierStore(data, 20), new FileRecoveryStore(data),
                new FileLocalHistory(data, 20), new FileDossierLocks(), 1);
        workbench = new Workbench(display, documents, catalogue, new RecentFiles(data.resolve("recent")),
                Locale.of("nl"), () -> null, "benchmark", (shell, texts) -> new Dialogs(shell, texts, Failures.none()) {
                    @Override
                    void show(int icon, String title, String message) {
                        // a message box would hold the walk until the time limit: kept, and the walk stops on it
                        told.add(title + ": " + message);
                    }
                });
        workbench.open(document);
    }

    /**
     * Installs an instrument, as its bundle's services would.
     *
     * @param instrument what it is and its steps
     * @param screens its working screens
     */
    public void install(Instrument instrument, InstrumentScreens screens) {
        catalogue.add(instrument);
        catalogue.addScreens(screens);
    }

    /**
     * Starts an instrument in a tab of its own on its first step, as its Start button in the catalogue does.
     *
     * @param instrumentId the instrument's id
     * @return the tab
     */
    public Tab start(String instrumentId) {
        return new Tab(workbench.instruments().start(instrumentId)
                .orElseThrow(() -> new IllegalStateException("not started: " + instrumentId)));
    }

    /** {@return the window} */
    public Shell shell() {
        return workbench.shell();
    }

    /**
     * {@return done once the instruments' background work given before this call is done} The work runs on one
     * thread, in order: this mark comes after all of it.
     */
    public CompletableFuture<Void> workMark() {
        return CompletableFuture.runAsync(() -> {
        }, workbench.instruments().work());
    }

    /**
     * Opens the print preview of what {@code printable} makes of the open dossier, as its item in the export menu
     * does: the pages are made in the background, and the preview opens when they are there.
     *
     * @param printable what to preview
     */
    public void preview(Printable printable) {
        workbench.exports().preview(printable);
    }

    /** {@return the print preview's window, while one is open} */
    public Optional<Preview> preview() {
        for (Shell open : workbench.display().getShells()) {
            if (!open.isDisposed() && "preview".equals(open.getData(Ids.KEY))) {
                return Optional.of(new Preview(open));
            }
        }
        return Optional.empty();
    }

    /** {@return what the window told in a message box since it opened, or since it was forgotten} */
    public List<String> told() {
        return List.copyOf(told);
    }

    /** Forgets what the window told: the walk has written it down. */
    public void forgetTold() {
        told.clear();
    }

    /** Closes every instrument's tab, as closing or changing the dossier does. */
    public void closeInstruments() {
        workbench.instruments().closeAll();
    }

    /**
     * {@return how many widgets the window holds} GTK 3 destroys one with a style of its own (a label, a button, a
     * field, a composite with a colour or a type set) in time that grows with the number of such widgets.
     */
    public int widgets() {
        return count(workbench.shell());
    }

    private static int count(Control control) {
        int own = 1;
        if (control instanceof Composite composite) {
            for (Control child : composite.getChildren()) {
                own += count(child);
            }
        }
        return own;
    }

    @Override
    public void close() {
        if (!workbench.shell().isDisposed()) {
            workbench.shell().dispose();
        }
    }

    /** An instrument at work in the window's tab, driven by its buttons. */
    public final class Tab {
        private final InstrumentView view;

        Tab(InstrumentView view) {
            this.view = view;
        }

        /** Volgende. */
        public void next() {
            click("step.next");
        }

        /** Vorige. */
        public void back() {
            click("step.back");
        }

        /** The projector button (F11 does the same): projector mode on, or off again. */
        public void projector() {
            click("step.projector");
        }

        /** Brings the tab to the front, as clicking it does. */
        public void bringToFront() {
            Event click = new Event();
            click.item = view.tab();
            workbench.tabs().setSelection(view.tab());
            workbench.tabs().notifyListeners(SWT.Selection, click);
        }

        /** {@return the step in view, from 0} */
        public int step() {
            return view.step();
        }

        /** {@return whether the tab is in projector mode} */
        public boolean inProjectorMode() {
            return view.projector();
        }

        /** {@return the step's heading as the window shows it} */
        public String heading() {
            return ((Label) find(control(), "step.title")).getText();
        }

        /** {@return whether the window stopped the instrument for holding it: its watchdog does after seconds} */
        public boolean stopped() {
            return catalogue.entries(Locale.of("nl")).stream().anyMatch(e -> e.id().equals(view.instrumentId())
                    && e.failed() && e.error().startsWith(HangWatchdog.InstrumentHang.class.getName()));
        }

        /**
         * {@return why the tab cannot go on: the instrument was stopped (its tab closed), a step failed to build,
         * or the window told the user something; empty when it can}
         */
        public String trouble() {
            if (view.tab().isDisposed()) {
                return "the instrument was stopped";
            }
            Control failed = findShown(control(), "step.failed");
            if (failed != null) {
                return ((Label) failed).getText();
            }
            return told.isEmpty() ? "" : String.join("; ", told);
        }

        private Composite control() {
            return (Composite) view.tab().getControl();
        }

        private void click(String id) {
            Button button = (Button) find(control(), id);
            if (button == null || !button.isEnabled()) {
                throw new IllegalStateException(id + " cannot be clicked on step " + (view.step() + 1));
            }
            button.notifyListeners(SWT.Selection, new Event());
        }
    }

    /** A print preview's window, driven by its buttons. */
    public static final class Preview {
        private final Shell shell;

        Preview(Shell shell) {
            this.shell = shell;
        }

        /** {@return whether there was a next page to go to} Volgende, when the page shown is not the last. */
        public boolean next() {
            Button next = (Button) find(shell, "preview.next");
            if (next == null || !next.isEnabled()) {
                return false;
            }
            next.notifyListeners(SWT.Selection, new Event());
            return true;
        }

        /** {@return which page of how many is shown, as the preview says it} */
        public String position() {
            return ((Label) find(shell, "preview.position")).getText();
        }

        /** Closes the preview, as its window's close button does. */
        public void close() {
            shell.close();
        }
    }

    private static Control find(Control control, String id) {
        return find(control, id, false);
    }

    /** The widget with {@code id} that is shown: the pages of the other type, kept after F11, hold the same ids. */
    private static Control findShown(Control control, String id) {
        return find(control, id, true);
    }

    private static Control find(Control control, String id, boolean shownOnly) {
        if (shownOnly && !control.isVisible()) {
            return null;
        }
        if (id.equals(control.getData(Ids.KEY))) {
            return control;
        }
        if (control instanceof Composite composite) {
            for (Control child : composite.getChildren()) {
                Control found = find(child, id, shownOnly);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }
}
