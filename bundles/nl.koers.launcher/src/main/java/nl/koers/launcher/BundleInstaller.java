package nl.koers.launcher;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
    private final Map<String, String> failures = new LinkedHashMap<>();

    BundleInstaller(BundleContext context, BundleProblems problems) {
        this.context = context;
        this.problems = problems;
    }

    void installAndStart(List<Path> jars) {
        List<Bundle> installed = new ArrayList<>();
        for (Path jar : jars) {
            try {
                // reference: the framework reads the jar where it is, it does not copy it into its storage
                installed.add(context.installBundle("reference:" + jar.toUri()));
            } catch (BundleException | RuntimeException e) {
                fail(jar.getFileName().toString(), e);
            }
        }
        context.getBundle(Constants.SYSTEM_BUNDLE_LOCATION).adapt(FrameworkWiring.class).resolveBundles(installed);
        for (Bundle bundle : installed) {
            if (!isFragment(bundle)) {
                try {
                    bundle.start();
                } catch (BundleException | RuntimeException e) {
                    fail(name(bundle), e);
                }
            }
        }
    }

    /** Why bundles failed, by {@link #name(Bundle)} (or file name when installing failed). */
    Map<String, String> failures() {
        return Map.copyOf(failures);
    }

    static boolean isFragment(Bundle bundle) {
        return bundle.getHeaders("").get(Constants.FRAGMENT_HOST) != null;
    }

    static String name(Bundle bundle) {
        return bundle.getSymbolicName() + " " + bundle.getVersion();
    }

    private void fail(String bundle, Exception e) {
        String reason = oneLine(e);
        failures.put(bundle, reason);
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
