package nl.koers.distribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;
import org.osgi.framework.Constants;

import nl.koers.launcher.KoersFramework;

/**
 * The framework keeps its installed bundles between starts (as the launcher asks it to), and what it keeps never
 * changes what a start runs: the same bundles, all running, without a plugin an earlier start added; a changed
 * distribution, a folder a crash left half-made or a damaged one, and a second Koers at the same time each start
 * as if there were no cache.
 */
class KeptBundlesIT {
    private static final String SHELL = "nl.koers.shell";

    @TempDir
    Path scratch;

    private KoersFramework start(Path home) throws Exception {
        List<String> problems = new ArrayList<>();
        KoersFramework koers = KoersFramework.start(home, Map.of(KoersFramework.LANGUAGE, "nl",
                KoersFramework.CACHE, scratch.resolve("cache").toString()), (b, reason) -> problems.add(b + reason));
        assertEquals(List.of(), problems);
        assertEquals(List.of(), koers.inactiveBundles(), "every bundle runs");
        return koers;
    }

    /** When the shell's bundle was installed: the same on a start that found it kept. */
    private static long installed(KoersFramework koers) {
        return bundle(koers, SHELL).getLastModified();
    }

    private static Bundle bundle(KoersFramework koers, String name) {
        return Stream.of(koers.bundleContext().getBundles()).filter(b -> name.equals(b.getSymbolicName())).findFirst()
                .orElse(null);
    }

    @Test
    void aSecondStartFindsTheBundlesInstalledButNotAPluginAnEarlierStartAdded() throws Exception {
        long first;
        try (KoersFramework koers = start(Installation.home())) {
            first = installed(koers);
            koers.bundleContext().installBundle("koers-plugin:nl.voorbeeld.gast", plugin("nl.voorbeeld.gast")).start();
        }
        Thread.sleep(20);
        try (KoersFramework koers = start(Installation.home())) {
            assertEquals(first, installed(koers), "kept, not installed again");
            assertNull(bundle(koers, "nl.voorbeeld.gast"), "the plugin manager decides which plugins come back");
        }
    }

    @Test
    void declarativeServicesKeepTheComponentsItReadForTheNextStart() throws Exception {
        try (KoersFramework koers = start(Installation.home())) {
            assertEquals(List.of(), componentStores(), "written when Declarative Services stops");
        }
        assertEquals(1, componentStores().size(), "kept beside the bundles");
        try (KoersFramework koers = start(Installation.home())) {
            // all references: the test's class path has its own copy of the document's classes
            assertNotNull(koers.bundleContext().getAllServiceReferences("nl.koers.document.DossierDocuments", null),
                    "the components run, read from what was kept");
        }
    }

    @Test
    void aChangedDistributionGetsAFolderOfItsOwnAndTheOldOneGoes() throws Exception {
        Path home = copyOf(Installation.home());
        try (KoersFramework koers = start(home)) {
            assertEquals(1, keptFolders().size());
        }
        Path shellJar;
        try (Stream<Path> jars = Files.list(home.resolve("bundles"))) {
            shellJar = jars.filter(j -> j.getFileName().toString().startsWith(SHELL + "-")).findFirst().orElseThrow();
        }
        List<Path> before = keptFolders();
        Files.setLastModifiedTime(shellJar, FileTime.fromMillis(Files.getLastModifiedTime(shellJar).toMillis() + 5000));
        try (KoersFramework koers = start(home)) {
            List<Path> after = keptFolders();
            assertEquals(1, after.size(), "one set kept: " + after);
            assertNotEquals(before, after);
        }
    }

    @Test
    void aFolderACrashLeftHalfMadeOrDamagedIsMadeAnew() throws Exception {
        long first;
        try (KoersFramework koers = start(Installation.home())) {
            first = installed(koers);
        }
        Path kept = keptFolders().get(0);
        // killed while installing: the folder lacks its mark
        Files.delete(kept.resolve("complete"));
        Thread.sleep(20);
        long second;
        try (KoersFramework koers = start(Installation.home())) {
            second = installed(koers);
            assertNotEquals(first, second, "installed anew");
        }
        // damaged after it was made: every file the framework wrote is garbage
        try (Stream<Path> files = Files.walk(kept)) {
            for (Path file : files.filter(Files::isRegularFile).filter(f -> !f.endsWith("complete")).toList()) {
                Files.writeString(file, "\u0000garbage");
            }
        }
        try (KoersFramework koers = start(Installation.home())) {
            assertTrue(bundle(koers, SHELL) != null);
        }
    }

    @Test
    void aSecondKoersAtTheSameTimeStartsWithAFolderOfItsOwn() throws Exception {
        try (KoersFramework one = start(Installation.home()); KoersFramework two = start(Installation.home())) {
            assertEquals(Bundle.ACTIVE, bundle(two, SHELL).getState());
            String oneFolder = one.bundleContext().getProperty(Constants.FRAMEWORK_STORAGE);
            String twoFolder = two.bundleContext().getProperty(Constants.FRAMEWORK_STORAGE);
            assertNotEquals(oneFolder, twoFolder);
            assertFalse(twoFolder.startsWith(scratch.toString()), "a temporary folder: " + twoFolder);
        }
    }

    /** Declarative Services' file of the components it read ({@code ds.cache.metadata}), in the kept folder. */
    private List<Path> componentStores() throws Exception {
        try (Stream<Path> files = Files.walk(scratch.resolve("cache"))) {
            return files.filter(f -> f.getFileName().toString().equals("componentMetadataStore")).toList();
        }
    }

    private List<Path> keptFolders() throws Exception {
        try (Stream<Path> entries = Files.list(scratch.resolve("cache"))) {
            return entries.filter(Files::isDirectory).sorted().toList();
        }
    }

    private Path copyOf(Path home) throws Exception {
        Path copy = scratch.resolve("koers");
        try (Stream<Path> paths = Files.walk(home)) {
            for (Path path : paths.toList()) {
                Path target = copy.resolve(home.relativize(path).toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(target);
                } else if (!path.getFileName().toString().endsWith(".aot")) {
                    Files.copy(path, target);
                }
            }
        }
        return copy;
    }

    private static ByteArrayInputStream plugin(String name) throws Exception {
        Manifest manifest = new Manifest();
        Attributes main = manifest.getMainAttributes();
        main.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        main.putValue(Constants.BUNDLE_MANIFESTVERSION, "2");
        main.putValue(Constants.BUNDLE_SYMBOLICNAME, name);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        new JarOutputStream(bytes, manifest).close();
        return new ByteArrayInputStream(bytes.toByteArray());
    }
}
