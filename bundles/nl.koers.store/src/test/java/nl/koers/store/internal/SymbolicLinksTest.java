package nl.koers.store.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.koers.domain.Dossier;
import nl.koers.store.DossierLock;
import nl.koers.store.DossierLockedException;
import nl.koers.store.HistoryEntry;
import nl.koers.store.Problem.Kind;
import nl.koers.store.SaveFailedException;

/**
 * A dossier reached through a symbolic link (a shortcut on the desktop to the file in a shared folder) is the file
 * the link leads to: it is saved there, its history is that file's, it is locked there, and the link stays a link.
 */
class SymbolicLinksTest {
    private static final Path RELATIVE = Path.of("../gedeeld/samenwerking.koers");

    @TempDir
    Path dir;

    private Path real;
    private Path link;

    /** {@code gedeeld/samenwerking.koers}, saved once, and a link to it on {@code bureaublad}. */
    private void realAndLink(JsonDossierStore store) throws Exception {
        real = Files.createDirectories(dir.resolve("gedeeld")).resolve("samenwerking.koers");
        store.write(Dossier.titled("eerste"), real);
        link = Files.createSymbolicLink(Files.createDirectories(dir.resolve("bureaublad")).resolve("samenwerking.koers"),
                RELATIVE);
    }

    private static List<Path> filesIn(Path folder) throws Exception {
        try (Stream<Path> s = Files.list(folder)) {
            return s.sorted().toList();
        }
    }

    @Test
    void savingThroughALinkWritesTheFileItLeadsToAndKeepsTheLink() throws Exception {
        JsonDossierStore store = new JsonDossierStore(dir.resolve("data"), 20);
        realAndLink(store);
        store.write(Dossier.titled("tweede"), link);

        assertTrue(Files.isSymbolicLink(link), "still a link");
        assertEquals(RELATIVE, Files.readSymbolicLink(link));
        assertEquals("tweede", store.read(real).title());
        assertEquals(List.of(link), filesIn(link.getParent()), "no temp file left beside the link");
        assertEquals(List.of(real), filesIn(real.getParent()), "nor beside the file");

        List<HistoryEntry> history = store.history().entries(real);
        assertEquals(1, history.size());
        assertEquals("eerste", store.read(history.get(0).copy()).title());
        assertEquals(history.stream().map(HistoryEntry::copy).toList(),
                store.history().entries(link).stream().map(HistoryEntry::copy).toList(), "one file, one history");
    }

    @Test
    void versionsKeptUnderTheLinksPathBeforeLinksWereFollowedAreStillListed() throws Exception {
        JsonDossierStore store = new JsonDossierStore(dir.resolve("data"), 20);
        realAndLink(store);
        Path before = OwnerOnly.folder(store.history().folderOf(link.toAbsolutePath())).resolve("1763632800000.koers");
        Files.copy(real, before);
        store.write(Dossier.titled("tweede"), link);
        List<Path> copies = store.history().entries(link).stream().map(HistoryEntry::copy).toList();
        assertEquals(2, copies.size(), copies.toString());
        assertEquals(before, copies.get(1), "the oldest");
    }

    @Test
    void aLinkToNothingIsAClearSaveFailureAndNothingIsWritten() throws Exception {
        JsonDossierStore store = new JsonDossierStore();
        Path moved = dir.resolve("verhuisd").resolve("weg.koers");
        Path dangling = Files.createSymbolicLink(dir.resolve("weg.koers"), moved);
        SaveFailedException e = assertThrows(SaveFailedException.class, () -> store.write(Dossier.titled("x"), dangling));
        assertEquals(Kind.NOT_WRITABLE, e.problem().kind());
        assertEquals(dangling + ": niet opgeslagen (dit is een symbolische koppeling naar een bestand dat er niet (meer) is). "
                + "Het bestand dat er stond is niet veranderd en het dossier in Koers is niets kwijt; sla het op een "
                + "andere plek op.", e.message(Locale.of("nl")));
        assertTrue(e.message(Locale.ENGLISH).contains("a symbolic link to a file that is not there"),
                e.message(Locale.ENGLISH));
        assertTrue(Files.isSymbolicLink(dangling));
        assertEquals(List.of(dangling), filesIn(dir));
        assertFalse(Files.exists(moved.getParent()));
    }

    @Test
    void aDossierReachedThroughALinkIsLockedAsTheFileItself() throws Exception {
        realAndLink(new JsonDossierStore());
        FileDossierLocks locks = new FileDossierLocks();
        try (DossierLock lock = locks.lock(link)) {
            assertEquals(link.toAbsolutePath(), lock.dossier(), "the dossier as the user opened it");
            assertThrows(DossierLockedException.class, () -> locks.lock(real), "the same file, the same lock");
            assertTrue(Files.isRegularFile(LockFile.next(real)), "the lock lies beside the file itself");
            assertEquals(List.of(link), filesIn(link.getParent()));
        }
    }
}
