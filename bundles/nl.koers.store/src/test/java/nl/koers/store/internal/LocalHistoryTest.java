package nl.koers.store.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.koers.domain.Dossier;
import nl.koers.store.HistoryEntry;

/** Every save keeps the version it replaces, in the data folder, the last N, newest first. */
class LocalHistoryTest {
    @TempDir
    Path dir;

    private Path data() {
        return dir.resolve("data");
    }

    /** Saves {@code title} as the next version, one minute after the previous, as a user would. */
    private static void save(JsonDossierStore store, Dossier d, Path file, int minute) throws Exception {
        store.write(d, file);
        Files.setLastModifiedTime(file, FileTime.from(Instant.parse("2026-11-20T10:00:00Z").plusSeconds(60L * minute)));
    }

    @Test
    void eachSaveKeepsTheVersionItReplacesNewestFirst() throws Exception {
        JsonDossierStore store = new JsonDossierStore(data(), 20);
        FileLocalHistory history = new FileLocalHistory(data(), 20);
        Path file = Files.createDirectories(dir.resolve("werk")).resolve("samenwerking.koers");
        Dossier first = Dossier.titled("eerste");
        save(store, first, file, 0);
        assertTrue(history.entries(file).isEmpty(), "a new file replaces nothing");
        byte[] firstBytes = Files.readAllBytes(file);
        save(store, Dossier.titled("tweede"), file, 1);
        save(store, Dossier.titled("derde"), file, 2);

        List<HistoryEntry> entries = history.entries(file);
        assertEquals(2, entries.size());
        assertEquals("tweede", history.read(entries.get(0)).title());
        assertEquals("eerste", history.read(entries.get(1)).title());
        assertEquals(Instant.parse("2026-11-20T10:01:00Z"), entries.get(0).savedAt(), "when that version was saved");
        assertEquals(Instant.parse("2026-11-20T10:00:00Z"), entries.get(1).savedAt());
        assertArrayEquals(firstBytes, Files.readAllBytes(entries.get(1).copy()), "kept byte for byte");
        assertEquals(firstBytes.length, entries.get(1).size());
        assertEquals(file.toAbsolutePath(), entries.get(0).dossier());
        assertEquals("derde", store.read(file).title());
        for (HistoryEntry e : entries) {
            assertTrue(e.copy().startsWith(data().resolve("history")), "never next to the user's file: " + e.copy());
        }
        try (Stream<Path> s = Files.list(file.getParent())) {
            assertEquals(List.of(file), s.toList());
        }
    }

    @Test
    void onlyTheLastNAreKept() throws Exception {
        JsonDossierStore store = new JsonDossierStore(data(), 3);
        Path file = dir.resolve("d.koers");
        for (int i = 0; i < 8; i++) {
            save(store, Dossier.titled("versie " + i), file, i);
        }
        List<HistoryEntry> entries = new FileLocalHistory(data(), 3).entries(file);
        assertEquals(List.of("versie 6", "versie 5", "versie 4"),
                entries.stream().map(e -> title(store, e)).toList());
        try (Stream<Path> s = Files.list(entries.get(0).copy().getParent())) {
            assertEquals(4, s.count(), "three copies and the note of which file they belong to");
        }
    }

    private static String title(JsonDossierStore store, HistoryEntry e) {
        try {
            return store.read(e.copy()).title();
        } catch (Exception x) {
            throw new IllegalStateException(x);
        }
    }

    @Test
    void savingTheSameContentAgainDoesNotFillTheHistory() throws Exception {
        JsonDossierStore store = new JsonDossierStore(data(), 20);
        Path file = dir.resolve("d.koers");
        Dossier d = Dossier.titled("zelfde");
        save(store, d, file, 0);
        save(store, d, file, 1);
        save(store, d, file, 2);
        save(store, d, file, 3);
        assertEquals(1, store.history().entries(file).size());
    }

    @Test
    void twoVersionsWithTheSameTimeAreBothKeptInOrder() throws Exception {
        JsonDossierStore store = new JsonDossierStore(data(), 20);
        Path file = dir.resolve("d.koers");
        for (int i = 0; i < 12; i++) {
            save(store, Dossier.titled("v" + i), file, 0);
        }
        List<HistoryEntry> entries = store.history().entries(file);
        assertEquals(11, entries.size());
        assertEquals("v10", title(store, entries.get(0)));
        assertEquals("v0", title(store, entries.get(10)));
    }

