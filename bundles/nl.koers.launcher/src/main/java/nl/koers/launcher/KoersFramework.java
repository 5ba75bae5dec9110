package nl.koers.launcher;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.function.Supplier;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.Constants;
import org.osgi.framework.launch.Framework;
import org.osgi.framework.launch.FrameworkFactory;

/**
 * A running OSGi framework holding a distribution's bundles. Its storage folder is fresh and deleted by {@link
 * #close()}, or, with {@value #CACHE}, kept for the next start with the same bundles: then only the installed bundles
 * survive into the next run (never started, never a plugin), which saves installing them again.
 *
 * <p>Integration tests start one the way the launcher does: {@code KoersFramework.start(home, Map.of())}.
 */
public final class KoersFramework implements AutoCloseable {
    /** Framework property: the distribution folder. */
    public static final String HOME = "koers.home";
    /** Framework property: the language a person reads, e.g. {@code nl} or {@code en}. */
    public static final String LANGUAGE = "koers.lang";
    /**
     * Framework property: {@code true} starts Koers without any plugin: neither {@code plugins/} nor the plugin
     * manager's (which reads the same property).
     */
    public static final String SAFE_MODE = "koers.plugins.safeMode";
    /**
     * Framework property: {@code true} starts the bundles on a thread of their own, so that the window can open
     * while the rest starts; the marker service {@code (koers.start=complete)} says when all is running.
     */
    public static final String START_IN_BACKGROUND = "koers.start.background";
    /**
     * Framework property: a folder where the framework keeps its bundles between starts, by installed set (see
     * {@link FrameworkStorage}); without it every start has a fresh folder of its own.
     */
    public static final String CACHE = "koers.framework.cache";
    /** How long a complete start waits for the plugin manager to bring the plugins back. */
    private static final Duration RESTORE_TIMEOUT = Duration.ofSeconds(10);

    private static final long STOP_TIMEOUT_MILLIS = 10_000;

    private final Framework framework;
    private final FrameworkStorage storage;
    private final Supplier<Map<String, String>> failures;
    private boolean closed;

    private KoersFramework(Framework framework, FrameworkStorage storage, Supplier<Map<String, String>> failures) {
        this.framework = framework;
        this.storage = storage;
        this.failures = failures;
    }

    public static KoersFramework start(Path home, Map<String, String> properties) throws LaunchProblem {
        return start(home, properties, BundleProblems.ignore());
    }

    /**
     * Boots the framework with the settings in {@code etc/koers.properties}, then {@code properties}, and
     * installs and starts the features' bundles and the plugins. The bundles are those for the system that {@code
     * org.osgi.framework.os.name} and {@code org.osgi.framework.processor} name when set, else for this JVM's.
     */
    public static KoersFramework start(Path home, Map<String, String> properties, BundleProblems problems)
            throws LaunchProblem {
        StartupTrace trace = StartupTrace.of(System.err);
        Distribution distribution = new Distribution(home.toAbsolutePath().normalize());
        Map<String, String> configuration = new HashMap<>(distribution.settingsProperties());
        configuration.put(HOME, distribution.home().toString());
        configuration.put(LANGUAGE, Locale.getDefault().getLanguage());
        configuration.putAll(properties);
        // a broken distribution fails before anything starts; a native part for another system is left out
        Platform platform = Platform.of(configuration);
        List<Path> features = distribution.featureJars(platform);
        List<Path> jars = new ArrayList<>(features);
        if (!Boolean.parseBoolean(properties.get(SAFE_MODE))) {
            jars.addAll(distribution.pluginJars());
        }
        // SWT on the class path (bin/koers puts it there): the system bundle exports it, the framework leaves it out
        Optional<ClassPathToolkit> toolkit = ClassPathToolkit.of(features, distribution);
        if (toolkit.isPresent()) {
            toolkit.get().export(configuration);
            jars = toolkit.get().leaveOut(jars);
        }
        trace.step("framework: configuring");
        if (trace.on()) {
            configuration.put(StartupTrace.ORIGIN, Long.toString(trace.origin()));
        }
        String cache = configuration.get(CACHE);
        try {
            return start(configuration, jars, storage(cache, jars), problems, trace);
        } catch (LaunchProblem problem) {
            if (cache == null) {
                throw problem;
            }
            // a kept folder that a crash left broken, or one another version wrote: once more, in a folder made anew
            return start(configuration, jars, storage(cache, jars), problems, trace);
        }
    }

