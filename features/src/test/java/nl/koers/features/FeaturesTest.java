package nl.koers.features;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import nl.koers.launcher.BundleId;
import nl.koers.launcher.Distribution;
import nl.koers.launcher.Feature;

/** The filtered features, read the way the launcher reads them at run time. */
class FeaturesTest {
    private static final Path FEATURES = Path.of(System.getProperty("koers.features"));
    private static final String VERSION = System.getProperty("koers.version");

    @Test
    void everyVersionIsFilledIn() throws Exception {
        for (Path file : List.of(FEATURES.resolve("core.json"), FEATURES.resolve("instruments.json"))) {
            assertFalse(Files.readString(file).contains("${"), file + " still has a ${...} placeholder");
        }
    }

    @Test
    void theFeaturesAreValidAndNameEachBundleOnce() throws Exception {
        List<Feature> features = new Distribution(FEATURES.getParent()).readFeatures();
        assertEquals(List.of("nl.koers:nl.koers.feature.core:osgifeature:" + VERSION,
                "nl.koers:nl.koers.feature.instruments:osgifeature:" + VERSION),
                features.stream().map(Feature::id).toList());
        Set<String> artifacts = new HashSet<>();
        for (Feature feature : features) {
            for (BundleId bundle : feature.bundles()) {
                assertTrue(artifacts.add(bundle.artifactId()), bundle + " is named twice");
                if (bundle.groupId().equals("nl.koers")) {
                    assertEquals(VERSION, bundle.version(), bundle.toString());
                }
            }
        }
    }

    @Test
    void theCoreHoldsBothFacesAndSwtWithItsNativeFragment() throws Exception {
        Feature core = new Distribution(FEATURES.getParent()).readFeatures().get(0);
        List<String> artifacts = core.bundles().stream().map(BundleId::artifactId).toList();
        assertTrue(artifacts.containsAll(List.of("nl.koers.shell", "nl.koers.cli", "org.apache.felix.scr",
                "org.eclipse.swt", "org.eclipse.swt.gtk.linux.x86_64")), artifacts.toString());
        assertFalse(artifacts.contains("org.apache.felix.framework"), "the framework is the launcher's class path");
    }

    /**
     * The framework stops bundles in the reverse order it started them: the Log Service and the log file come
     * before Declarative Services and every Koers bundle, so what those log while they stop is still written.
     */
    @Test
    void theLogStartsBeforeAndStopsAfterWhatItRecords() throws Exception {
        Feature core = new Distribution(FEATURES.getParent()).readFeatures().get(0);
        List<String> artifacts = core.bundles().stream().map(BundleId::artifactId).toList();
        assertEquals(0, artifacts.indexOf("org.apache.felix.log"), artifacts.toString());
        int logFile = artifacts.indexOf("nl.koers.log");
        assertTrue(logFile > artifacts.indexOf("org.apache.felix.scr"), "the log file is a DS component");
        for (int i = 0; i < artifacts.size(); i++) {
            if (artifacts.get(i).startsWith("nl.koers.") && i != logFile) {
                assertTrue(i > logFile, artifacts.get(i) + " starts before the log file");
            }
        }
    }

    /**
     * The window opens while the rest of Koers starts (the launcher starts the bundles in this order on a thread of
     * its own): what the window does not need to open comes after it, so it never waits for them.
     */
    @Test
    void theWindowsBundlesStartBeforeWhatItDoesNotNeedToOpen() throws Exception {
        Feature core = new Distribution(FEATURES.getParent()).readFeatures().get(0);
        List<String> artifacts = core.bundles().stream().map(BundleId::artifactId).toList();
        int window = artifacts.indexOf("nl.koers.shell");
        for (String later : List.of("nl.koers.plugins", "pdfbox", "org.apache.felix.gogo.runtime", "nl.koers.render",
                "nl.koers.report", "nl.koers.report.docx", "nl.koers.cli")) {
            assertTrue(artifacts.indexOf(later) > window, later + " starts before the window: " + artifacts);
        }
    }
}
