package nl.koers.testing.felix;

import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.jar.JarFile;

import org.apache.felix.framework.FrameworkFactory;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.Constants;
import org.osgi.framework.launch.Framework;
import org.osgi.util.tracker.ServiceTracker;

/**
 * A real Felix for a test, as the launcher boots one: a fresh framework storage, the bundles installed in the
 * order given and every one that is not a fragment started. Build it with {@link #in(Path)}; {@link #close()} stops
 * it.
 *
 * <pre>{@code
 * try (TestFramework felix = TestFramework.in(dir.resolve("felix"))
 *         .property("koers.data", dir.resolve("data").toString())
 *         .installFromClassPath("org.osgi.util.function-", "org.apache.felix.scr-")
 *         .install(Path.of(System.getProperty("my.bundle")))
 *         .start()) {
 *     MyService service = felix.service(MyService.class, Duration.ofSeconds(20));
 * }
 * }</pre>
 */
public final class TestFramework implements AutoCloseable {
    /**
     * The OSGi Log Service API (in the {@code osgi.core} jar) for {@link Builder#systemPackagesExtra}: a test that
     * installs Felix Log ({@code "org.apache.felix.log-"}) then reads the log with the bundles' own types.
     */
    public static final String LOG_API = "org.osgi.service.log;version=1.5.0";

    private final Framework framework;
    private final Map<Class<?>, ServiceTracker<?, ?>> trackers = new HashMap<>();

    private TestFramework(Framework framework) {
        this.framework = framework;
    }

    /** A framework that keeps its storage in {@code storage}, cleaned when it starts. */
    public static Builder in(Path storage) {
        return new Builder(storage);
    }

    public BundleContext context() {
        return framework.getBundleContext();
    }

    /**
     * The service of that type, waiting for it up to {@code timeout}; the type must be the one the bundles see
     * (exported by the framework from the test's class path, see {@link Builder#systemPackagesExtra}).
     *
     * @throws IllegalStateException when it does not come, with the state of every bundle
     */
    public <T> T service(Class<T> type, Duration timeout) throws InterruptedException {
        @SuppressWarnings("unchecked")
        ServiceTracker<T, T> tracker = (ServiceTracker<T, T>) trackers.computeIfAbsent(type, t -> {
            ServiceTracker<T, T> opened = new ServiceTracker<>(context(), type, null);
            opened.open();
            return opened;
        });
        T service = tracker.waitForService(timeout.toMillis());
        if (service == null) {
            throw new IllegalStateException("no " + type.getSimpleName() + " service; bundles: " + states());
        }
        return service;
    }

    /** Every bundle's symbolic name and state, for a message when something did not start. */
    public String states() {
        StringBuilder text = new StringBuilder();
        for (Bundle bundle : context().getBundles()) {
            text.append(bundle.getSymbolicName()).append('=').append(bundle.getState()).append(' ');
        }
        return text.toString().strip();
    }

    /** The jar on the test's class path named {@code prefix} and a version, such as {@code "jackson-core-"}. */
    public static Path onClassPath(String prefix) {
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            Path path = Path.of(entry);
            String name = path.getFileName().toString();
            if (name.startsWith(prefix) && name.endsWith(".jar") && name.length() > prefix.length()
                    && Character.isDigit(name.charAt(prefix.length()))) {
                return path;
            }
        }
        throw new IllegalStateException(prefix + "*.jar is not on the test class path");
    }

    /** The {@code Export-Package} header of a bundle jar: to export its packages from the test's class path. */
    public static String exportsOf(Path jar) throws IOException {
        try (JarFile file = new JarFile(jar.toFile())) {
            return file.getManifest().getMainAttributes().getValue(Constants.EXPORT_PACKAGE);
        }
    }

    /** Stops the framework and waits until it has. */
    @Override
    public void close() throws Exception {
        trackers.values().forEach(ServiceTracker::close);
        framework.stop();
        framework.waitForStop(Duration.ofSeconds(20).toMillis());
    }

    /** What the framework is started with; {@link #start()} boots it. */
    public static final class Builder {
        private final Map<String, String> config = new HashMap<>();
        private final List<String> systemPackages = new ArrayList<>();
        private final List<Path> bundles = new ArrayList<>();

        private Builder(Path storage) {
            config.put(Constants.FRAMEWORK_STORAGE, storage.toString());
            config.put(Constants.FRAMEWORK_STORAGE_CLEAN, Constants.FRAMEWORK_STORAGE_CLEAN_ONFIRSTINIT);
        }

        /** A framework property, such as {@code koers.data}. */
        public Builder property(String key, String value) {
            config.put(key, value);
            return this;
        }

        /**
         * Packages the framework exports from the test's class path, in the syntax of {@code Export-Package}
         * ({@code "nl.koers.plugins;version=1.0.0"}): the test and the bundles then share those types.
         */
        public Builder systemPackagesExtra(String... packages) {
            systemPackages.addAll(List.of(packages));
            return this;
        }

        /** Installs the jar (or class folder) each class was loaded from: the bundle that holds it. */
        public Builder install(Class<?>... fromCodeSourceOf) {
            for (Class<?> type : fromCodeSourceOf) {
                try {
                    bundles.add(Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()));
                } catch (URISyntaxException e) {
                    throw new IllegalArgumentException(type.getName(), e);
                }
            }
            return this;
        }

        /** Installs these bundle jars (or class folders). */
        public Builder install(Path... jars) {
            bundles.addAll(List.of(jars));
            return this;
        }

        /** Installs the jars on the test's class path with these names ({@link TestFramework#onClassPath}). */
        public Builder installFromClassPath(String... jarNamePrefixes) {
            for (String prefix : jarNamePrefixes) {
                bundles.add(onClassPath(prefix));
            }
            return this;
        }

        /** Boots the framework, installs the bundles in order and starts each that is not a fragment. */
        public TestFramework start() throws BundleException {
            if (!systemPackages.isEmpty()) {
                config.put(Constants.FRAMEWORK_SYSTEMPACKAGES_EXTRA, String.join(",", systemPackages));
            }
            Framework framework = new FrameworkFactory().newFramework(config);
            framework.start();
            TestFramework started = new TestFramework(framework);
            try {
                List<Bundle> installed = new ArrayList<>();
                for (Path bundle : bundles) {
                    // by reference: a class folder installs too, and nothing is copied
                    installed.add(started.context().installBundle("reference:" + bundle.toUri()));
                }
                for (Bundle bundle : installed) {
                    if (bundle.getHeaders().get(Constants.FRAGMENT_HOST) == null) {
                        bundle.start();
                    }
                }
            } catch (BundleException | RuntimeException e) {
                framework.stop();
                throw e;
            }
            return started;
        }
    }
}
