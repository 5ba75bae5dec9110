package nl.koers.plugins;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.concurrent.TimeUnit;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.Constants;
import org.osgi.framework.launch.Framework;
import org.osgi.framework.launch.FrameworkFactory;
import org.osgi.util.tracker.ServiceTracker;

/**
 * A real Felix with Declarative Services and the Koers bundles this one needs, as the launcher boots it: a fresh
 * framework storage, {@code koers.data} in a test folder. The framework exports {@code nl.koers.plugins} from the
 * test's class path, so the test and the bundle share the API's types.
 */
final class RunningKoers implements AutoCloseable {
    /** In start order; each is found on the test class path by its file name. */
    private static final List<String> CORE = List.of("org.osgi.util.function-", "org.osgi.util.promise-",
            "org.osgi.service.component-", "org.apache.felix.scr-", "org.eclipse.swt-", "org.eclipse.swt.gtk.linux.x86_64-", "jackson-core-", "jackson-annotations-",
            "jackson-databind-", "nl.koers.domain-", "nl.koers.instrument.api-");

    private final Framework framework;
    private final ServiceTracker<Plugins, Plugins> plugins;

    RunningKoers(Path data, Path storage) throws BundleException, IOException, InterruptedException {
        Map<String, String> config = new HashMap<>();
        config.put(Constants.FRAMEWORK_STORAGE, storage.toString());
        config.put(Constants.FRAMEWORK_STORAGE_CLEAN, Constants.FRAMEWORK_STORAGE_CLEAN_ONFIRSTINIT);
        config.put(Constants.FRAMEWORK_SYSTEMPACKAGES_EXTRA, "nl.koers.plugins;version=1.0.0");
        config.put("koers.data", data.toString());
        framework = ServiceLoader.load(FrameworkFactory.class).iterator().next().newFramework(config);
        framework.start();
        BundleContext context = framework.getBundleContext();
        List<Bundle> bundles = new ArrayList<>();
        for (String name : CORE) {
            bundles.add(context.installBundle(jarOnClassPath(name).toUri().toString()));
        }
        bundles.add(context.installBundle(Path.of(System.getProperty("koers.plugins.bundle")).toUri().toString()));
        for (Bundle bundle : bundles) {
            if (bundle.getHeaders().get(Constants.FRAGMENT_HOST) == null) {
                bundle.start();
            }
        }
        plugins = new ServiceTracker<>(context, Plugins.class, null);
        plugins.open();
        if (plugins.waitForService(TimeUnit.SECONDS.toMillis(20)) == null) {
            throw new IllegalStateException("no Plugins service; bundles: " + describe());
        }
    }

    Plugins plugins() {
        return plugins.getService();
    }

    BundleContext context() {
        return framework.getBundleContext();
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
        StringBuilder text = new StringBuilder();
        for (Bundle bundle : context().getBundles()) {
            text.append(bundle.getSymbolicName()).append('=').append(bundle.getState()).append(' ');
        }
        return text.toString();
    }

    private static Path jarOnClassPath(String prefix) {
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            Path path = Path.of(entry);
            String name = path.getFileName().toString();
            if (name.startsWith(prefix) && name.endsWith(".jar") && Character.isDigit(name.charAt(prefix.length()))) {
                return path;
            }
        }
        throw new IllegalStateException(prefix + "*.jar is not on the test class path");
    }

    @Override
    public void close() throws Exception {
        plugins.close();
        framework.stop();
        framework.waitForStop(TimeUnit.SECONDS.toMillis(20));
    }
}
