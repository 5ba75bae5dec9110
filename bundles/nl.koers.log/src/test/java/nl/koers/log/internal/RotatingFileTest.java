package nl.koers.log.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Real files: sizes, names and permissions as a person finds them in the cache folder. */
class RotatingFileTest {
    @TempDir
    Path dir;

    @Test
    void rotatesBeforeTheLimitAndKeepsThreeFiles() throws Exception {
        RotatingFile log = new RotatingFile(dir.resolve("koers.log"), 100, 3);
        String line = "x".repeat(39) + "\n"; // 40 bytes: two fit in 100, the third rotates
        for (int i = 0; i < 2; i++) {
            log.append(line);
        }
        assertEquals(80, Files.size(log.file()));
        assertFalse(Files.exists(dir.resolve("koers.log.1")));

        log.append("third " + line.substring(6));
        assertEquals(40, Files.size(log.file()));
        assertEquals(80, Files.size(dir.resolve("koers.log.1")));
        assertTrue(Files.readString(log.file()).startsWith("third "));

        for (int i = 0; i < 10; i++) {
            log.append(i + line.substring(1));
        }
        try (var files = Files.list(dir)) {
            assertEquals(3, files.count(), "koers.log, koers.log.1 and koers.log.2; the oldest went");
        }
        assertTrue(Files.size(log.file()) <= 100);
        assertTrue(Files.size(dir.resolve("koers.log.1")) <= 100);
        assertTrue(Files.size(dir.resolve("koers.log.2")) <= 100);
        // the newest text is in koers.log, the one before it in koers.log.1
        assertTrue(Files.readString(log.file()).endsWith(9 + line.substring(1)));
        assertEquals(7 + line.substring(1) + 8 + line.substring(1), Files.readString(dir.resolve("koers.log.1")));
    }

    @Test
    void aTextLargerThanTheLimitGetsAFileOfItsOwn() throws Exception {
        RotatingFile log = new RotatingFile(dir.resolve("koers.log"), 10, 2);
        log.append("kort\n");
        log.append("een regel die langer is dan de grens\n");
        assertEquals("een regel die langer is dan de grens\n", Files.readString(log.file()));
        assertEquals("kort\n", Files.readString(dir.resolve("koers.log.1")));
    }

    @Test
    void onlyItsUserMayReadIt() throws Exception {
        RotatingFile log = new RotatingFile(dir.resolve("cache").resolve("koers").resolve("koers.log"), 50, 3);
        log.append("geheim\n");
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(log.file())));
        log.append("x".repeat(60) + "\n");
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(log.file())),
                "a file begun after rotating is closed too");
        assertEquals("rw-------", PosixFilePermissions.toString(
                Files.getPosixFilePermissions(dir.resolve("cache/koers/koers.log.1"))));
    }

    @Test
    void aLogThatAnOlderKoersLeftOpenToOthersIsClosed() throws Exception {
        Path file = dir.resolve("koers.log");
        Files.writeString(file, "van een oudere versie\n", StandardCharsets.UTF_8);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        new RotatingFile(file, 1000, 3).append("nieuw\n");
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        assertEquals("van een oudere versie\nnieuw\n", Files.readString(file));
    }
}
