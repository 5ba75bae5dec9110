package nl.koers.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.koers.folders.UserFolders;

class GuiFailureTest {

    @Test
    void aLibraryThatWillNotLoadMeansGtkIsMissing() {
        assertEquals(GuiFailure.GTK_MISSING, GuiFailure.of(new UnsatisfiedLinkError(
                "Could not load SWT library. Reasons: libgtk-3.so.0: cannot open shared object file")));
        assertEquals(GuiFailure.GTK_MISSING, GuiFailure.of(new RuntimeException("wrapped",
                new Error("Could not load SWT library. Reasons: no swt-pi3-gtk in java.library.path"))));
    }

    @Test
    void gtkThatCannotInitialiseMeansTheDisplayIsUnreachable() {
        assertEquals(GuiFailure.DISPLAY_UNREACHABLE,
                GuiFailure.of(new Error("No more handles [gtk_init_check() failed]")));
    }

    @Test
    void anythingElseIsAnUnexpectedFailure() {
        assertEquals(GuiFailure.OTHER, GuiFailure.of(new IllegalStateException("bug")));
        assertEquals(GuiFailure.OTHER, GuiFailure.of(new NullPointerException()));
    }

    @Test
    void theTraceGoesToTheLogInTheUsersCache(@TempDir Path cache) throws Exception {
        CrashLog log = CrashLog.inUserCache(UserFolders.of("Linux", Map.of("XDG_CACHE_HOME", cache.toString()), "/nowhere"));
        Path file = log.write(new IllegalStateException("boom")).orElseThrow();
        assertEquals(cache.resolve("koers/koers.log"), file);
        log.write(new IllegalStateException("again"));
        String text = Files.readString(file);
        assertTrue(text.contains("IllegalStateException: boom") && text.contains("again"), text);
        assertEquals(Path.of("/home/an/.cache/koers/koers.log"), CrashLog.inUserCache(UserFolders.of("Linux", Map.of(), "/home/an")).file());
    }
}
