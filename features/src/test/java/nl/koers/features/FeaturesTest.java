package nl.koers.features;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import nl.koers.launcher.BundleId;
import nl.koers.launcher.Distribution;
import nl.koers.launcher.Feature;
import nl.koers.launcher.FeatureReader;

/** The filtered features, read the way the launcher reads them at run time. */
class FeaturesTest {
    private static final Path FEATURES = Path.of(System.getProperty("koers.features"));
    private static final String VERSION = System.getProperty("koers.version");

    private static final List<String> PLATFORMS = List.of("linux-x86_64", "windows-x86_64", "macos-aarch64",
            "macos-x86_64");

    @Test
    void everyVersionIsFilledIn() throws Exception {
        List<Path> files = new ArrayList<>(List.of(FEATURES.resolve("core.json"), FEATURES.resolve("instruments.json")));
        PLATFORMS.forEach(platform -> files.add(platformFeature(platform)));
        for (Path file : files) {
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
    void theCoreHoldsBothFacesAndNoSwt() throws Exception {
        Feature core = new Distribution(FEATURES.getParent()).readFeatures().get(0);
        List<String> artifacts = core.bundles().stream().map(BundleId::artifactId).toList();
        assertTrue(artifacts.containsAll(List.of("nl.koers.shell", "nl.koers.cli", "org.apache.felix.scr")),
                artifacts.toString());
        assertFalse(artifacts.stream().anyMatch(artifact -> artifact.startsWith("org.eclipse.swt")),
                "SWT comes with the platform's feature: " + artifacts);
        assertFalse(artifacts.contains("org.apache.felix.framework"), "the framework is the launcher's class path");
    }

    /** Each system's feature holds SWT and the native fragment for that system, of the same version, and nothing else. */
    @Test
    void eachPlatformFeatureHoldsSwtAndItsOwnNativeFragment() throws Exception {
        Map<String, String> fragments = Map.of("linux-x86_64", "org.eclipse.swt.gtk.linux.x86_64",
                "windows-x86_64", "org.eclipse.swt.win32.win32.x86_64",
                "macos-aarch64", "org.eclipse.swt.cocoa.macosx.aarch64",
                "macos-x86_64", "org.eclipse.swt.cocoa.macosx.x86_64");
        for (String platform : PLATFORMS) {
            List<BundleId> bundles = new FeatureReader().read(platformFeature(platform)).bundles();
            assertEquals(List.of("org.eclipse.swt", fragments.get(platform)),
                    bundles.stream().map(BundleId::artifactId).toList(), platform);
            assertEquals(bundles.get(0).version(), bundles.get(1).version(), platform + ": a fragment fits one host");
        }
    }

    private static Path platformFeature(String platform) {
        return FEATURES.resolve("platforms").resolve("swt-" + platform + ".json");
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
