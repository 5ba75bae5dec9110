package nl.koers.distribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.osgi.framework.Bundle;
import org.osgi.framework.Constants;

import nl.koers.launcher.Distribution;
import nl.koers.launcher.KoersFramework;
import nl.koers.launcher.Platform;

/**
 * The four distributions, checked here on Linux. Windows and macOS by simulation: each system's bundle set booted in
 * Felix under that system's framework properties (the launcher reads them to choose the native part), and the Linux
 * launcher refusing the window of another system's download in words, while its commands work.
 */
class PlatformsIT {
    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    /** A distribution, and the system it is for as the framework would name it there. */
    record Target(String name, String osName, String processor, String fragment, String archive) {
        Path home() {
            return name.equals("linux-x86_64") ? Installation.home()
                    : Path.of(System.getProperty("koers.distribution.prefix") + name);
        }

        Path archivePath() {
            return Installation.home().resolveSibling("koers-" + Installation.version() + "-" + name + "." + archive);
        }

        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Target> targets() {
        return Stream.of(
                new Target("linux-x86_64", "Linux", "x86-64", "org.eclipse.swt.gtk.linux.x86_64", "tar.gz"),
                new Target("windows-x86_64", "Windows11", "x86-64", "org.eclipse.swt.win32.win32.x86_64", "zip"),
                new Target("macos-aarch64", "MacOSX", "aarch64", "org.eclipse.swt.cocoa.macosx.aarch64", "zip"),
                new Target("macos-x86_64", "MacOSX", "x86-64", "org.eclipse.swt.cocoa.macosx.x86_64", "zip"));
    }

    static Stream<Target> otherSystems() {
        return targets().filter(target -> !target.name().startsWith("linux"));
    }

    @TempDir
    Path scratch;

    @ParameterizedTest(name = "{0}")
    @MethodSource("targets")
    void everyBundleOfTheSystemsSetResolvesAndStartsWithItsOwnNativeFragment(Target target) throws Exception {
        Map<String, String> simulated = Map.of(
                Constants.FRAMEWORK_OS_NAME, target.osName(), Constants.FRAMEWORK_PROCESSOR, target.processor(),
                "koers.data", scratch.resolve("data").toString(), "koers.log.file", scratch.resolve("koers.log").toString());
        try (KoersFramework koers = KoersFramework.start(target.home(), simulated)) {
            assertEquals(target.osName(), koers.bundleContext().getProperty(Constants.FRAMEWORK_OS_NAME),
                    "the framework runs under the simulated system's properties");
            List<String> fragments = new ArrayList<>();
            List<String> notResolved = new ArrayList<>();
            for (Bundle bundle : koers.bundleContext().getBundles()) {
                if (bundle.getHeaders("").get(Constants.FRAGMENT_HOST) != null) {
                    fragments.add(bundle.getSymbolicName());
                } else if ((bundle.getState() & (Bundle.INSTALLED | Bundle.UNINSTALLED)) != 0) {
                    notResolved.add(bundle.getSymbolicName());
                }
            }
            assertEquals(List.of(target.fragment()), fragments, "its own native part, and no other");
            assertEquals(List.of(), notResolved);
            assertEquals(List.of(), koers.inactiveBundles(), "every bundle but the fragment is active");
        }
    }

