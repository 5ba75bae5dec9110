package nl.koers.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The marker of a start that did not reach its window, with real processes: one that ended, one that runs. */
class StartMarkerTest {
    @TempDir
    Path cache;

    @Test
    void aMarkerWhoseProcessIsGoneIsAFailedStartNamingThePluginOnce() throws Exception {
        long gone = endedProcess();
        StartMarker earlier = new StartMarker(cache, gone);
        earlier.write();
        earlier.blame("nl.voorbeeld.exit");
        StartMarker now = new StartMarker(cache, ProcessHandle.current().pid());
        assertEquals(Optional.of(new StartMarker.LeftBehind("nl.voorbeeld.exit")), now.leftBehind());
        assertFalse(Files.exists(earlier.file()), "answered: the start after this one is a normal one");
        assertEquals(Optional.empty(), now.leftBehind());
    }

    @Test
    void aStartThatIsStillRunningIsNoFailure() throws Exception {
        Process running = new ProcessBuilder("sleep", "30").start();
        try {
            new StartMarker(cache, running.pid()).write();
            assertEquals(Optional.empty(), new StartMarker(cache, ProcessHandle.current().pid()).leftBehind());
        } finally {
            running.destroy();
        }
    }

    @Test
    void aMarkerRemovedWhenTheWindowWasShownLeavesNothing() throws Exception {
        StartMarker marker = new StartMarker(cache, endedProcess());
        marker.write();
        assertTrue(marker.exists());
        marker.remove();
        marker.blame("nl.voorbeeld.laat");
        assertFalse(marker.exists(), "blaming after the window was shown writes nothing");
        assertEquals(Optional.empty(), new StartMarker(cache, ProcessHandle.current().pid()).leftBehind());
    }

    private static long endedProcess() throws Exception {
        Process process = new ProcessBuilder("true").start();
        process.waitFor();
        return process.pid();
    }
}
