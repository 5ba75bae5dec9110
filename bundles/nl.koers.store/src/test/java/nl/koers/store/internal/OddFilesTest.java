package nl.koers.store.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.koers.store.DossierFileException;
import nl.koers.store.Problem;
import nl.koers.store.Problem.Kind;

/**
 * What a user can pick that is no ordinary file, on a real file system: a pipe or a device is refused before it is
 * opened (reading one may never end), a file far larger than a dossier before it is read, and one that says it is
 * empty but goes on is stopped at the limit.
 */
class OddFilesTest {
    /** Refusals come at once; without the checks a pipe waits for ever and /dev/zero fills the memory. */
    static final Duration AT_ONCE = Duration.ofSeconds(1);

    private final JsonDossierStore store = new JsonDossierStore();

    @TempDir
    Path dir;

    /** A named pipe, made as a user would: Java has no call for it. */
    static Path fifo(Path file) throws Exception {
        assertEquals(0, new ProcessBuilder("mkfifo", file.toString()).inheritIO().start().waitFor());
        return file;
    }

    private Problem refused(Path file) {
        return assertTimeoutPreemptively(AT_ONCE,
                () -> assertThrows(DossierFileException.class, () -> store.read(file)).problem());
    }

    @Test
    void aPipeIsRefusedAtOnceByReadOpenAndValidate() throws Exception {
        Path pipe = fifo(dir.resolve("x.koers"));
        Problem p = refused(pipe);
        assertEquals(Kind.NOT_A_FILE, p.kind());
        assertEquals(pipe + ": dit is geen gewoon bestand maar een pipe (FIFO), die wacht tot een ander programma "
                + "erin schrijft; Koers opent alleen gewone bestanden als dossier", p.message(Locale.of("nl")));
        assertEquals(p, assertTimeoutPreemptively(AT_ONCE,
                () -> assertThrows(DossierFileException.class, () -> store.open(pipe)).problem()));
        assertEquals(List.of(p), assertTimeoutPreemptively(AT_ONCE, () -> store.validate(pipe)));
    }

    @Test
    void aDeviceOrALinkToOneIsRefusedAtOnce() throws Exception {
        Path zero = Path.of("/dev/zero");
        assumeTrue(Files.exists(zero));
        Path link = Files.createSymbolicLink(dir.resolve("nul.koers"), zero);
        for (Path device : List.of(zero, link)) {
            Problem p = refused(device);
            assertEquals(Kind.NOT_A_FILE, p.kind());
            assertTrue(p.message(Locale.ENGLISH).startsWith(device + ": this is not an ordinary file but a device"),
                    p.message(Locale.ENGLISH));
        }
    }

    @Test
    void aFolderIsRefusedAndSaysItIsAFolder() throws Exception {
        Path folder = Files.createDirectory(dir.resolve("map.koers"));
        Problem p = refused(folder);
        assertEquals(Kind.NOT_A_FILE, p.kind());
        assertTrue(p.message(Locale.of("nl")).contains("geen gewoon bestand maar een map"), p.message(Locale.of("nl")));
    }

    @Test
    void aFileFarLargerThanAnyDossierIsRefusedWithoutReadingIt() throws Exception {
        Path huge = dir.resolve("groot.koers");
        try (RandomAccessFile sparse = new RandomAccessFile(huge.toFile(), "rw")) {
            sparse.setLength(64L << 30); // takes no room on disk, but reading it would take minutes
        }
        Problem p = refused(huge);
        assertEquals(Kind.TOO_LARGE, p.kind());
        assertEquals(huge + ": the file is too large for a dossier (64 GB; Koers reads dossiers up to 256 MB). It was "
                + "not opened.", p.message(Locale.ENGLISH));
    }

    @Test
    void aFileThatSaysItIsEmptyButGoesOnIsStoppedAtTheLimit() throws Exception {
        Path maps = Path.of("/proc/self/maps"); // reports size 0, holds kilobytes
        assumeTrue(Files.isReadable(maps) && Files.size(maps) == 0);
        Problem p = assertThrows(DossierFileException.class, () -> new BoundedRead(100).bytes(maps)).problem();
        assertEquals(Kind.TOO_LARGE, p.kind());
        assertTrue(p.message(Locale.of("nl")).contains("(het groeide nog tijdens het lezen; Koers leest dossiers tot "
                + "100 bytes)"), p.message(Locale.of("nl")));
    }

    @Test
    void aFileJustWithinTheLimitIsReadWhole() throws Exception {
        Path file = Files.write(dir.resolve("precies.koers"), new byte[100]);
        assertEquals(100, new BoundedRead(100).bytes(file).length);
        assertEquals(Kind.TOO_LARGE, assertThrows(DossierFileException.class,
                () -> new BoundedRead(99).bytes(file)).problem().kind());
    }

    @Test
    void theLimitCanBeSetAndWhatIsNoPositiveNumberLeavesTheDefault() {
        assertEquals(1000, BoundedRead.of("1000").limit());
        for (String odd : new String[] { null, "", "veel", "-5", "0" }) {
            assertEquals(BoundedRead.DEFAULT_LIMIT, BoundedRead.of(odd).limit(), odd);
        }
    }
}
