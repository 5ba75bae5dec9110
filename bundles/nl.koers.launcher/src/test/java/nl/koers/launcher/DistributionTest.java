package nl.koers.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

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
    void leavesOutTheNativePartOfAnotherSystemAndKeepsItsOwn() throws Exception {
        feature("core.json", "o:org.eclipse.swt:3", "o:org.eclipse.swt.win32:3", "o:org.eclipse.swt.gtk:3");
        jars(distribution.bundles(), "org.eclipse.swt-3.jar");
        fragment("org.eclipse.swt.win32-3.jar", "(& (osgi.ws=win32) (osgi.os=win32) (osgi.arch=x86_64))");
        fragment("org.eclipse.swt.gtk-3.jar", "(& (osgi.ws=gtk) (osgi.os=linux) (osgi.arch=x86_64))");

        Platform windows = Platform.of("Windows 11", "amd64");
        assertEquals(List.of(distribution.bundles().resolve("org.eclipse.swt-3.jar"),
                distribution.bundles().resolve("org.eclipse.swt.win32-3.jar")), distribution.featureJars(windows));
        assertEquals(Optional.empty(), distribution.nativePartProblem(windows));
        assertEquals(List.of(distribution.bundles().resolve("org.eclipse.swt-3.jar")),
                distribution.featureJars(Platform.of("Mac OS X", "aarch64")));
    }

    @Test
    void aDownloadForAnotherSystemOrWithoutItsNativePartIsNamedForTheWindow() throws Exception {
        feature("core.json", "o:org.eclipse.swt:3", "o:org.eclipse.swt.cocoa:3");
        jars(distribution.bundles(), "org.eclipse.swt-3.jar");
        fragment("org.eclipse.swt.cocoa-3.jar", "(& (osgi.ws=cocoa) (osgi.os=macosx) (osgi.arch=aarch64) )");
        Platform windows = Platform.of("Windows 11", "amd64");
        assertEquals(new Text("platform.wrong", Platform.of("Mac OS X", "aarch64"), windows, "windows-x86_64").toString(),
                distribution.nativePartProblem(windows).orElseThrow().toString());

        feature("core.json", "o:org.eclipse.swt:3");
        assertEquals(new Text("platform.missing", windows, distribution.bundles()).toString(),
                distribution.nativePartProblem(windows).orElseThrow().toString());
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

    private void fragment(String name, String platformFilter) throws IOException {
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().putValue("Fragment-Host", "swt");
        manifest.getMainAttributes().putValue("Eclipse-PlatformFilter", platformFilter);
        try (OutputStream out = Files.newOutputStream(distribution.bundles().resolve(name))) {
            new JarOutputStream(out, manifest).close();
        }
    }

    private static void jars(Path folder, String... names) throws IOException {
        for (String name : names) {
            Files.writeString(folder.resolve(name), "");
        }
    }
}
