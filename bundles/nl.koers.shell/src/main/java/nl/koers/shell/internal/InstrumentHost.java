package nl.koers.shell.internal;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Supplier;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Monitor;
import org.eclipse.swt.widgets.Shell;

import nl.koers.document.DocumentView;
import nl.koers.domain.Dossier;
import nl.koers.domain.Texts;
import nl.koers.domain.analysis.Found;
import nl.koers.instrument.api.swt.InstrumentScreens;
import nl.koers.plugins.PluginException;
import nl.koers.plugins.Plugins;

/**
 * Instruments at work in the window, each in a tab of its own, and the plugins that bring them. An error that
 * comes out of an instrument's code stops that instrument; the window, the dossier and the others go on.
 */
final class InstrumentHost {
    /** How long an instrument may hold the window before it is stopped, and before the next start is warned. */
    static final Duration HANG = Duration.ofSeconds(3);
    static final Duration GIVE_UP = Duration.ofSeconds(30);
    private static final Duration RECOVERY_COPY_WAIT = Duration.ofSeconds(5);
    private final Workbench window;
    private final InstrumentCatalogue catalogue;
    private final Texts texts;
    private final Texts pluginTexts;
    private final List<InstrumentView> views = new ArrayList<>();
    /** Where instruments do what would make the window wait; it ends with the window. */
    private final ExecutorService work = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "koers-instrument-work");
        t.setDaemon(true);
        return t;
    });
    private Supplier<Plugins> plugins = () -> null;
    /** The screens the window can use; a second one is the projector's. */
    private Supplier<List<Rectangle>> monitors;
    private Function<Shell, PluginsDialog.Questions> pluginQuestions;
    private CatalogueLocation pluginLocation = CatalogueLocation.inUserConfig();
    private PluginsDialog pluginsDialog;
    private BiConsumer<String, Throwable> failureListener = (id, error) -> {
    };
    private BiConsumer<String, Throwable> heldForGoodListener = (id, error) -> {
    };
    private final HangWatchdog watchdog;
    private final FailedPlugins failedPlugins;
    /** Takes the widgets of closed instruments away a few at a time, so that closing never freezes the window. */
    private final Demolition demolition;

    InstrumentHost(Workbench window, InstrumentCatalogue catalogue) {
        this.window = window;
        this.catalogue = catalogue;
        this.texts = window.texts();
        this.pluginTexts = Texts.load("nl.koers.shell.internal.PluginTexts", texts.locale(),
                InstrumentHost.class.getClassLoader());
        this.pluginQuestions = s -> new NativePluginQuestions(s, pluginTexts);
        this.watchdog = new HangWatchdog(window.display(), catalogue::ownerOf,
                seconds -> texts.format("instrument.hang", seconds), HANG, GIVE_UP, new Hangs());
        this.failedPlugins = new FailedPlugins(window);
        this.demolition = new Demolition(window.display(),
                e -> window.failures().log("a closed instrument's widget failed to go", e));
        this.monitors = () -> Arrays.stream(window.display().getMonitors()).map(Monitor::getBounds).toList();
    }

    Texts pluginTexts() {
        return pluginTexts;
    }

    int installed() {
        return catalogue.size();
    }

    /**
     * Opens the instrument's working screens on the open dossier, or shows them when already open; empty when no
     * dossier is open, or the instrument is not installed, has no screens or failed.
     */
    Optional<InstrumentView> start(String instrumentId) {
        DocumentView view = window.view().orElse(null);
        if (view == null) {
            return Optional.empty();
        }
        for (InstrumentView v : views) {
            if (v.instrumentId().equals(instrumentId) && !v.tab().isDisposed()) {
                window.tabs().setSelection(v.tab());
                return Optional.of(v);
            }
        }
        var entry = catalogue.entries(texts.locale()).stream().filter(e -> e.id().equals(instrumentId)).findFirst();
        var screens = catalogue.screens(instrumentId);
        if (entry.isEmpty() || entry.get().failed() || screens.isEmpty()) {
            return Optional.empty();
        }
        InstrumentView started = new InstrumentView(window.tabs(), texts, entry.get().descriptor(), screens.get(),
                view, window.edits()::apply, work, this::toggleFullScreen, error -> failed(instrumentId, error),
                window.menus().extraMenu().settings(instrumentId), () -> monitors.get(), window.followedPlan()::inUse,
                demolition);
        started.tab().addListener(SWT.Dispose, e -> views.remove(started));
        views.add(started);
        return Optional.of(started);
    }

    /**
     * Opens the step of an instrument that shows what a search found: the instrument in front first, then the
     * other open ones, then the rest in the catalogue's order. False when no instrument shows it. An instrument that
     * throws is stopped, as anywhere, and the next one is asked.
     */
    boolean reveal(Dossier dossier, Found found) {
        List<String> ids = new ArrayList<>();
        views.stream().filter(v -> !v.tab().isDisposed() && window.tabs().getSelection() == v.tab())
                .forEach(v -> ids.add(v.instrumentId()));
        views.stream().filter(v -> !v.tab().isDisposed()).forEach(v -> ids.add(v.instrumentId()));
        catalogue.entries(texts.locale()).stream().filter(e -> !e.failed()).forEach(e -> ids.add(e.id()));
        for (String id : new LinkedHashSet<>(ids)) {
            Optional<InstrumentScreens> screens = catalogue.screens(id);
            int step;
            try {
                step = screens.isPresent() ? screens.get().reveal(dossier, found) : -1;
            } catch (RuntimeException e) {
                failed(id, e);
                continue;
            }
            if (step >= 0) {
                Optional<InstrumentView> view = start(id);
                view.ifPresent(v -> v.showAnew(step));
                if (view.isPresent()) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Where the user is: the instruments at work in their order, the step of each, and the one in front. */
    WhereYouWere.Place place() {
        List<WhereYouWere.Tab> tabs = views.stream().filter(v -> !v.tab().isDisposed())
                .map(v -> new WhereYouWere.Tab(v.instrumentId(), v.step())).toList();
        String front = views.stream().filter(v -> !v.tab().isDisposed() && window.tabs().getSelection() == v.tab())
                .map(InstrumentView::instrumentId).findFirst().orElse(null);
        return new WhereYouWere.Place(tabs, front);
    }

    /**
     * Opens the instruments of {@code place} on their steps, and puts the one that was in front there again (or the
     * dossier's page). One no longer installed, or failed, is left out; the others still come back.
     */
    void bringBack(WhereYouWere.Place place) {
        if (place.tabs().isEmpty()) {
            return; // nothing was open: the window stays where the user opened the dossier from
        }
        for (WhereYouWere.Tab t : place.tabs()) {
            start(t.instrumentId()).ifPresent(v -> v.show(t.step()));
        }
        views.stream().filter(v -> v.instrumentId().equals(place.front()) && !v.tab().isDisposed()).findFirst()
                .ifPresentOrElse(v -> window.tabs().setSelection(v.tab()), () -> window.tabs().setSelection(0));
    }

    List<InstrumentView> views() {
        return List.copyOf(views);
    }

    /** Where instruments' screens do their background work: the benchmark's walk waits for it to finish a step. */
    Executor work() {
        return work;
    }

    /** The window goes: work still queued for instruments is dropped. */
    void stop() {
        watchdog.close();
        failedPlugins.close();
        work.shutdownNow();
    }

    /** An instrument at work belongs to the dossier it was started on. */
    void closeAll() {
        List.copyOf(views).forEach(InstrumentView::close);
        views.clear();
    }

    /**
     * The display's error handler: a linkage error, or running out of memory or stack in an instrument's code, stops
     * that instrument; any other error, or one outside instruments, ends the window as before.
     */
    void failed(Error error) {
        boolean instruments = error instanceof OutOfMemoryError || error instanceof StackOverflowError;
        if (!(error instanceof LinkageError) && !(instruments && catalogue.ownerOf(error).isPresent())) {
            throw error;
        }
        failed((Throwable) error);
    }

    /**
     * An error that came out of an event in the window (a click, a redraw, a timer): when it passed through an
     * instrument's code, that instrument stops and the window, the dossier and the other instruments go on.
     */
    void failed(Throwable error) {
        Optional<String> owner = catalogue.ownerOf(error);
        if (owner.isPresent()) {
            // its screens may be half-way through what failed: they close, after the event has unwound
            window.display().asyncExec(() -> closeViews(owner.get()));
            failed(owner.get(), error);
            return;
        }
        window.failures().log("internal error in the window", error);
        window.alert(SWT.ICON_ERROR, "dialog.internalError.title", texts.format("dialog.internalError.text", error));
    }

    /** Stops an instrument that threw: the catalogue shows its error, the plugin manager hears of it, once. */
    void failed(String instrumentId, Throwable error) {
        if (error instanceof VirtualMachineError) {
            keepRecoveryCopy(); // memory or stack ran out: the dossier is safe first
        }
        boolean already = catalogue.entries(texts.locale()).stream()
                .anyMatch(e -> e.id().equals(instrumentId) && e.failed());
        catalogue.markFailed(instrumentId, error);
        failureListener.accept(instrumentId, error);
        if (already) {
            return;
        }
        String name = catalogue.entries(texts.locale()).stream().filter(e -> e.id().equals(instrumentId))
                .map(InstrumentCatalogue.Entry::name).findFirst().orElse(instrumentId);
        window.alert(SWT.ICON_ERROR, "dialog.instrumentFailed.title",
                texts.format("dialog.instrumentFailed.text", name, String.valueOf(error)));
    }

    private void closeViews(String instrumentId) {
        List.copyOf(views).stream().filter(v -> v.instrumentId().equals(instrumentId)).forEach(InstrumentView::close);
    }

    /** Has the open dossier's unsaved changes written to a recovery copy now, waiting a bounded time; any thread. */
    private void keepRecoveryCopy() {
        window.view().map(DocumentView::document).ifPresent(document -> {
            try {
                document.keepRecoveryCopy().get(RECOVERY_COPY_WAIT.toMillis(), TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (ExecutionException | TimeoutException e) {
                window.failures().log("no recovery copy of the open dossier", e);
            }
        });
    }

    /** An instrument that holds the window: the dossier is kept, the log told, the loop interrupted, then stopped. */
    private final class Hangs implements HangWatchdog.Reaction {
        @Override
        public void held(String instrumentId, HangWatchdog.InstrumentHang hang) {
            keepRecoveryCopy();
            window.failures().log("instrument " + instrumentId + " holds the window: " + hang.getMessage(), hang);
            window.display().getThread().interrupt(); // an attempt: a loop that waits or sleeps ends with it
        }

        @Override
        public void heldForGood(String instrumentId, HangWatchdog.InstrumentHang hang) {
            window.failures().log("instrument " + instrumentId + " still holds the window after "
                    + watchdog.giveUp().toSeconds() + " seconds", hang);
            heldForGoodListener.accept(instrumentId, hang);
        }

        @Override
        public void released(String instrumentId, HangWatchdog.InstrumentHang hang) {
            closeViews(instrumentId);
            failed(instrumentId, hang);
        }
    }

    /** F11: the instrument in front goes to projector mode; elsewhere the window goes full screen. */
    void projector() {
        for (InstrumentView v : views) {
            if (window.tabs().getSelection() == v.tab()) {
                v.toggleProjector();
                return;
            }
        }
        toggleFullScreen();
    }

    /** F9: in projector mode on one screen, the tips and timer controls of the instrument in front, for a moment. */
    void facilitator() {
        for (InstrumentView v : views) {
            if (window.tabs().getSelection() == v.tab()) {
                v.toggleFacilitator();
            }
        }
    }

    /** For the UI tests: the monitors the window sees, whatever the display has. */
    void useMonitors(Supplier<List<Rectangle>> screens) {
        monitors = screens;
    }

    private void toggleFullScreen() {
        window.shell().setFullScreen(!window.shell().getFullScreen());
    }

    // ---- plugins

    void usePlugins(Supplier<Plugins> p) {
        plugins = p;
    }

    /**
     * The start before did not reach its window because of {@code plugin} (it exited, crashed Koers, or held the window
     * until it was killed): offers to disable it, which the plugin manager does in the background.
     */
    void offerToDisable(String plugin) {
        if (!window.dialogs().disableBlamed(plugin)) {
            return;
        }
        Plugins manager = plugins.get();
        if (manager == null) {
            window.dialogs().tell(SWT.ICON_WARNING, pluginTexts.get("plugins.title"),
                    pluginTexts.get("plugins.unavailable"));
            return;
        }
        window.background().run(() -> {
            manager.disable(plugin);
            return plugin;
        }, (disabled, error) -> {
            if (error == null) {
                window.status(texts.format("status.blamed.disabled", plugin));
            } else {
                window.alert(SWT.ICON_ERROR, "dialog.blamed.failed.title", error instanceof PluginException refused
                        ? refused.message(texts.locale()) : String.valueOf(error));
            }
        });
    }

    /** Has the catalogue read again which plugins failed, in the background. */
    void readFailedPlugins() {
        failedPlugins.read(plugins.get());
    }

    /** For the UI tests, which answer the plugin dialog's questions themselves. */
    void usePluginQuestions(Function<Shell, PluginsDialog.Questions> questions) {
        pluginQuestions = questions;
    }

    /** For the UI tests: where the dialog remembers the firm's catalogue. */
    void usePluginCatalogueLocation(CatalogueLocation location) {
        pluginLocation = location;
    }

    /** Who else hears that an instrument failed: the plugin manager, when it is installed. */
    void onInstrumentFailure(BiConsumer<String, Throwable> listener) {
        failureListener = listener;
    }

    /** For the tests: the watchdog gives up sooner than after {@link #GIVE_UP}. */
    void giveUpAfter(Duration time) {
        watchdog.giveUpAfter(time);
    }

    /** Who hears that an instrument still holds the window after {@link #GIVE_UP}: the next start must know. */
    void onHeldForGood(BiConsumer<String, Throwable> listener) {
        heldForGoodListener = listener;
    }

    /** Extra > Plugins: one dialog at a time, brought to the front when it is open already. */
    Optional<PluginsDialog> openPlugins() {
        if (pluginsDialog != null && !pluginsDialog.shell().isDisposed()) {
            pluginsDialog.shell().setActive();
            return Optional.of(pluginsDialog);
        }
        Plugins manager = plugins.get();
        if (manager == null) {
            window.dialogs().tell(SWT.ICON_WARNING, pluginTexts.get("plugins.title"),
                    pluginTexts.get("plugins.unavailable"));
            return Optional.empty();
        }
        pluginsDialog = new PluginsDialog(window.shell(), manager, pluginTexts, pluginQuestions.apply(window.shell()),
                pluginLocation);
        pluginsDialog.open();
        return Optional.of(pluginsDialog);
    }
}
