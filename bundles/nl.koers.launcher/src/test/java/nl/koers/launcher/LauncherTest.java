package nl.koers.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The launcher's decisions before any framework starts; the full runs are the distribution's integration tests. */
class LauncherTest {
    @TempDir
    Path home;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private Locale previous;

    @BeforeEach
    void rememberLocale() {
        previous = Locale.getDefault();
    }

    @AfterEach
    void restoreLocale() {
        Locale.setDefault(previous);
    }

    @Test
    void withoutADisplayTheWorkbenchExplainsInDutch() {
        Locale.setDefault(Locale.of("nl", "NL"));
        int code = launcher(Map.of(), "Linux").run();
        assertEquals(3, code);
        assertTrue(errText().startsWith("Koers heeft een grafisch scherm nodig"), errText());
        assertTrue(errText().contains("xvfb-run -a") && errText().contains("libgtk-3-0 xvfb xauth"), errText());
    }

    @Test
    void langEnglishSwitchesTheMessageToEnglish() {
        Locale.setDefault(Locale.of("nl", "NL"));
        int code = launcher(Map.of("DISPLAY", " "), "Linux").run("--lang", "en", "--sample");
        assertEquals(3, code);
        assertTrue(errText().startsWith("Koers needs a graphical display"), errText());
        assertEquals("en", Locale.getDefault().getLanguage());
    }

    @Test
    void aFolderNamedLikeACommandIsNoDossier() throws Exception {
        java.nio.file.Files.createDirectories(home.resolve("plugins"));
        java.nio.file.Files.writeString(home.resolve("dossier"), "{}");
        assertFalse(Launcher.isExistingFile(home.resolve("plugins").toString()));
        assertTrue(Launcher.isExistingFile(home.resolve("dossier").toString()));
    }

    @Test
    void aWaylandSessionIsADisplayToo() {
        assertFalse(DisplayCheck.displayMissing(Map.of("WAYLAND_DISPLAY", "wayland-0"), "Linux"));
        assertFalse(DisplayCheck.displayMissing(Map.of("DISPLAY", ":0"), "FreeBSD"));
        assertFalse(DisplayCheck.displayMissing(Map.of(), "Mac OS X"));
        assertFalse(DisplayCheck.displayMissing(Map.of(), "Windows 11"));
        assertTrue(DisplayCheck.displayMissing(Map.of("DISPLAY", ""), "Linux"));
    }

    @Test
    void aBadLangIsAUsageError() {
        assertEquals(2, launcher(Map.of(), "Linux").run("--lang"));
        assertFalse(errText().isBlank());
    }

    @Test
    void anEmptyDistributionIsAClearErrorNotAStackTrace() {
        int code = launcher(Map.of(), "Linux").run("--version");
        assertEquals(5, code);
        assertTrue(errText().contains(home.resolve("features").toString()), errText());
        assertFalse(errText().contains("Exception"), errText());
    }

    @Test
    void logPrintsWhereTheLogIsAndStartsNothing() {
        // an empty home: starting anything would fail with 5 (no features)
        assertEquals(0, launcher(Map.of(), "Linux").run("--log"));
        assertEquals(home.resolve("koers.log") + System.lineSeparator(), out.toString(StandardCharsets.UTF_8));
        assertEquals("", errText());
    }

    @Test
    void logFollowsTheSettingInEtc() throws Exception {
        Path etc = java.nio.file.Files.createDirectories(home.resolve("etc"));
        java.nio.file.Files.writeString(etc.resolve("koers.properties"), "koers.log.file=" + home.resolve("elders.log"));
        assertEquals(0, launcher(Map.of(), "Linux").run("--lang", "en", "--log"));
        assertEquals(home.resolve("elders.log") + System.lineSeparator(), out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void aFailedStartIsInTheLogToo() throws Exception {
        assertEquals(5, launcher(Map.of(), "Linux").run("--lang", "en", "--version"));
        String log = java.nio.file.Files.readString(home.resolve("koers.log"));
        assertTrue(log.matches("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d\\.\\d{3} [+-]\\d{4} ERROR nl\\.koers\\.launcher "
                + "This installation is incomplete: .*\\R"), log);
        assertEquals("rw-------", java.nio.file.attribute.PosixFilePermissions.toString(
                java.nio.file.Files.getPosixFilePermissions(home.resolve("koers.log"))));
    }

    private Launcher launcher(Map<String, String> environment, String osName) {
        return new Launcher(home, environment, osName, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), new CrashLog(home.resolve("koers.log")));
    }

    private String errText() {
        return err.toString(StandardCharsets.UTF_8);
    }
}