    @Test
    void dossiersWithTheSameNameInOtherFoldersHaveTheirOwnHistory() throws Exception {
        JsonDossierStore store = new JsonDossierStore(data(), 20);
        Path a = Files.createDirectories(dir.resolve("a")).resolve("d.koers");
        Path b = Files.createDirectories(dir.resolve("b")).resolve("d.koers");
        save(store, Dossier.titled("a1"), a, 0);
        save(store, Dossier.titled("a2"), a, 1);
        save(store, Dossier.titled("b1"), b, 0);
        save(store, Dossier.titled("b2"), b, 1);
        save(store, Dossier.titled("b3"), b, 2);
        assertEquals(List.of("a1"), store.history().entries(a).stream().map(e -> title(store, e)).toList());
        assertEquals(List.of("b2", "b1"), store.history().entries(b).stream().map(e -> title(store, e)).toList());
        assertEquals(store.history().entries(a), store.history().entries(dir.resolve("a/../a/d.koers")),
                "the same file by another path");
    }

    @Test
    void aStoreWithoutDataFolderKeepsNoHistoryAndAnUnwritableHistoryDoesNotStopASave() throws Exception {
        Path file = dir.resolve("d.koers");
        JsonDossierStore plain = new JsonDossierStore();
        plain.write(Dossier.titled("1"), file);
        plain.write(Dossier.titled("2"), file);
        assertTrue(plain.history().entries(file).isEmpty());
        assertFalse(Files.exists(data()));

        Path blocked = Files.writeString(dir.resolve("blocked"), "a file where the data folder should be");
        JsonDossierStore store = new JsonDossierStore(blocked, 20);
        store.write(Dossier.titled("3"), file);
        assertEquals("3", store.read(file).title());
        assertTrue(new FileLocalHistory(blocked, 20).entries(file).isEmpty());
    }

    @Test
    void aCopyThatACrashCutShortIsNeverListedAndIsCleanedUp() throws Exception {
        JsonDossierStore store = new JsonDossierStore(data(), 20);
        Path file = dir.resolve("d.koers");
        save(store, Dossier.titled("1"), file, 0);
        save(store, Dossier.titled("2"), file, 1);
        Path folder = store.history().entries(file).get(0).copy().getParent();
        Path part = Files.writeString(folder.resolve("1763632800000.koers.part"), "{\"format\":");
        assertEquals(1, store.history().entries(file).size());
        save(store, Dossier.titled("3"), file, 2);
        assertFalse(Files.exists(part));
        assertEquals(2, store.history().entries(file).size());
    }

    @Test
    void aPrivateDossiersHistoryIsAsPrivateAndItsFoldersAreTheOwnersOnly() throws Exception {
        // as an earlier Koers left it: open to everyone
        Path history = Files.createDirectories(data().resolve("history"));
        Files.setPosixFilePermissions(history, PosixFilePermissions.fromString("rwxr-xr-x"));
        JsonDossierStore store = new JsonDossierStore(data(), 20);
        Path file = dir.resolve("geheim.koers");
        save(store, Dossier.titled("eerste"), file, 0);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        save(store, Dossier.titled("tweede"), file, 1);
        Path copy = store.history().entries(file).get(0).copy();
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(copy)));
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(history)), "tightened");
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(copy.getParent())));
        try (Stream<Path> s = Files.list(copy.getParent())) {
            for (Path kept : s.toList()) {
                assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(kept)), kept.toString());
            }
        }

        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r-----"));
        save(store, Dossier.titled("derde"), file, 2);
        assertEquals("rw-r-----", PosixFilePermissions.toString(Files.getPosixFilePermissions(
                store.history().entries(file).get(0).copy())), "a copy has its dossier's own permissions");
    }

    @Test
    void whereTheFileSystemHasNoPermissionsHistoryIsStillKept() throws Exception {
        // a zip file system knows no POSIX permissions, as a FAT stick or some network shares do not
        try (FileSystem zip = FileSystems.newFileSystem(dir.resolve("data.zip"), Map.of("create", "true"))) {
            Path data = zip.getPath("/koers");
            assertFalse(zip.supportedFileAttributeViews().contains("posix"));
            JsonDossierStore store = new JsonDossierStore(data, 20);
            Path file = dir.resolve("d.koers");
            save(store, Dossier.titled("eerste"), file, 0);
            save(store, Dossier.titled("tweede"), file, 1);
            assertEquals(List.of("eerste"), store.history().entries(file).stream().map(e -> title(store, e)).toList());
        }
    }
}
