package nl.koers.distribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The headless face through the real start script: exit codes and what a person reads. */
class CommandLineIT {
    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    @TempDir
    Path scratch;

    private KoersScript koers() {
        return new KoersScript(Installation.home(), scratch);
    }

    @Test
    void versionNamesKoersAndItsVersion() throws Exception {
        KoersScript.Run run = koers().run(TIMEOUT, "--version");
        assertEquals(0, run.exitCode(), run.describe());
        assertTrue(run.out().contains("Koers") && run.out().contains(Installation.releaseVersion()), run.describe());
        assertEquals("", run.err(), "nothing on stderr: no JVM or framework noise\n" + run.describe());
    }

    @Test
    void helpListsTheValidateCommand() throws Exception {
        KoersScript.Run run = koers().run(TIMEOUT, "--help");
        assertEquals(0, run.exitCode(), run.describe());
        assertTrue(run.out().contains("validate"), run.describe());
    }

    @Test
    void anUnknownCommandIsAUsageError() throws Exception {
        KoersScript.Run run = koers().run(TIMEOUT, "frobnicate");
        assertEquals(2, run.exitCode(), run.describe());
        assertTrue(run.all().contains("frobnicate"), run.describe());
        assertTrue(!run.all().contains("Exception"), run.describe());
    }

    @Test
    void validateFailsOnABrokenFileWithOneLineNamingIt() throws Exception {
        Files.writeString(scratch.resolve("broken.json"), "{ \"schema\": ");
        KoersScript.Run run = koers().run(TIMEOUT, "validate", "broken.json");
        assertEquals(1, run.exitCode(), run.describe());
        assertEquals(1, run.nonBlankLines().size(), run.describe());
        assertTrue(run.nonBlankLines().get(0).contains("broken.json"), run.describe());
    }

    @Test
    void validateAcceptsTheSampleDossierTheWorkbenchShips() throws Exception {
        Optional<Path> sample = SampleDossier.copyTo(scratch);
        assumeTrue(sample.isPresent(), "nl.koers.shell ships no samples/*.koers yet: nothing to validate");
        KoersScript.Run run = koers().run(TIMEOUT, "validate", sample.get().toString());
        assertEquals(0, run.exitCode(), run.describe());
    }

    @Test
    void logPrintsTheFileInTheCacheFolderAndStartsNothing() throws Exception {
        Path cache = scratch.resolve("cache");
        KoersScript.Run run = koers().run(environment -> environment.put("XDG_CACHE_HOME", cache.toString()), TIMEOUT,
                "--log");
        assertEquals(0, run.exitCode(), run.describe());
        assertEquals(cache.resolve("koers").resolve("koers.log") + "\n", run.out(), run.describe());
        assertEquals("", run.err(), run.describe());
    }

    @Test
    void helpSaysWhereToFindTheLog() throws Exception {
        KoersScript.Run run = koers().run(TIMEOUT, "--lang", "en", "--help");
        assertEquals(0, run.exitCode(), run.describe());
        assertTrue(run.out().contains("--log            shows where Koers keeps its log"), run.describe());
    }

    @Test
    void aRefusedPluginIsInTheLogWithItsCauseReadableByTheUserAlone() throws Exception {
        Path cache = scratch.resolve("cache");
        Files.writeString(scratch.resolve("kapot.jar"), "geen jar");
        KoersScript.Run run = koers().run(environment -> {
            environment.put("XDG_CACHE_HOME", cache.toString());
            environment.put("XDG_DATA_HOME", scratch.resolve("data").toString());
        }, TIMEOUT, "plugins", "install", "kapot.jar");
        assertEquals(1, run.exitCode(), run.describe());
        Path log = cache.resolve("koers").resolve("koers.log");
        String text = Files.readString(log);
        assertTrue(text.contains(" WARN nl.koers.plugins plugin " + scratch.resolve("kapot.jar") + " not installed"), text);
        assertTrue(text.contains("Caused by: java.util.zip.ZipException"), text);
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(log)));
    }
}
