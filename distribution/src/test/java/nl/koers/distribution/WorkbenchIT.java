package nl.koers.distribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The window face through the real start script: without a display, and on the display the tests run under. */
class WorkbenchIT {
    private static final String SHOWN = "koers: window shown";

    @TempDir
    Path scratch;

    private KoersScript koers() {
        return new KoersScript(Installation.home(), scratch);
    }

    @Test
    void withoutADisplayItSaysWhatToDoInDutch() throws Exception {
        KoersScript.Run run = koers().run(WorkbenchIT::noDisplay, Duration.ofSeconds(20), "--lang", "nl");
        assertEquals(3, run.exitCode(), run.describe());
        assertTrue(run.err().contains("grafisch scherm") && run.err().contains("xvfb-run -a"), run.describe());
        assertTrue(run.err().contains("libgtk-3-0 xvfb xauth"), run.describe());
        assertFalse(run.all().contains("Exception"), run.describe());
        assertTrue(run.duration().compareTo(Duration.ofSeconds(5)) < 0, "quick, before any framework: " + run.describe());
    }

    @Test
    void withoutADisplayItSaysWhatToDoInEnglish() throws Exception {
        KoersScript.Run run = koers().run(WorkbenchIT::noDisplay, Duration.ofSeconds(20), "--lang", "en", "--sample");
        assertEquals(3, run.exitCode(), run.describe());
        assertTrue(run.err().contains("graphical display"), run.describe());
        assertFalse(run.all().contains("Exception"), run.describe());
    }

    /**
     * DISPLAY names an X server that is not there (a closed session, a typo): the window cannot open while the
     * bundles start beside it. The user reads what to do, not a line for every bundle the stopping framework refused.
     */
    @Test
    void aDisplayThatIsNotThereGivesOneMessageNotALinePerBundle() throws Exception {
        String gone = ":" + IntStream.range(90, 200).filter(n -> !Files.exists(Path.of("/tmp/.X11-unix/X" + n)))
                .findFirst().orElseThrow();
        KoersScript.Run run = koers().run(environment -> environment.put("DISPLAY", gone), Duration.ofSeconds(60),
                "--lang", "en", "--sample");
        assertEquals(3, run.exitCode(), run.describe());
        assertTrue(run.err().contains("cannot connect to the graphical display"), run.describe());
        assertFalse(run.err().contains("is left out"), "no bundle is reported left out\n" + run.describe());
        assertFalse(run.all().contains("Exception"), run.describe());
    }

    @Test
    void theSampleOpensInAWindow() throws Exception {
        assumeTrue(System.getenv("DISPLAY") != null, "no DISPLAY: run the build under xvfb-run (./test does)");
        KoersScript.Run run = koers().run(environment -> environment.put("KOERS_JAVA_OPTS", "-Dkoers.benchmark=true"),
                Duration.ofSeconds(90), "--sample");
        assertEquals(0, run.exitCode(), run.describe());
        assertTrue(run.out().lines().anyMatch(SHOWN::equals), run.describe());
        assertFalse(run.all().contains("Exception"), run.describe());
    }

    private static void noDisplay(java.util.Map<String, String> environment) {
        environment.remove("DISPLAY");
        environment.remove("WAYLAND_DISPLAY");
    }
}
