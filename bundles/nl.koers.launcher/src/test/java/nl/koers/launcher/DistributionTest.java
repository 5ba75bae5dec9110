package nl.koers.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DistributionTest {
    @TempDir
    Path home;
    private Distribution distribution;

    @BeforeEach
    void layout() throws IOException {
        distribution = new Distribution(home);
        Files.createDirectories(distribution.features());
        Files.createDirectories(distribution.bundles());
        Files.createDirectories(distribution.plugins());
    }

    @Test
    void installsFeatureBundlesInFeatureOrderThenPlugins() throws Exception {
        feature("b-instruments.json", "g:x:1", "g:shared:1");
        feature("a-core.json", "g:shared:1", "g:core:2");
        jars(distribution.bundles(), "x-1.jar", "shared-1.jar", "core-2.jar");
        jars(distribution.plugins(), "firm-pack-1.jar", "notes.txt");

        assertEquals(List.of(
                distribution.bundles().resolve("shared-1.jar"),
                distribution.bundles().resolve("core-2.jar"),
                distribution.bundles().resolve("x-1.jar"),
                distribution.plugins().resolve("firm-pack-1.jar")), distribution.bundleJars());
    }

    @Test
    void aMissingBundleIsAClearError() throws Exception {
        feature("core.json", "g:core:2");
        LaunchProblem problem = assertThrows(LaunchProblem.class, distribution::bundleJars);
        assertEquals(new Text("distribution.missingBundle", BundleId.parse("g:core:2"),
                distribution.bundles().resolve("core-2.jar")).toString(), problem.text().toString());
    }

    @Test
    void noFeaturesIsAClearError() {
        LaunchProblem problem = assertThrows(LaunchProblem.class, distribution::bundleJars);
        assertEquals("distribution.noFeatures", problem.text().key());
    }

    @Test
    void readsSettingsWhenThereAreAny() throws Exception {
        assertEquals(Map.of(), distribution.settingsProperties());
        Files.createDirectories(distribution.settings().getParent());
        Files.writeString(distribution.settings(), "# comment\nfelix.log.level = 2 \nkoers.face.timeout=60\n");
        assertEquals(Map.of("felix.log.level", "2", "koers.face.timeout", "60"), distribution.settingsProperties());
    }

    private void feature(String file, String... bundleIds) throws IOException {
        StringBuilder bundles = new StringBuilder();
        for (String id : bundleIds) {
            bundles.append(bundles.isEmpty() ? "" : ",").append("{\"id\":\"").append(id).append("\"}");
        }
        Files.writeString(distribution.features().resolve(file),
                "{\"feature-resource-version\":\"1.0\",\"id\":\"g:" + file + ":1\",\"bundles\":[" + bundles + "]}");
    }

    private static void jars(Path folder, String... names) throws IOException {
        for (String name : names) {
            Files.writeString(folder.resolve(name), "");
        }
    }
}