    private static KoersFramework start(Map<String, String> configuration, List<Path> jars, FrameworkStorage storage,
            BundleProblems problems, StartupTrace trace) throws LaunchProblem {
        Map<String, String> settings = new HashMap<>(configuration);
        settings.put(Constants.FRAMEWORK_STORAGE, storage.folder().toString());
        if (!storage.reused()) {
            settings.put(Constants.FRAMEWORK_STORAGE_CLEAN, Constants.FRAMEWORK_STORAGE_CLEAN_ONFIRSTINIT);
        }
        trace.step("framework: storage " + (storage.reused() ? "kept" : "new"));
        Framework framework = frameworkFactory().newFramework(settings);
        trace.step("framework: made");
        try {
            framework.init();
            trace.step("framework: initialised");
            BundleInstaller installer = new BundleInstaller(framework.getBundleContext(), problems, trace);
            // what an earlier start added (the consultant's plugins) goes: the plugin manager brings back what it should
            installer.leaveOnly(jars);
            // start the framework with only the set's bundles, none started: each bundle's start() fails or succeeds here
            framework.start();
            trace.step("framework: started" + (storage.reused() ? " with its kept bundles" : ""));
            trace.follow(framework.getBundleContext());
            if (Boolean.parseBoolean(configuration.get(START_IN_BACKGROUND))) {
                installer.installOnly(jars);
                storage.markComplete();
                // the window's toolkit now: the launcher makes its display while the rest resolves and starts
                installer.resolve(EarlyDisplay::isToolkit);
                StartInBackground.start(installer, framework.getBundleContext(), RESTORE_TIMEOUT, trace);
            } else {
                installer.install(jars);
                storage.markComplete();
                installer.start();
                trace.step("framework: every bundle started");
            }
            return new KoersFramework(framework, storage, installer::failures);
        } catch (BundleException | RuntimeException e) {
            storage.discard();
            new KoersFramework(framework, storage, Map::of).close();
            throw new LaunchProblem(new Text("framework.failed", String.valueOf(e.getMessage())), e);
        }
    }

    public Framework framework() {
        return framework;
    }

    public BundleContext bundleContext() {
        return framework.getBundleContext();
    }

    /** One line per bundle that is not running (fragments excepted), with the reason when there is one. */
    public List<String> inactiveBundles() {
        List<String> inactive = new ArrayList<>();
        Map<String, String> failures = this.failures.get();
        failures.forEach((bundle, reason) -> inactive.add(bundle + ": " + reason));
        for (Bundle bundle : bundleContext().getBundles()) {
            String name = BundleInstaller.name(bundle);
            if (bundle.getState() != Bundle.ACTIVE && !BundleInstaller.isFragment(bundle) && !failures.containsKey(name)) {
                inactive.add(name + ": " + stateName(bundle.getState()));
            }
        }
        return inactive;
    }

    /** Stops the framework (waiting a while for it) and deletes its storage, or lets go of a kept one. Safe to call more than once. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            framework.stop();
            framework.waitForStop(STOP_TIMEOUT_MILLIS);
        } catch (BundleException e) {
            // stopping is best effort: the process ends anyway
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        storage.close();
    }

    private static FrameworkFactory frameworkFactory() throws LaunchProblem {
        return ServiceLoader.load(FrameworkFactory.class, KoersFramework.class.getClassLoader())
                .findFirst()
                .orElseThrow(() -> new LaunchProblem(new Text("framework.missing")));
    }

    /** A folder kept between starts under {@code cache} (when set and free), else a fresh one. */
    private static FrameworkStorage storage(String cache, List<Path> jars) throws LaunchProblem {
        try {
            if (cache != null && !cache.isBlank()) {
                try {
                    // the framework's own jar too: another Felix may not read what this one kept
                    List<Path> set = new ArrayList<>(jars);
                    set.add(Path.of(FrameworkFactory.class.getProtectionDomain().getCodeSource().getLocation().toURI()));
                    return FrameworkStorage.kept(Path.of(cache), set);
                } catch (IOException | URISyntaxException | RuntimeException e) {
                    // a cache folder that cannot be written: start as without one
                }
            }
            return FrameworkStorage.fresh();
        } catch (IOException e) {
            throw new LaunchProblem(new Text("framework.noStorage", e.getMessage()), e);
        }
    }

    private static String stateName(int state) {
        return switch (state) {
            case Bundle.INSTALLED -> "INSTALLED";
            case Bundle.RESOLVED -> "RESOLVED";
            case Bundle.STARTING -> "STARTING";
            case Bundle.STOPPING -> "STOPPING";
            case Bundle.UNINSTALLED -> "UNINSTALLED";
            default -> "ACTIVE";
        };
    }
}
