package nl.koers.testing.felix;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Hashtable;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;
import org.osgi.framework.Constants;

/** Boots a real Felix with a real bundle from the class path, as the store, plugins and shell tests do. */
class TestFrameworkTest {
    @TempDir
    Path dir;

    @Test
    void bootsInstallsStartsAndFindsAService() throws Exception {
        Bundle function;
        try (TestFramework felix = TestFramework.in(dir.resolve("felix"))
                .property("koers.data", dir.resolve("data").toString())
                .systemPackagesExtra("nl.koers.testing.felix.proof;version=1.0.0")
                .installFromClassPath("org.osgi.util.function-")
                .start()) {
            assertEquals(dir.resolve("data").toString(), felix.context().getProperty("koers.data"));
            assertTrue(Files.isDirectory(dir.resolve("felix")), "the framework keeps its storage in the test folder");
            String systemExports = felix.context().getBundle(0).getHeaders().get(Constants.EXPORT_PACKAGE);
            assertTrue(systemExports.contains("nl.koers.testing.felix.proof"), systemExports);

            function = Arrays.stream(felix.context().getBundles())
                    .filter(b -> "org.osgi.util.function".equals(b.getSymbolicName())).findFirst().orElseThrow();
            assertEquals(Bundle.ACTIVE, function.getState(), felix.states());
            assertTrue(function.getLocation().startsWith("reference:file:"), function.getLocation());

            Runnable mine = () -> { };
            felix.context().registerService(Runnable.class, mine, new Hashtable<>());
            assertSame(mine, felix.service(Runnable.class, Duration.ofSeconds(5)));

            IllegalStateException none = assertThrows(IllegalStateException.class,
                    () -> felix.service(AutoCloseable.class, Duration.ofMillis(50)));
            assertTrue(none.getMessage().contains("org.osgi.util.function=" + Bundle.ACTIVE), none.getMessage());
        }
        assertEquals(Bundle.RESOLVED, function.getState(), "closing stops the framework and its bundles");
    }

    @Test
    void aJarThatIsNotOnTheClassPathIsNamed() {
        IllegalStateException missing = assertThrows(IllegalStateException.class,
                () -> TestFramework.onClassPath("nl.koers.nowhere-"));
        assertEquals("nl.koers.nowhere-*.jar is not on the test class path", missing.getMessage());
    }
}
