package nl.koers.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.launch.Framework;
import org.osgi.framework.launch.FrameworkFactory;
import org.osgi.util.tracker.ServiceTracker;

import nl.koers.domain.Dossier;

/**
 * The store bundle in a real Felix with Declarative Services, as the launcher runs it: its four services come up,
 * find {@code koers.data} and {@code koers.history.keep} through the framework, and work together.
 */
class StoreInFelixIT {
    /** In start order; each is found on the test class path by its file name. */
    private static final List<String> BUNDLES = List.of("org.osgi.util.function-", "org.osgi.util.promise-",
            "org.osgi.service.component-", "org.apache.felix.scr-", "jackson-core-", "jackson-annotations-",
            "jackson-databind-");

    @TempDir
    Path dir;

    private Framework framework;

    @BeforeEach
    void start() throws Exception {
        Path storeJar = Path.of(System.getProperty("koers.store.bundle"));
        Map<String, String> config = new HashMap<>();
        config.put(Constants.FRAMEWORK_STORAGE, dir.resolve("felix").toString());
        config.put(Constants.FRAMEWORK_STORAGE_CLEAN, Constants.FRAMEWORK_STORAGE_CLEAN_ONFIRSTINIT);
        // the test and the bundle share the API's and the domain's types: both come from the test's class path
        config.put(Constants.FRAMEWORK_SYSTEMPACKAGES_EXTRA,
                exports(jarOnClassPath("nl.koers.domain-")) + "," + exports(storeJar));
        config.put("koers.data", dir.resolve("data").toString());
        config.put(LocalHistory.KEEP_PROPERTY, "2");
        framework = ServiceLoader.load(FrameworkFactory.class).iterator().next().newFramework(config);
        framework.start();
        BundleContext context = framework.getBundleContext();
        List<Bundle> bundles = new ArrayList<>();
        for (String name : BUNDLES) {
            bundles.add(context.installBundle(jarOnClassPath(name).toUri().toString()));
        }
        bundles.add(context.installBundle(storeJar.toUri().toString()));
        for (Bundle bundle : bundles) {
            bundle.start();
        }
    }

    @AfterEach
    void stop() throws Exception {
        framework.stop();
        framework.waitForStop(TimeUnit.SECONDS.toMillis(20));
    }

    private <T> T service(Class<T> type) throws InterruptedException {
        ServiceTracker<T, T> tracker = new ServiceTracker<>(framework.getBundleContext(), type, null);
        tracker.open();
        T service = tracker.waitForService(TimeUnit.SECONDS.toMillis(20));
        assertNotNull(service, type.getSimpleName() + " is not registered");
        return service;
    }

    @Test
    void theServicesUseTheDataFolderAndTheHistorySetting() throws Exception {
        DossierStore store = service(DossierStore.class);
        LocalHistory history = service(LocalHistory.class);
        RecoveryStore recovery = service(RecoveryStore.class);
        DossierLocks locks = service(DossierLocks.class);

        Path file = dir.resolve("samenwerking.koers");
        try (DossierLock lock = locks.lock(file)) {
            for (int i = 1; i <= 4; i++) {
                store.write(Dossier.titled("versie " + i), file);
            }
            assertThrows(DossierLockedException.class, () -> locks.lock(file));
        }
        List<HistoryEntry> entries = history.entries(file);
        assertEquals(List.of("versie 3", "versie 2"), entries.stream().map(e -> title(history, e)).toList(),
                "koers.history.keep=2");
        assertTrue(entries.get(0).copy().startsWith(dir.resolve("data").resolve("history")));
        assertTrue(store.open(file).writtenBy().startsWith("Koers "));

        recovery.save("venster", file, Dossier.titled("niet opgeslagen"));
        try (Stream<Path> copies = Files.list(dir.resolve("data").resolve("recovery"))) {
            assertEquals(1, copies.count());
        }
        assertTrue(recovery.pending().isEmpty(), "this process still runs");
    }

    private static String title(LocalHistory history, HistoryEntry e) {
        try {
            return history.read(e).title();
        } catch (DossierFileException x) {
            throw new IllegalStateException(x);
        }
    }

    private static String exports(Path jar) throws Exception {
        try (JarFile j = new JarFile(jar.toFile())) {
            return j.getManifest().getMainAttributes().getValue(Constants.EXPORT_PACKAGE);
        }
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
}
