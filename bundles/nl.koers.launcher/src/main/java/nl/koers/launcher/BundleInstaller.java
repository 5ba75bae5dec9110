package nl.koers.launcher;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.Constants;
import org.osgi.framework.wiring.FrameworkWiring;

/**
 * Installs all jars first, resolves them together, then starts every bundle that is not a fragment. Installing
 * everything before resolving lets fragments (SWT's native code) attach to their host. A bundle that fails is
 * reported and skipped: a broken plugin never stops Koers.
 */
final class BundleInstaller {
    private final BundleContext context;
    private final BundleProblems problems;
    private final StartupTrace trace;
    private final Map<String, String> failures = new LinkedHashMap<>();
    private final List<Bundle> installed = new ArrayList<>();

    BundleInstaller(BundleContext context, BundleProblems problems, StartupTrace trace) {
        this.context = context;
        this.problems = problems;
        this.trace = trace;
    }

    void installAndStart(List<Path> jars) {
        install(jars);
        start();
    }

    /** Installs every jar, then resolves them together. */
    void install(List<Path> jars) {
        installOnly(jars);
        resolve(bundle -> true);
    }

    /** Installs every jar, leaving them to {@link #resolve}. */
    void installOnly(List<Path> jars) {
        for (Path jar : jars) {
            try {
                // a bundle a kept storage holds already is handed back as it is
                installed.add(context.installBundle(location(jar)));
            } catch (BundleException | RuntimeException e) {
                fail(jar.getFileName().toString(), e);
            }
        }
        trace.step("framework: bundles installed");
    }

    /** Resolves the installed bundles that {@code which} accepts, together, so that fragments attach to their hosts. */
    void resolve(Predicate<Bundle> which) {
        List<Bundle> chosen = installed.stream().filter(which).toList();
        context.getBundle(Constants.SYSTEM_BUNDLE_LOCATION).adapt(FrameworkWiring.class).resolveBundles(chosen);
        trace.step("framework: " + chosen.size() + " bundles resolved");
    }

    /** Uninstalls every bundle but the system bundle and those of {@code jars}: what a kept storage held beyond them. */
    void leaveOnly(List<Path> jars) throws BundleException {
        Set<String> locations = jars.stream().map(BundleInstaller::location).collect(Collectors.toSet());
        for (Bundle bundle : context.getBundles()) {
            if (bundle.getBundleId() != 0 && !locations.contains(bundle.getLocation())) {
                bundle.uninstall();
            }
        }
    }

    /** Starts what {@link #install} installed, in the features' order; may run on a thread of its own. */
    void start() {
        start(bundle -> {
        });
    }

    /** As {@link #start()}, calling {@code afterEach} after each bundle's start (which may hold back the next). */
    void start(Consumer<Bundle> afterEach) {
        for (Bundle bundle : installed) {
            if (!isFragment(bundle)) {
                try {
                    // transient: a kept storage then never starts a bundle by itself, before the launcher says so
                    bundle.start(Bundle.START_TRANSIENT);
                } catch (BundleException | RuntimeException e) {
                    if (stopping()) {
                        return; // the window could not open and Koers stops: the bundles are not at fault
                    }
                    fail(name(bundle), e);
                }
                afterEach.accept(bundle);
            }
        }
    }

    /** Whether the framework is going down while the bundles start beside the window. */
    private boolean stopping() {
        try {
            return context.getBundle(Constants.SYSTEM_BUNDLE_LOCATION).getState() != Bundle.ACTIVE;
        } catch (IllegalStateException stopped) {
            return true;
        }
    }

    /** Why bundles failed, by {@link #name(Bundle)} (or file name when installing failed). */
    synchronized Map<String, String> failures() {
        return Map.copyOf(failures);
    }

    /** reference: the framework reads the jar where it is, it does not copy it into its storage. */
    private static String location(Path jar) {
        return "reference:" + jar.toUri();
    }

    static boolean isFragment(Bundle bundle) {
        return bundle.getHeaders("").get(Constants.FRAGMENT_HOST) != null;
    }

    static String name(Bundle bundle) {
        return bundle.getSymbolicName() + " " + bundle.getVersion();
    }

    private void fail(String bundle, Exception e) {
        String reason = oneLine(e);
        synchronized (this) {
            failures.put(bundle, reason);
        }
        problems.failed(bundle, reason);
    }

    private static String oneLine(Throwable e) {
        StringBuilder reason = new StringBuilder(String.valueOf(e.getMessage()));
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
            reason.append(" <- ").append(cause);
        }
        return reason.toString().replaceAll("\\s*\\R\\s*", " ");
    }
}
