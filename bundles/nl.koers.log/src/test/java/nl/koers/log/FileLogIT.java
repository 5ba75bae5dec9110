package nl.koers.log;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;
import org.osgi.service.log.Logger;
import org.osgi.service.log.LoggerFactory;

import nl.koers.testing.felix.TestFramework;

/**
 * Felix Log, Declarative Services and the log bundle in a real Felix, as the launcher runs them: what bundles log
 * through the OSGi Log Service ends up in {@code koers.log}, stack trace and all, also right before the framework
 * stops.
 */
class FileLogIT {
    private static final Duration WAIT = Duration.ofSeconds(20);

    @TempDir
    Path dir;

    private TestFramework.Builder koers(boolean withLogBundle) throws IOException {
        TestFramework.Builder builder = TestFramework.in(dir.resolve("felix"))
                // the test logs with the same Log Service API as the bundles: it comes from the test's class path
                .systemPackagesExtra(TestFramework.LOG_API)
                .property("koers.log.file", log().toString())
                .property("org.osgi.service.log.admin.loglevel", "INFO")
                .installFromClassPath("org.osgi.util.function-", "org.osgi.util.promise-",
                        "org.osgi.service.component-", "org.apache.felix.log-", "org.apache.felix.scr-");
        return withLogBundle ? builder.install(logBundle()) : builder;
    }

    private Path log() {
        return dir.resolve("cache").resolve("koers.log");
    }

    private static Path logBundle() {
        return Path.of(System.getProperty("koers.log.bundle"));
    }

    @Test
    void anErrorWithItsStackTraceIsInTheFileWhenTheFrameworkHasStopped() throws Exception {
        try (TestFramework felix = koers(true).start()) {
            felix.service(LoggerFactory.class, WAIT)
                    .getLogger(felix.context().getBundle(), "test", Logger.class)
                    .error("Opslaan mislukt: {}", "/tmp/samenwerking.koers",
                            new IOException("schijf vol", new IllegalStateException("diepere oorzaak")));
            // closed at once: the entry must be written while the log bundle stops, not lost
        }
        String text = Files.readString(log());
        assertTrue(text.contains(" ERROR org.apache.felix.framework Opslaan mislukt: /tmp/samenwerking.koers"
                + System.lineSeparator() + "java.io.IOException: schijf vol"), text);
        assertTrue(text.contains("\tat nl.koers.log.FileLogIT.anErrorWithItsStackTraceIsInTheFile"), text);
        assertTrue(text.contains("Caused by: java.lang.IllegalStateException: diepere oorzaak"), text);
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(log())));
    }

    @Test
    void informationOnlyFromKoersBundlesAndNoFrameworkEvents() throws Exception {
        try (TestFramework felix = koers(true).start()) {
            LoggerFactory loggers = felix.service(LoggerFactory.class, WAIT);
            loggers.getLogger(bundle(felix, "nl.koers.log"), "test", Logger.class).info("Koers meldt iets");
            loggers.getLogger(bundle(felix, "org.apache.felix.scr"), "test", Logger.class).info("SCR meldt iets");
            loggers.getLogger(bundle(felix, "org.apache.felix.scr"), "test", Logger.class).warn("SCR waarschuwt");
        }
        String text = Files.readString(log());
        assertTrue(text.contains(" INFO nl.koers.log Koers meldt iets"), text);
        assertTrue(text.contains(" WARN org.apache.felix.scr SCR waarschuwt"), text);
        assertFalse(text.contains("SCR meldt iets"), text);
        assertFalse(text.contains("BundleEvent"), "bundle events are information of Felix Log: " + text);
    }

    @Test
    void whatWasLoggedBeforeTheLogBundleStartedIsWrittenFirst() throws Exception {
        try (TestFramework felix = koers(false).start()) {
            felix.service(LoggerFactory.class, WAIT).getLogger(felix.context().getBundle(), "test", Logger.class)
                    .error("vóór het logboek " + Instant.now());
            Bundle logBundle = felix.context().installBundle("reference:" + logBundle().toUri());
            logBundle.start();
            felix.service(LoggerFactory.class, WAIT).getLogger(logBundle, "test", Logger.class).warn("erna");
        }
        String text = Files.readString(log());
        assertTrue(text.indexOf("vóór het logboek") >= 0 && text.indexOf("vóór het logboek") < text.indexOf("erna"),
                text);
    }

    private static Bundle bundle(TestFramework felix, String symbolicName) {
        for (Bundle bundle : felix.context().getBundles()) {
            if (symbolicName.equals(bundle.getSymbolicName())) {
                return bundle;
            }
        }
        throw new IllegalStateException(symbolicName + " is not installed: " + felix.states());
    }
}
