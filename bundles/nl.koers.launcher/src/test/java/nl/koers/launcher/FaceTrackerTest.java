package nl.koers.launcher;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.BundleContext;
import org.osgi.framework.launch.Framework;

/**
 * A face is handed out only once the plugin manager has brought the plugins back (or a bounded time passed): the
 * race where {@code export --list} ran before a plugin's printable was registered. A real Felix, with a bundle in
 * the plugin manager's name; the test registers the face and, later, the marker.
 */
class FaceTrackerTest {
    @TempDir
    Path dir;
    private Framework framework;
    private BundleContext context;

    @BeforeEach
    void boot() throws Exception {
        framework = RealFelix.started(dir);
        context = framework.getBundleContext();
        Dictionary<String, Object> face = new Hashtable<>(Map.of("main.thread", "true", "koers.face", "cli"));
        context.registerService(Function.class, (Function<String[], Integer>) args -> 0, face);
    }

    @AfterEach
    void stop() throws Exception {
        framework.stop();
        framework.waitForStop(5_000);
    }

    @Test
    void withThePluginManagerTheFaceWaitsUntilThePluginsAreBack() throws Exception {
        context.installBundle("plugins", Files.newInputStream(bundle("nl.koers.plugins"))).start();
        AtomicBoolean restored = new AtomicBoolean();
        Thread restore = new Thread(() -> {
            sleep(1_000);
            restored.set(true);
            context.registerService(Object.class, new Object(), new Hashtable<>(Map.of("koers.plugins", "restored")));
        });
        restore.start();
        try (FaceTracker tracker = new FaceTracker(context, Face.CLI)) {
            assertTrue(tracker.await(Duration.ofSeconds(5), Duration.ofSeconds(10)).isPresent());
            assertTrue(restored.get(), "the face came before the plugins were back");
        }
        restore.join();
    }

    @Test
    void aPluginManagerThatNeverSaysItIsDoneDelaysTheFaceOnlyABoundedTime() throws Exception {
        context.installBundle("plugins", Files.newInputStream(bundle("nl.koers.plugins"))).start();
        long start = System.nanoTime();
        try (FaceTracker tracker = new FaceTracker(context, Face.CLI)) {
            assertTrue(tracker.await(Duration.ofSeconds(5), Duration.ofMillis(800)).isPresent());
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertTrue(millis >= 700 && millis < 5_000, millis + " ms");
    }

    @Test
    void withoutThePluginManagerNobodyWaits() throws Exception {
        long start = System.nanoTime();
        try (FaceTracker tracker = new FaceTracker(context, Face.CLI)) {
            assertTrue(tracker.await(Duration.ofSeconds(5), Duration.ofSeconds(10)).isPresent());
        }
        assertTrue(System.nanoTime() - start < 5_000_000_000L);
    }

    private Path bundle(String symbolicName) throws Exception {
        return RealFelix.manifestOnlyBundle(dir, symbolicName);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