    /** A folder holding every system's fragment (none of the downloads does): the launcher takes the one that fits. */
    @Test
    void theLauncherPicksTheFragmentOfTheSystemItRunsOn() throws Exception {
        Distribution every = new Distribution(scratch.resolve("every"));
        Files.createDirectories(every.bundles());
        Files.createDirectories(every.features());
        StringBuilder bundles = new StringBuilder("{ \"id\": \"org.eclipse.platform:org.eclipse.swt:3.135.0\" }");
        Files.copy(Installation.home().resolve("bundles/org.eclipse.swt-3.135.0.jar"),
                every.bundles().resolve("org.eclipse.swt-3.135.0.jar"));
        List<Target> sameVersion = targets().filter(target -> !target.name().equals("macos-x86_64")).toList();
        for (Target target : sameVersion) {
            String jar = target.fragment() + "-3.135.0.jar";
            Files.copy(target.home().resolve("bundles").resolve(jar), every.bundles().resolve(jar));
            bundles.append(", { \"id\": \"org.eclipse.platform:").append(target.fragment()).append(":3.135.0\" }");
        }
        Files.writeString(every.features().resolve("swt.json"), "{ \"feature-resource-version\": \"1.0\", "
                + "\"id\": \"t:swt:1\", \"bundles\": [" + bundles + "] }");

        for (Target target : sameVersion) {
            List<String> chosen = every.featureJars(Platform.of(target.osName(), target.processor())).stream()
                    .map(jar -> jar.getFileName().toString()).toList();
            assertEquals(List.of("org.eclipse.swt-3.135.0.jar", target.fragment() + "-3.135.0.jar"), chosen, target.name());
        }
        assertEquals(List.of("org.eclipse.swt-3.135.0.jar"),
                every.featureJars(Platform.of("Linux", "aarch64")).stream().map(jar -> jar.getFileName().toString())
                        .toList(), "a system no download is made for gets none");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("otherSystems")
    void onLinuxAnotherSystemsDownloadRefusesItsWindowInWordsAndItsCommandsWork(Target target) throws Exception {
        KoersScript launcher = KoersScript.launcherOf(target.home(), scratch);
        KoersScript.Run window = launcher.run(environment -> environment.put("DISPLAY", ":0"), TIMEOUT, "--lang", "en");
        assertEquals(3, window.exitCode(), window.describe());
        assertTrue(window.err().contains("This Koers is made for " + Platform.of(target.osName(), target.processor())
                + ", but this computer is Linux"), window.describe());
        assertTrue(window.err().contains("koers-...-linux-x86_64"), window.describe());
        assertFalse(window.all().contains("Exception") || window.all().contains("\tat "), "no stack trace\n"
                + window.describe());

        KoersScript.Run version = launcher.run(TIMEOUT, "--version");
        assertEquals(0, version.exitCode(), version.describe());
        assertTrue(version.out().contains("Koers " + Installation.releaseVersion()), version.describe());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("targets")
    void eachDownloadHoldsOnlyItsOwnNativeFragmentAndItsArchiveHoldsTheFolder(Target target) throws Exception {
        try (Stream<Path> jars = Files.list(target.home().resolve("bundles"))) {
            assertEquals(List.of(target.fragment()), jars.map(jar -> jar.getFileName().toString())
                    .filter(name -> name.startsWith("org.eclipse.swt."))
                    .map(name -> name.substring(0, name.lastIndexOf('-'))).toList());
        }
        assertTrue(Files.isRegularFile(target.archivePath()), target.archivePath().toString());
        if (target.archive().equals("zip")) {
            String base = "koers-" + Installation.version() + "/";
            String listing = run("unzip", "-Z", target.archivePath().toString());
            assertTrue(listing.contains(base + "lib/nl.koers.launcher.jar"), listing);
            assertTrue(listing.contains(base + "features/swt-" + target.name() + ".json"), listing);
            if (target.name().startsWith("windows")) {
                assertTrue(listing.contains(base + "bin/koers.cmd"), listing);
            } else {
                assertTrue(listing.lines().anyMatch(line -> line.startsWith("-rwxr-xr-x") && line.endsWith(base + "bin/koers")),
                        "bin/koers is executable once unpacked on a Mac\n" + listing);
            }
        }
    }

    @Test
    void theWindowsScriptHasWindowsLineEndsAndTheSameMessageAsTheShellScript() throws IOException {
        Path script = Path.of(System.getProperty("koers.distribution.prefix") + "windows-x86_64", "bin", "koers.cmd");
        String text = Files.readString(script, StandardCharsets.US_ASCII);
        assertEquals(text.split("\n", -1).length, text.split("\r\n", -1).length, "every line ends in CRLF");
        String shell = Files.readString(Installation.home().resolve("bin/find-java.sh"));
        for (String words : List.of("Koers needs Java %s or newer; found: ", "or set JAVA_HOME. / Koers heeft Java %s of nieuwer nodig: ")) {
            assertTrue(shell.contains(words), words);
            assertTrue(text.contains(words.replace("%s", "21")), words);
        }
    }

    /** bin/koers under macOS's OSTYPE: Linux's JVM refuses -XstartOnFirstThread by name, which shows it was passed. */
    @Test
    void onMacOsTheShellScriptGivesTheWindowTheFirstThread() throws Exception {
        Path home = Path.of(System.getProperty("koers.distribution.prefix") + "macos-aarch64");
        ProcessBuilder builder = new ProcessBuilder("bash", "-c", "OSTYPE=darwin23; . \"$0\" --version",
                home.resolve("bin/koers").toString()).redirectErrorStream(true);
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        builder.environment().put("KOERS_AOT", "off");
        builder.environment().put("XDG_CACHE_HOME", scratch.resolve("cache").toString());
        Process bash = builder.start();
        bash.getOutputStream().close();
        String output = new String(bash.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(bash.waitFor(60, TimeUnit.SECONDS), output);
        assertTrue(output.contains("-XstartOnFirstThread"), output);
    }

    private static String run(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(30, TimeUnit.SECONDS) && process.exitValue() == 0, output);
        return output;
    }
}
