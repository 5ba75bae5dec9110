package nl.koers.shell.internal;

import java.io.InputStream;
import java.io.PrintStream;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

import org.eclipse.swt.widgets.Display;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;
import org.osgi.framework.ServiceRegistration;
import org.osgi.framework.Version;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.log.Logger;
import org.osgi.service.log.LoggerFactory;

import nl.koers.document.Document;
import nl.koers.document.DocumentException;
import nl.koers.document.DossierDocuments;
import nl.koers.domain.Texts;
import nl.koers.instrument.api.Instrument;
import nl.koers.instrument.api.print.Printable;
import nl.koers.instrument.api.swt.InstrumentScreens;
import nl.koers.instrument.api.swt.MenuContribution;
import nl.koers.instrument.api.swt.SettingsPage;
import nl.koers.plugins.Plugins;
import nl.koers.render.Renderer;
import nl.koers.report.Reports;

/**
 * The window face: the launcher calls it on the JVM's main thread, which then owns the SWT display until the
 * window closes. Instruments come and go as services (whiteboard) while the window is open.
 */
@Component(service = Function.class, property = { "main.thread=true", "koers.face=gui" })
public final class WorkbenchFace implements Function<String[], Integer> {
    /** Printed when the window shows the sample or the dossier named; the benchmarks wait for this line. */
    static final String SHOWN_MARKER = "koers: window shown";
    /** Printed in a benchmark run once every bundle runs and the plugins are back; then the window closes. */
    static final String COMPLETE_MARKER = "koers: start complete";
    /** Framework property from the launcher: the plugin that kept the start before from its window. */
    static final String SAFE_MODE_BLAMED = "koers.safeMode.blamed";
    /** Framework property from the launcher: the rest of Koers starts while the window opens. */
    static final String START_IN_BACKGROUND = "koers.start.background";

    private final BundleContext context;
    private final DossierDocuments documents;
    private final Locale locale;
    private final String version;
    private final InstrumentCatalogue catalogue;
    private final AtomicReference<Renderer> renderer = new AtomicReference<>();
    private final AtomicReference<Plugins> plugins = new AtomicReference<>();
    private final AtomicReference<Reports> reports = new AtomicReference<>();
    private final Failures failures;
    private final StartMarker startMarker;
    /** The plugin that kept the start before from its window, as the launcher names it; null when none did. */
    private final String blamed;
    private final StartupTrace trace;
    /** Done when every bundle runs and the plugins are back: only then has this start reached its window. */
    private final CompletableFuture<Void> startComplete = new CompletableFuture<>();
    /** The window's "shown" service, for the launcher, which starts the rest of Koers once it is there. */
    private ServiceRegistration<Object> shown;

