package nl.koers.campaigns.slow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.koers.campaigns.GrowingDossier;
import nl.koers.domain.Dossier;
import nl.koers.store.internal.FileLocalHistory;
import nl.koers.store.internal.JsonDossierStore;

/** The store saves through the slow file system as through the real one, only slower. */
class SlowFileSystemTest {
    @TempDir
    Path dir;

    @Test
    void theStoreSavesTheSameFileWithItsHistoryButAKilobyteAtATime() throws Exception {
        Path real = dir.resolve("slow.koers");
        Path slow = SlowFileSystem.of(real, 5);
        JsonDossierStore store = new JsonDossierStore(dir.resolve("data"), 5);
        Dossier first = new GrowingDossier().at(40);
        Dossier second = new GrowingDossier().at(41);
        store.write(first, slow);

        long start = System.nanoTime();
        store.write(second, slow);
        long millis = (System.nanoTime() - start) / 1_000_000;

        assertEquals(second, store.read(real));
        long pieces = Files.size(real) / 1024;
        assertTrue(pieces >= 5, "a file of several kilobytes: " + Files.size(real));
        assertTrue(millis >= pieces * 5, "a pause of 5 ms before each of " + pieces + " pieces, but it took " + millis);
        assertEquals(first, store.read(new FileLocalHistory(dir.resolve("data"), 5).entries(real).get(0).copy()));
        try (var left = Files.list(dir)) {
            assertEquals(1, left.filter(p -> p.getFileName().toString().endsWith(".koers")).count());
        }
    }
}
