package nl.koers.distribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code bin\koers.cmd} run by a real cmd: Wine's (Debian's package wine64), when the machine has it; skipped where it
 * has not, except on CI, which installs it and sets KOERS_WINE=required. Koers lies in a folder with spaces and
 * parentheses, as under {@code C:\Program Files (x86)}; each Java is a folder as its installer leaves it (a release
 * file and {@code bin\java.exe}), whose java.exe is one of Wine's own programs, so what runs shows which Java was chosen.
 */
class WindowsScriptIT {
    private static final Path PREFIX = Path.of(System.getProperty("java.io.tmpdir"), "koers-wine");

    @TempDir
    Path scratch;
    private Path wine;
    private Path programFiles;

    @BeforeEach
    void windowsWithKoers() throws Exception {
        Optional<Path> found = Stream.of("/usr/lib/wine/wine64", "/usr/bin/wine64", "/usr/bin/wine").map(Path::of)
                .filter(Files::isExecutable).findFirst();
        // CI installs Wine and requires it (KOERS_WINE=required): there a missing Wine fails instead of skipping
        if ("required".equals(System.getenv("KOERS_WINE"))) {
            assertTrue(found.isPresent(), "KOERS_WINE=required, but this machine has no Wine (Debian: wine64)");
        }
        assumeTrue(found.isPresent(), "no Wine on this machine: bin\\koers.cmd is checked on Windows only");
        wine = found.get();
        Path koers = Files.createDirectories(scratch.resolve("Program Files (x86)/Koers de Vries"));
        Path windows = Path.of(System.getProperty("koers.distribution.prefix") + "windows-x86_64");
        Files.createDirectories(koers.resolve("bin"));
        Files.copy(windows.resolve("bin/koers.cmd"), koers.resolve("bin/koers.cmd"));
        programFiles = Files.createDirectories(scratch.resolve("Program Files"));
        run("ver"); // the first run makes Wine's prefix, once per machine
    }

    @Test
    void withoutJavaItSaysSoAndEndsWith4() throws Exception {
        Result result = koers("");
        assertEquals(4, result.exitCode(), result.output());
        assertTrue(result.output().contains("koers: Koers needs Java 21 or newer; found: no Java at all. "), result.output());
        assertTrue(result.output().contains("/ Koers heeft Java 21 of nieuwer nodig"), result.output());
    }

    @Test
    void anOldJavaIsNamedAndNotTaken() throws Exception {
        java("Eclipse Adoptium/jdk-17.0.2+8", "17.0.2", "whoami.exe");
        Result result = koers("");
        assertEquals(4, result.exitCode(), result.output());
        assertTrue(result.output().contains("found: 17.0.2 in " + windowsPath(programFiles)
                + "\\Eclipse Adoptium\\jdk-17.0.2+8. "), result.output());
    }

    @Test
    void theNewestJavaInTheUsualFoldersIsTaken() throws Exception {
        java("Eclipse Adoptium/jdk-17.0.2+8", "17.0.2", "whoami.exe");
        java("Zulu/zulu-21", "21.0.7", "whoami.exe");
        java("Microsoft/jdk-25.0.1.8-hotspot", "25.0.1", "hostname.exe");
        Result result = koers("");
        // Wine's hostname.exe refuses the first option bin\koers gives Java: -Dkoers.home=...
        assertTrue(result.output().contains("Invalid option 'D'"), result.output());
    }

    @Test
    void javaHomeComesFirstWhenItIsNewEnough() throws Exception {
        Path java21 = java("Zulu/zulu-21", "21.0.7", "whoami.exe");
        java("Microsoft/jdk-25.0.1.8-hotspot", "25.0.1", "hostname.exe");
        Result result = koers(windowsPath(java21));
        assertEquals(0, result.exitCode(), result.output());
        assertFalse(result.output().contains("hostname"), result.output());

        Path java17 = java("Eclipse Adoptium/jdk-17.0.2+8", "17.0.2", "whoami.exe");
        Files.delete(java21.resolve("bin/java.exe"));
        assertTrue(koers(windowsPath(java17)).output().contains("Invalid option 'D'"), "too old: the newest is taken");
    }

    /** A Java folder under the test's Program Files, whose java.exe is the Wine program {@code program}. */
    private Path java(String folder, String version, String program) throws IOException {
        Path home = Files.createDirectories(programFiles.resolve(folder));
        Files.writeString(home.resolve("release"), "IMPLEMENTOR=\"Test\"\r\nJAVA_VERSION=\"" + version + "\"\r\n");
        Files.createDirectories(home.resolve("bin"));
        Files.copy(PREFIX.resolve("drive_c/windows/system32").resolve(program), home.resolve("bin/java.exe"));
        return home;
    }

    record Result(int exitCode, String output) {
    }

    /** bin\koers.cmd --version as a Windows user starts it, with only this test's Program Files to look in. */
    private Result koers(String javaHome) throws Exception {
        Path script = scratch.resolve("start.cmd");
        Files.writeString(script, String.join("\r\n", "@echo off",
                "set \"ProgramFiles=" + windowsPath(programFiles) + "\"",
                "set \"LOCALAPPDATA=" + windowsPath(scratch) + "\"",
                "set \"JAVA_HOME=" + javaHome + "\"",
                "set \"PATH=C:\\windows\\system32;C:\\windows\"",
                "\"" + windowsPath(scratch) + "\\Program Files (x86)\\Koers de Vries\\bin\\koers.cmd\" --version", ""),
                StandardCharsets.US_ASCII);
        return run(windowsPath(script));
    }

    private Result run(String command) throws Exception {
        Result result = runOnce(command);
        if (result.exitCode() != 0 && result.output().isBlank()) {
            // a cmd that met Wine's server while it was stopping ended once with 1 and printed nothing (bin\koers.cmd
            // always prints): wait until that server is gone, then run it again, once
            Optional<Path> server = Stream.of(wine.resolveSibling("wineserver64"), wine.resolveSibling("wineserver"),
                    Path.of("/usr/lib/wine/wineserver64"), Path.of("/usr/bin/wineserver")).filter(Files::isExecutable)
                    .findFirst();
            if (server.isPresent()) {
                ProcessBuilder wait = new ProcessBuilder(server.get().toString(), "-w")
                        .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.DISCARD);
                wait.environment().put("WINEPREFIX", PREFIX.toString());
                wait.start().waitFor(60, TimeUnit.SECONDS);
            }
            result = runOnce(command);
        }
        return result;
    }

    private Result runOnce(String command) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(wine.toString(), "cmd", "/c", command).redirectErrorStream(true)
                .directory(scratch.toFile());
        builder.environment().put("WINEPREFIX", PREFIX.toString());
        builder.environment().put("WINEDEBUG", "-all");
        builder.environment().remove("JAVA_HOME");
        Process process = builder.start();
        process.getOutputStream().close();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(180, TimeUnit.SECONDS), output);
        return new Result(process.exitValue(), output);
    }

    /** Wine shows the Linux file system as drive Z:. */
    private static String windowsPath(Path path) {
        return "Z:" + path.toAbsolutePath().toString().replace('/', '\\');
    }
}