    @Activate
    public WorkbenchFace(BundleContext context, @Reference DossierDocuments documents,
            @Reference(service = LoggerFactory.class) Logger log) {
        this.context = context;
        this.documents = documents;
        this.failures = Failures.to(log);
        this.catalogue = new InstrumentCatalogue(failures::refused);
        this.startMarker = StartMarker.named(context.getProperty(StartMarker.PROPERTY));
        this.blamed = context.getProperty(SAFE_MODE_BLAMED);
        this.trace = StartupTrace.of(context);
        if (!Boolean.parseBoolean(context.getProperty(START_IN_BACKGROUND))) {
            startComplete.complete(null);
        }
        trace.step("shell: face activated");
        String lang = context.getProperty("koers.lang");
        this.locale = lang == null || lang.isBlank() ? Locale.of("nl") : Locale.of(lang);
        Version v = context.getBundle().getVersion();
        this.version = v.getMajor() + "." + v.getMinor() + "." + v.getMicro();
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addInstrument(Instrument instrument, ServiceReference<Instrument> reference) {
        catalogue.add(Owned.of(instrument, reference));
    }

    void removeInstrument(Instrument instrument) {
        catalogue.remove(instrument);
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addScreens(InstrumentScreens screens, ServiceReference<InstrumentScreens> reference) {
        catalogue.addScreens(Owned.of(screens, reference));
    }

    void removeScreens(InstrumentScreens screens) {
        catalogue.removeScreens(screens);
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addPrintable(Printable printable, ServiceReference<Printable> reference) {
        catalogue.addPrintable(Owned.of(printable, reference));
    }

    void removePrintable(Printable printable) {
        catalogue.removePrintable(printable);
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addMenuContribution(MenuContribution item) {
        catalogue.extras().add(item);
    }

    void removeMenuContribution(MenuContribution item) {
        catalogue.extras().remove(item);
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addSettingsPage(SettingsPage page) {
        catalogue.extras().add(page);
    }

    void removeSettingsPage(SettingsPage page) {
        catalogue.extras().remove(page);
    }

    /** The launcher's marker: every bundle has started and the plugin manager has brought the plugins back. */
    @Reference(service = Object.class, target = "(koers.start=complete)", cardinality = ReferenceCardinality.OPTIONAL,
            policy = ReferencePolicy.DYNAMIC)
    void setStartComplete(Object marker) {
        startComplete.complete(null);
    }

    void unsetStartComplete(Object marker) {
        // a start, once complete, stays so
    }

    /** Optional: without the render bundle the window works, only export is unavailable. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void setRenderer(Renderer r) {
        renderer.set(r);
    }

    void unsetRenderer(Renderer r) {
        renderer.compareAndSet(r, null);
    }

    /** Optional: without the report bundle the window works, only File > Verslag says it is unavailable. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void setReports(Reports r) {
        reports.set(r);
    }

    void unsetReports(Reports r) {
        reports.compareAndSet(r, null);
    }

    /** Optional: without the plugin manager the window works, only Extra > Plugins is unavailable. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void setPlugins(Plugins p) {
        plugins.set(p);
    }

    void unsetPlugins(Plugins p) {
        plugins.compareAndSet(p, null);
    }

    /**
     * Logs an instrument that failed in the window, and tells the plugin manager which bundle's it was, so its list
     * shows it failed.
     */
    private void reportFailure(String instrumentId, Throwable error) {
        failures.log("instrument " + instrumentId + " failed in the window and was stopped", error);
        Plugins manager = plugins.get();
        if (manager == null) {
            return;
        }
        catalogue.instrument(instrumentId).map(i -> FrameworkUtil.getBundle(i.getClass())).ifPresent(
                bundle -> manager.markFailed(bundle.getBundleId(), instrumentId, error));
    }

    @Override
    public Integer apply(String[] args) {
        Texts texts = Texts.load("nl.koers.shell.internal.Messages", locale, getClass().getClassLoader());
        boolean sample = false;
        Path file = null;
        for (String arg : args) {
            if (arg.equals("--sample")) {
                sample = true;
            } else if (arg.startsWith("-")) {
                // a usage error on the command line: the person reads it there, and the log keeps it
                String message = texts.format("option.unknown", arg);
                System.err.println(message);
                failures.refused(message);
                return 2;
            } else {
                file = Path.of(arg);
            }
        }
        boolean benchmark = Boolean.getBoolean("koers.benchmark");
        // the sample is read while the display starts: both take a moment, and neither needs the other
        CompletableFuture<Document> early = sample ? CompletableFuture.supplyAsync(this::readSample) : null;
        // so is the dossier named: the first window shows it, without the welcome page before it
        CompletableFuture<Document> given = file != null && !sample ? read(file) : null;
        trace.step("shell: face called");
        // the launcher makes the display on this thread while the bundles start; without it the face makes one
        Display display = Display.getCurrent() != null ? Display.getCurrent() : new Display();
        trace.step("shell: display open");
        try {
            Workbench workbench = new Workbench(display, documents, catalogue, new RecentFiles(RecentFiles.defaultFile()),
                    locale, this::sample, version, (window, words) -> new Dialogs(window, words, failures), trace);
            workbench.exports().useRenderer(renderer::get);
            workbench.reports().useReports(reports::get);
            workbench.instruments().usePlugins(plugins::get);
            workbench.instruments().onInstrumentFailure(this::reportFailure);
            workbench.instruments().onHeldForGood(new HangBlame(plugins::get, startMarker)::heldForGood);
            workbench.logFailuresTo(failures);
            trace.step("shell: window built");
            workbench.files().onDossierShown(() -> {
                trace.step("shell: dossier painted");
                windowShown();
                if (benchmark) {
                    workbench.shell().update(); // painted, not only laid out
                    printMarker(System.out, SHOWN_MARKER);
                    // a start ends with every bundle running: the benchmark's window closes only then
                    whenStarted(workbench, () -> {
                        trace.step("shell: start complete");
                        printMarker(System.out, COMPLETE_MARKER);
                        workbench.shell().close();
                    });
                }
            });
            if (early != null) {
                workbench.files().openWithSample(early);
            } else if (given != null) {
                workbench.files().openWithFile(file, given);
            } else {
                workbench.open();
            }
            trace.step("shell: window opened");
            if (file == null || given != null) {
                windowShown(); // with its dossier, or the welcome page when none could be read
            }
            // the window is there at once; this start has worked once the rest of Koers and the plugins run too
            whenStarted(workbench, () -> {
                startMarker.windowShown();
                workbench.instruments().readFailedPlugins();
                if (blamed != null && !blamed.isBlank()) {
                    workbench.instruments().offerToDisable(blamed);
                }
            });
            if (file != null && given == null) {
                workbench.open(file); // after the sample
            }
            while (!workbench.shell().isDisposed()) {
                if (!display.readAndDispatch()) {
                    display.sleep();
                }
            }
            return 0;
        } finally {
            if (shown != null) {
                shown.unregister();
            }
            display.dispose();
        }
    }

    /** Tells the launcher (once) that the window is on screen, so the rest of Koers may start. */
    private void windowShown() {
        if (shown == null) {
            shown = context.registerService(Object.class, new Object(),
                    FrameworkUtil.asDictionary(Map.of("koers.window", "shown")));
        }
    }

    /** Runs {@code r} on the window's thread once the start is complete (at once when it is). */
    private void whenStarted(Workbench workbench, Runnable r) {
        startComplete.thenRun(() -> workbench.onUiThread(r));
    }

    private Document readSample() {
        try {
            trace.step("shell: reading the sample");
            Document sample = DossierFiles.readSample(documents, this::sample);
            trace.step("shell: sample read");
            return sample;
        } catch (Exception e) {
            throw new CompletionException(e);
        }
    }

    /** Reads the dossier at {@code file} in the background; it is shown, or its failure told, by the window. */
    private CompletableFuture<Document> read(Path file) {
        return CompletableFuture.supplyAsync(() -> {
            try {
                trace.step("shell: reading the dossier");
                Document read = documents.open(file);
                trace.step("shell: dossier read");
                return read;
            } catch (DocumentException e) {
                throw new CompletionException(e);
            }
        });
    }

    private InputStream sample() {
        InputStream in = getClass().getClassLoader().getResourceAsStream(Workbench.SAMPLE);
        if (in == null) {
            throw new IllegalStateException("the sample dossier is missing from " + getClass().getName());
        }
        return in;
    }

    private static void printMarker(PrintStream out, String marker) {
        out.println(marker);
        out.flush();
    }

}
