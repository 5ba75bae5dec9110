package nl.koers.store.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import nl.koers.store.Problem.Kind;
import nl.koers.store.SaveFailedException;

/**
 * The atomic save's rename on Windows, where a virus scanner, the search indexer or a sync tool may hold the old file
 * for a moment and the rename is refused meanwhile. Linux renames over an open file, so the refusal is made here as
 * Windows makes it (the exception Java throws there); the files, the temp file and the rename itself are real.
 */
class WindowsSafeRenameTest {
    @TempDir
    Path dir;

    /** A folder and file as a Windows user's: spaces and letters outside ASCII. */
    private Path dossier() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("Anouk de Vries").resolve("Samenwerkingen ü"));
        return Files.writeString(folder.resolve("Jongeren aan het werk – één loket.koers"), "oud");
    }

    /** Fails {@code times} times as Windows does while another program holds the target, then renames for real. */
    private static WindowsSafeRename.Rename heldBy(int times, AtomicInteger tries, boolean sharingViolation) {
        return (temp, target) -> {
            if (tries.incrementAndGet() <= times) {
                throw sharingViolation ? new FileSystemException(temp.toString(), target.toString(),
                        "The process cannot access the file because it is being used by another process")
                        : new AccessDeniedException(temp.toString(), target.toString(), null);
            }
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        };
    }

    private static void save(String text, Path file, WindowsSafeRename.Rename rename) throws SaveFailedException {
        AtomicWrite.write(text.getBytes(StandardCharsets.UTF_8), file, null, target -> { },
                new WindowsSafeRename(rename, WindowsSafeRename.WINDOWS_WAITS));
    }

    /** Windows says "access denied", or (a sharing violation) "being used by another process". */
    @ParameterizedTest(name = "sharing violation: {0}")
    @ValueSource(booleans = {false, true})
    void aRenameRefusedForAMomentIsTriedAgainAndReplacesTheFile(boolean sharingViolation) throws Exception {
        Path file = dossier();
        AtomicInteger tries = new AtomicInteger();
        save("nieuw", file, heldBy(3, tries, sharingViolation));
        assertEquals("nieuw", Files.readString(file));
        assertEquals(4, tries.get());
        assertEquals(List.of(file.getFileName().toString()), names(file.getParent()), "no temp file left");
    }

    @Test
    void aFileHeldLongerFailsWithTheUsualMessageAndStaysAsItWas() throws Exception {
        Path file = dossier();
        AtomicInteger tries = new AtomicInteger();
        long start = System.nanoTime();
        SaveFailedException failed = assertThrows(SaveFailedException.class,
                () -> save("nieuw", file, heldBy(Integer.MAX_VALUE, tries, false)));
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertEquals(Kind.NO_PERMISSION, failed.problem().kind());
        assertEquals(WindowsSafeRename.WINDOWS_WAITS.size() + 1, tries.get());
        assertEquals("oud", Files.readString(file));
        assertEquals(List.of(file.getFileName().toString()), names(file.getParent()), "no temp file left");
        assertEquals(true, millis >= 1500 && millis < 5000, "about two seconds of tries: " + millis + " ms");
    }

    @Test
    void otherFailuresAndOtherSystemsAreNotTriedAgain() throws Exception {
        AtomicInteger tries = new AtomicInteger();
        WindowsSafeRename.Rename gone = (temp, target) -> {
            tries.incrementAndGet();
            throw new NoSuchFileException(target.toString());
        };
        assertThrows(NoSuchFileException.class, () -> new WindowsSafeRename(gone, WindowsSafeRename.WINDOWS_WAITS)
                .replace(dir.resolve("a"), dir.resolve("b")));
        assertEquals(1, tries.get());

        tries.set(0);
        assertThrows(AccessDeniedException.class, () -> new WindowsSafeRename(heldBy(1, tries, false), List.of())
                .replace(dir.resolve("a"), dir.resolve("b")));
        assertEquals(1, tries.get(), "on Linux and macOS a refused rename is a lasting refusal");
    }

    private static List<String> names(Path folder) throws Exception {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(file -> file.getFileName().toString()).sorted().toList();
        }
    }
}
