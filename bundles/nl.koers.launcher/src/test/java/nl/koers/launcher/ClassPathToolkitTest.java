package nl.koers.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClassPathToolkitTest {
    @TempDir
    Path home;
    private Path bundles;
    private Path swt;
    private List<Path> features;

    @BeforeEach
    void distribution() throws IOException {
        bundles = Files.createDirectories(home.resolve("bundles"));
        swt = Files.createDirectories(home.resolve("lib/swt"));
        features = List.of(bundles.resolve("nl.koers.shell-1.jar"), bundles.resolve("org.eclipse.swt-3.jar"),
                bundles.resolve("org.eclipse.swt.gtk.linux.x86_64-3.jar"));
    }

    @Test
    void countsWhenEveryToolkitJarOfTheFeaturesIsOnTheClassPath() throws IOException, LaunchProblem {
        jar(swt.resolve("org.eclipse.swt-3.jar"), "org.eclipse.swt,org.eclipse.swt.internal;x-internal:=true");
        jar(swt.resolve("org.eclipse.swt.gtk.linux.x86_64-3.jar"),
                "org.eclipse.swt,org.eclipse.swt.internal; x-friends:=\"org.eclipse.ui,org.eclipse.jface\","
                        + "org.eclipse.swt.internal.gtk; x-internal:=true");
        ClassPathToolkit toolkit = ClassPathToolkit.of(features, swt, classPath("lib/nl.koers.launcher.jar",
                "lib/swt/org.eclipse.swt-3.jar", "lib/swt/org.eclipse.swt.gtk.linux.x86_64-3.jar")).orElseThrow();

        assertEquals(List.of(bundles.resolve("nl.koers.shell-1.jar")), toolkit.leaveOut(features));
        assertEquals("org.eclipse.swt,org.eclipse.swt.internal;x-internal:=true,"
                + "org.eclipse.swt.internal.gtk; x-internal:=true", toolkit.exports());
        Map<String, String> configuration = new HashMap<>(Map.of(ClassPathToolkit.SYSTEM_PACKAGES_EXTRA, "com.example"));
        toolkit.export(configuration);
        assertTrue(configuration.get(ClassPathToolkit.SYSTEM_PACKAGES_EXTRA).startsWith("com.example,org.eclipse.swt,"));
    }

    @Test
    void doesNotCountWithoutThisSystemsNativePartOnTheClassPath() {
        // another system's native part, or none: the framework installs SWT from bundles/ as the features say
        assertTrue(ClassPathToolkit.of(features, swt, classPath("lib/nl.koers.launcher.jar", "lib/swt/org.eclipse.swt-3.jar",
                "lib/swt/org.eclipse.swt.cocoa.macosx.aarch64-3.jar")).isEmpty());
        assertTrue(ClassPathToolkit.of(features, swt, classPath("lib/nl.koers.launcher.jar")).isEmpty());
        // the same names elsewhere (a test's class path from the Maven repository) are not this distribution's
        assertTrue(ClassPathToolkit.of(features, swt, classPath("m2/org.eclipse.swt-3.jar",
                "m2/org.eclipse.swt.gtk.linux.x86_64-3.jar")).isEmpty());
        assertTrue(ClassPathToolkit.of(List.of(bundles.resolve("nl.koers.shell-1.jar")), swt,
                classPath("lib/swt/org.eclipse.swt-3.jar")).isEmpty(), "no SWT in the features (the command line)");
    }

    @Test
    void splitsAHeaderAtTheCommasOutsideQuotes() {
        assertEquals(List.of("a;x:=\"b,c\"", "d"), ClassPathToolkit.clauses("a;x:=\"b,c\",d,"));
    }

    private String classPath(String... inHome) {
        StringBuilder path = new StringBuilder();
        for (String entry : inHome) {
            path.append(path.isEmpty() ? "" : File.pathSeparator).append(home.resolve(entry));
        }
        return path.toString();
    }

    private static void jar(Path file, String exports) throws IOException {
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().putValue("Export-Package", exports);
        try (OutputStream out = Files.newOutputStream(file)) {
            new JarOutputStream(out, manifest).close();
        }
    }
}
