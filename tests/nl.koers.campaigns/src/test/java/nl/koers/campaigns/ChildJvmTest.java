package nl.koers.campaigns;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A child killed hard is read to the end: what it reported just before it died is not lost. */
class ChildJvmTest {
    static final int LINES = 4000;

    @TempDir
    Path dir;

    /** Writes {@value #LINES} lines (less than a pipe holds), then a file that says so, then waits to be killed. */
    public static final class Chatter {
        public static void main(String[] args) throws Exception {
            for (int i = 1; i <= LINES; i++) {
                System.out.println("line " + i);
            }
            System.out.flush();
            Files.writeString(Path.of(args[0]), "all written");
            Thread.sleep(60_000);
        }
    }

    @Test
    void theLinesAChildWroteBeforeItWasKilledAreAllRead() throws Exception {
        Path written = dir.resolve("written");
        ChildJvm child = ChildJvm.start(Chatter.class, dir.resolve("errors"), List.of(), written.toString());
        int[] exit = new int[1];
        Thread killer = new Thread(() -> {
            try {
                exit[0] = child.kill();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        synchronized (child) {
            // the reader waits for this lock with the line it read: the rest stays in the pipe, unread, while the
            // kill comes
            while (!Files.exists(written)) {
                Thread.sleep(10);
            }
            killer.start();
            Thread.sleep(500);
        }
        killer.join();

        assertEquals(137, exit[0]);
        List<String> lines = child.lines();
        assertEquals(LINES, lines.size(), "lines read");
        assertEquals("line " + LINES, lines.get(LINES - 1));
    }
}
