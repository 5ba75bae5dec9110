package nl.koers.store.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.koers.domain.Dossier;
import nl.koers.domain.Partner;
import nl.koers.domain.Role;
import nl.koers.store.FileStamp;
import nl.koers.store.OpenedDossier;
import nl.koers.store.Problem.Kind;
import nl.koers.store.SaveFailedException;

/** A save names what it read; a file that someone else saved since is never written over. */
class ChangedOnDiskTest {
    private final JsonDossierStore store = new JsonDossierStore();

    @TempDir
    Path dir;

    @Test
    void aSaveOverTheFileAsItWasReadSucceedsAndGivesTheNewStamp() throws Exception {
        Path file = dir.resolve("a.koers");
        store.write(Dossier.titled("eerste"), file);
        OpenedDossier opened = store.open(file);

        FileStamp next = store.save(opened.dossier().withPartner(Partner.of("Gemeente", Role.CORE)), file, opened.stamp());

        assertEquals(store.open(file).stamp(), next);
        assertEquals(1, store.read(file).partners().size());
    }

    @Test
    void aFileChangedByAnotherSinceItWasReadIsNotOverwritten() throws Exception {
        Path file = dir.resolve("a.koers");
        store.write(Dossier.titled("eerste"), file);
        OpenedDossier mine = store.open(file);
        // another process saves the same file in between
        store.write(Dossier.titled("eerste").withPartner(Partner.of("UWV", Role.CORE)), file);
        byte[] theirs = Files.readAllBytes(file);

        SaveFailedException refused = assertThrows(SaveFailedException.class,
                () -> store.save(mine.dossier().withPartner(Partner.of("Gemeente", Role.CORE)), file, mine.stamp()));

        assertEquals(Kind.CHANGED_ON_DISK, refused.problem().kind());
        assertArrayEquals(theirs, Files.readAllBytes(file));
        assertEquals(1, refused.message(java.util.Locale.of("nl")).split("gewijzigd").length - 1);
    }

    @Test
    void theStampOfOneSaveIsWhatTheNextSaveExpects() throws Exception {
        Path file = dir.resolve("a.koers");
        FileStamp first = store.save(Dossier.titled("een"), file, null);
        FileStamp second = store.save(Dossier.titled("twee"), file, first);
        store.save(Dossier.titled("drie"), file, second);

        assertThrows(SaveFailedException.class, () -> store.save(Dossier.titled("vier"), file, first));
        assertEquals("drie", store.read(file).title());
    }

    @Test
    void aFileThatIsGoneIsWrittenAnew() throws Exception {
        Path file = dir.resolve("a.koers");
        OpenedDossier opened;
        store.write(Dossier.titled("een"), file);
        opened = store.open(file);
        Files.delete(file);

        store.save(opened.dossier(), file, opened.stamp());

        assertEquals("een", store.read(file).title());
    }
}
