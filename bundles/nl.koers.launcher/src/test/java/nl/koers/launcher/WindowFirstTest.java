package nl.koers.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleEvent;
import org.osgi.framework.SynchronousBundleListener;
import org.osgi.framework.launch.Framework;

/**
 * The bundles after the window's start once the window is shown, or after a bounded wait: a real Felix, three
 * bundles in the features' order; the first one's start registers the window face (as the shell's component does).
 */
class WindowFirstTest {
    @TempDir
    Path dir;
    private Framework framework;
    private BundleContext context;
    private BundleInstaller installer;

    @BeforeEach
    void boot() throws Exception {
        framework = RealFelix.started(dir);
        context = framework.getBundleContext();
        context.addBundleListener((SynchronousBundleListener) event -> {
            if (event.getType() == BundleEvent.STARTED && "window".equals(event.getBundle().getSymbolicName())) {
                Function<String[], Integer> face = args -> 0;
                context.registerService(Function.class, face,
                        new Hashtable<>(Map.of("main.thread", "true", "koers.face", "gui")));
            }
        });
        installer = new BundleInstaller(context, BundleProblems.ignore(), StartupTrace.of(System.err));
        installer.installOnly(List.of(bundle("window"), bundle("plugins"), bundle("instrument")));
        installer.resolve(bundle -> true);
    }

    @AfterEach
    void stop() throws Exception {
        framework.stop();
        framework.waitForStop(5_000);
    }

    @Test
    void theRestStartsOnlyOnceTheWindowIsShown() throws Exception {
        Thread starter = startInBackground(Duration.ofSeconds(20));
        awaitState("window", Bundle.ACTIVE);
        Thread.sleep(500);
        assertEquals(Bundle.RESOLVED, state("plugins"), "the plugin manager started before the window was shown");
        assertEquals(Bundle.RESOLVED, state("instrument"));

        context.registerService(Object.class, new Object(), new Hashtable<>(Map.of("koers.window", "shown")));
        starter.join(10_000);
        assertEquals(Bundle.ACTIVE, state("plugins"));
        assertEquals(Bundle.ACTIVE, state("instrument"));
    }

    @Test
    void aWindowThatNeverSaysItIsShownHoldsTheRestBackABoundedTime() throws Exception {
        long start = System.nanoTime();
        Thread starter = startInBackground(Duration.ofMillis(800));
        starter.join(10_000);
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertEquals(Bundle.ACTIVE, state("instrument"));
        assertTrue(millis >= 700 && millis < 10_000, millis + " ms");
    }

    private Thread startInBackground(Duration timeout) {
        Thread starter = new Thread(() -> installer.start(
                new WindowFirst(context, timeout, StartupTrace.of(System.err))::afterStart));
        starter.start();
        return starter;
    }

    private void awaitState(String name, int state) throws InterruptedException {
        for (int i = 0; i < 500 && state(name) != state; i++) {
            Thread.sleep(10);
        }
    }

    private int state(String name) {
        for (Bundle bundle : context.getBundles()) {
            if (name.equals(bundle.getSymbolicName())) {
                return bundle.getState();
            }
        }
        return Bundle.UNINSTALLED;
    }

    private Path bundle(String symbolicName) throws Exception {
        return RealFelix.manifestOnlyBundle(dir, symbolicName);
    }
}
