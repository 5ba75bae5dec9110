package nl.koers.distribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import nl.koers.launcher.BundleId;
import nl.koers.launcher.Distribution;
import nl.koers.launcher.Feature;

/** The folder and the archive hold what the launcher needs, and nothing more. */
class DistributionLayoutIT {
    private final Path home = Installation.home();
    private final Distribution distribution = new Distribution(home);

    @Test
    void bundlesHoldsExactlyTheBundlesTheFeaturesName() throws Exception {
        Set<String> named = new TreeSet<>();
        for (Feature feature : distribution.readFeatures()) {
            feature.bundles().stream().map(BundleId::fileName).forEach(named::add);
        }
        assertEquals(named, fileNames(distribution.bundles()));
    }

    @Test
    void theKitsRunAndTheTestKitsDoNot() throws IOException {
        Set<String> exported = new TreeSet<>();
        for (String name : fileNames(distribution.bundles())) {
            try (JarFile jar = new JarFile(distribution.bundles().resolve(name).toFile())) {
                String exports = jar.getManifest().getMainAttributes().getValue("Export-Package");
                if (exports != null) {
                    // without the quoted values (uses:="a,b"), each clause starts with its package's name
                    Stream.of(exports.replaceAll("\"[^\"]*\"", "").split(","))
                            .map(clause -> clause.split(";")[0].strip()).forEach(exported::add);
                }
            }
        }
        assertTrue(exported.containsAll(Set.of("nl.koers.instrument.api.swt.kit", "nl.koers.instrument.api.figure.kit")),
                exported.toString());
        assertEquals(Set.of(), exported.stream().filter(p -> p.endsWith(".testing")).collect(Collectors.toSet()),
                "the test kits are a test-scope artifact, never in the runtime");
    }

    @Test
    void theFeaturesAreTheCoreTheInstrumentsAndSwtForLinux() throws Exception {
        assertEquals(Set.of("core.json", "instruments.json", "swt-linux-x86_64.json"), fileNames(distribution.features()));
        assertEquals(List.of("nl.koers:nl.koers.feature.core:osgifeature:" + Installation.version(),
                "nl.koers:nl.koers.feature.instruments:osgifeature:" + Installation.version(),
                "nl.koers:nl.koers.feature.swt.linux.x86_64:osgifeature:" + Installation.version()),
                distribution.readFeatures().stream().map(Feature::id).toList());
    }

    @Test
    void libHoldsTheLauncherAndTheFrameworkItsManifestNames() throws Exception {
        Set<String> jars = fileNames(home.resolve("lib")).stream()
                .filter(name -> name.endsWith(".jar")).collect(Collectors.toCollection(TreeSet::new));
        try (JarFile launcher = new JarFile(home.resolve("lib/nl.koers.launcher.jar").toFile())) {
            String classPath = launcher.getManifest().getMainAttributes().getValue("Class-Path");
            assertEquals("nl.koers.launcher.Main", launcher.getManifest().getMainAttributes().getValue("Main-Class"));
            Set<String> expected = new TreeSet<>(List.of(classPath.trim().split("\\s+")));
            expected.add("nl.koers.launcher.jar");
            assertEquals(expected, jars);
        }
    }

    @Test
    void pluginsIsThereAndEmpty() throws IOException {
        assertTrue(Files.isDirectory(distribution.plugins()));
        assertEquals(Set.of(), fileNames(distribution.plugins()));
    }

    @Test
    void theScriptsAreExecutable() {
        for (String script : List.of("koers", "benchmark-startup")) {
            assertTrue(Files.isExecutable(home.resolve("bin").resolve(script)), script);
        }
        assertTrue(Files.isRegularFile(home.resolve("bin/find-java.sh")));
        assertTrue(Files.isRegularFile(home.resolve("etc/koers.properties")));
    }

    @Test
    void theArchiveHoldsTheFolderWithExecutableScripts() throws Exception {
        Path archive = home.resolveSibling("koers-" + Installation.version() + "-linux-x86_64.tar.gz");
        assertTrue(Files.isRegularFile(archive), archive.toString());
        String base = "koers-" + Installation.version() + "/";
        List<String> listing = tarListing(archive);
        assertTrue(listing.stream().anyMatch(line -> line.startsWith("-rwxr-xr-x") && line.endsWith(base + "bin/koers")),
                String.join("\n", listing));
        assertTrue(listing.stream().anyMatch(line -> line.startsWith("d") && line.endsWith(base + "plugins/")),
                "an empty plugins/ folder:\n" + String.join("\n", listing));
        assertTrue(listing.stream().anyMatch(line -> line.endsWith(base + "lib/nl.koers.launcher.jar")));
        assertTrue(listing.stream().noneMatch(line -> line.endsWith(".aot")), "no start-up cache in the archive");
        long bundles = listing.stream().filter(line -> line.contains(base + "bundles/") && line.endsWith(".jar")).count();
        assertEquals(fileNames(distribution.bundles()).size(), bundles);
    }

    private static List<String> tarListing(Path archive) throws IOException, InterruptedException {
        Process tar = new ProcessBuilder("tar", "-tvzf", archive.toString()).redirectErrorStream(true).start();
        List<String> lines = new ArrayList<>(new String(tar.getInputStream().readAllBytes()).lines().toList());
        assertTrue(tar.waitFor(30, TimeUnit.SECONDS) && tar.exitValue() == 0, String.join("\n", lines));
        return lines;
    }

    private static Set<String> fileNames(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(file -> file.getFileName().toString()).collect(Collectors.toCollection(TreeSet::new));
        }
    }
}
