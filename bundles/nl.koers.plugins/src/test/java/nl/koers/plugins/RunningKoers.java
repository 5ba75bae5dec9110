package nl.koers.plugins;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.Constants;
import org.osgi.service.log.LogEntry;
import org.osgi.service.log.LogLevel;
import org.osgi.service.log.LogReaderService;

import nl.koers.testing.felix.TestFramework;

/**
 * A real Felix with Declarative Services and the Koers bundles this one needs, as the launcher boots it: a fresh
 * framework storage, {@code koers.data} in a test folder. The framework exports {@code nl.koers.plugins} from the
 * test's class path, so the test and the bundle share the API's types.
 */
final class RunningKoers implements AutoCloseable {
    /** In start order; each is found on the test class path by its file name. */
    private static final List<String> CORE = List.of("org.apache.felix.log-", "org.osgi.util.function-", "org.osgi.util.promise-",
            "org.osgi.service.component-", "org.apache.felix.scr-", "org.eclipse.swt-", "org.eclipse.swt.gtk.linux.x86_64-", "jackson-core-", "jackson-annotations-",
            "jackson-databind-", "commons-logging-", "pdfbox-io-", "fontbox-", "pdfbox-", "nl.koers.domain-", "nl.koers.store-",
            "nl.koers.document-", "nl.koers.instrument.api-", "nl.koers.instrument.kit-", "nl.koers.render-", "nl.koers.report-", "nl.koers.cli-",
            "nl.koers.instrument.netwerkambitie-");

    private final TestFramework framework;

    RunningKoers(Path data, Path storage) throws BundleException, InterruptedException {
        this(data, storage, false);
    }

    /** @param safeMode as {@code koers --safe-mode} starts it: without any plugin */
    RunningKoers(Path data, Path storage, boolean safeMode) throws BundleException, InterruptedException {
        framework = TestFramework.in(storage)
                .systemPackagesExtra("nl.koers.plugins;version=1.0.0", TestFramework.LOG_API)
                .property("koers.data", data.toString())
                .property("koers.lang", "nl")
                .property("koers.plugins.safeMode", Boolean.toString(safeMode))
                .installFromClassPath(CORE.toArray(String[]::new))
                .install(Path.of(System.getProperty("koers.plugins.bundle")))
                .start();
        plugins();
    }

    Plugins plugins() throws InterruptedException {
        return framework.service(Plugins.class, Duration.ofSeconds(20));
    }

    BundleContext context() {
        return framework.context();
    }

    /** The bundle of that symbolic name, or null. */
    Bundle bundle(String symbolicName) {
        for (Bundle bundle : context().getBundles()) {
            if (symbolicName.equals(bundle.getSymbolicName())) {
                return bundle;
            }
        }
        return null;
    }

    /**
     * The entry the OSGi Log Service holds from that bundle at that level with that text in its message, the newest
     * first; what a failure left in Koers's log.
     */
    Optional<LogEntry> logged(String symbolicName, LogLevel level, String text) throws InterruptedException {
        return Collections.list(framework.service(LogReaderService.class, Duration.ofSeconds(10)).getLog()).stream()
                .filter(e -> e.getBundle() != null && symbolicName.equals(e.getBundle().getSymbolicName()))
                .filter(e -> e.getLogLevel() == level && e.getMessage().contains(text))
                .findFirst();
    }

    int bundleCount() {
        return context().getBundles().length;
    }

    /** Every core bundle is still active: the framework and the other plugins kept working. */
    boolean coreActive() {
        for (Bundle bundle : context().getBundles()) {
            String location = bundle.getLocation();
            boolean fragment = bundle.getHeaders().get(Constants.FRAGMENT_HOST) != null;
            if (!location.startsWith("koers-plugin:") && !fragment && bundle.getState() != Bundle.ACTIVE) {
                return false;
            }
        }
        return true;
    }

    String describe() {
        return framework.states();
    }

    @Override
    public void close() throws Exception {
        framework.close();
    }
}
