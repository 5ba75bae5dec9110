package nl.koers.store.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.koers.domain.Dossier;
import nl.koers.domain.Partner;
import nl.koers.domain.Role;
import nl.koers.store.Problem.Kind;
import nl.koers.store.SaveFailedException;

/**
 * Saves that cannot happen, on real disks: each says what, where and that nothing was lost; the file that was there
 * stays byte for byte; no temp file is left; and the same dossier can then be saved elsewhere.
 */
class SaveFailuresTest {
    private static final Locale NL = Locale.of("nl");

    @TempDir
    Path dir;

    private JsonDossierStore store() {
        return new JsonDossierStore(dir.resolve("data"), 20);
    }

    /** A dossier big enough not to fit on a full disk. */
    private static Dossier big(String title, int partners) {
        List<Partner> list = new ArrayList<>();
        for (int i = 0; i < partners; i++) {
            list.add(new Partner("p" + i, "Partner " + i + " " + "x".repeat(200), Role.CORE, List.of(),
                    "essentie ".repeat(50), List.of(), List.of(), List.of(), List.of()));
        }
        Dossier d = Dossier.titled(title);
        return new Dossier(d.id(), title, "", "", null, null, list, d.ambition(), List.of(), java.util.Map.of(),
                java.util.Map.of(), List.of());
    }

    private static List<Path> filesIn(Path folder) throws Exception {
        try (Stream<Path> s = Files.list(folder)) {
            return s.sorted().toList();
        }
    }

    /** The user's file as it was before the failed save. */
    private record Existing(Path file, byte[] bytes) {
        static Existing savedIn(JsonDossierStore store, Path folder) throws Exception {
            Path file = folder.resolve("dossier.koers");
            store.write(big("eerste", 1), file);
            return new Existing(file, Files.readAllBytes(file));
        }

        void assertUntouched() throws Exception {
            assertArrayEquals(bytes, Files.readAllBytes(file), "the user's file is byte for byte as it was");
        }
    }

    private void retryElsewhereWorks(JsonDossierStore store, Dossier unsaved) throws Exception {
        Path elsewhere = dir.resolve("elders.koers");
        store.write(unsaved, elsewhere);
        assertEquals(unsaved, store.read(elsewhere));
    }

    @Test
    void aFullDiskLeavesTheFileAsItWasAndNoTempFile() throws Exception {
        JsonDossierStore store = store();
        try (SmallDisk disk = SmallDisk.mount(dir.resolve("stick"), 64)) {
            Existing existing = Existing.savedIn(store, disk.root());
            Path file = existing.file();
            disk.fill();
            List<Path> present = filesIn(disk.root());
            Dossier unsaved = big("tweede", 40);
            SaveFailedException e = assertThrows(SaveFailedException.class, () -> store.write(unsaved, file));
            assertEquals(Kind.DISK_FULL, e.problem().kind());
            assertEquals(file.toString(), e.problem().file());
            String nl = e.message(NL);
            assertTrue(nl.startsWith(file + ": niet opgeslagen: de schijf is vol."), nl);
            assertTrue(nl.contains("niet veranderd") && nl.contains("niets kwijt"), nl);
            assertTrue(e.message(Locale.ENGLISH).contains("the disk is full"), e.message(Locale.ENGLISH));
            existing.assertUntouched();
            assertEquals(present, filesIn(disk.root()), "no temp file left");
            assertTrue(store.history().entries(file).isEmpty(), "a save that failed keeps no version");
            retryElsewhereWorks(store, unsaved);
        }
    }

    @Test
    void aReadOnlyDiskIsNamedAsSuch() throws Exception {
        JsonDossierStore store = store();
        try (SmallDisk disk = SmallDisk.mount(dir.resolve("cd"), 64)) {
            Existing existing = Existing.savedIn(store, disk.root());
            disk.remountReadOnly();
            SaveFailedException e = assertThrows(SaveFailedException.class,
                    () -> store.write(big("x", 2), existing.file()));
            assertEquals(Kind.NOT_WRITABLE, e.problem().kind());
            assertTrue(e.message(NL).contains("de schijf kan alleen gelezen worden"), e.message(NL));
            existing.assertUntouched();
            assertEquals(List.of(existing.file()), filesIn(disk.root()));
        }
    }

    @Test
    void aFolderWithoutWritePermissionLeavesTheFileAsItWas() throws Exception {
        JsonDossierStore store = store();
        Path folder = Files.createDirectories(dir.resolve("van-een-ander"));
        Existing existing = Existing.savedIn(store, folder);
        Path file = existing.file();
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("r-xr-xr-x"));
        // root may write anyway; the kernel's immutable flag then refuses even root, with EPERM instead of EACCES
        boolean immutable = canStillWrite(folder);
        try {
            if (immutable) {
                System.out.println("running as root: chmod does not stop writes, so the folder is made immutable (chattr +i)");
                org.junit.jupiter.api.Assumptions.assumeTrue(SmallDisk.run("chattr", "+i", folder.toString()) == 0,
                        "running as root on a file system without chattr +i: nothing here refuses root a write");
            }
            Dossier unsaved = big("tweede", 3);
            SaveFailedException e = assertThrows(SaveFailedException.class, () -> store.write(unsaved, file));
            assertEquals(Kind.NO_PERMISSION, e.problem().kind());
            assertTrue(e.message(NL).contains("u mag niet schrijven in de map " + folder), e.message(NL));
            assertTrue(e.message(Locale.ENGLISH).contains("you may not write in the folder " + folder));
            existing.assertUntouched();
            assertEquals(List.of(file), filesIn(folder));
            retryElsewhereWorks(store, unsaved);
        } finally {
            if (immutable) {
                SmallDisk.run("chattr", "-i", folder.toString());
            }
            Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    private static boolean canStillWrite(Path folder) {
        try {
            Files.delete(Files.createFile(folder.resolve("probe")));
            return true;
        } catch (Exception e) {
            return false;
        }
    }

    @Test
    void aFolderThatDisappearedSaysSoAndCreatesNothing() throws Exception {
        JsonDossierStore store = store();
        Path stick = Files.createDirectories(dir.resolve("usb"));
        Path file = stick.resolve("dossier.koers");
        store.write(big("eerste", 1), file);
        Files.delete(file);
        Files.delete(stick);
        Dossier unsaved = big("tweede", 2);
        SaveFailedException e = assertThrows(SaveFailedException.class, () -> store.write(unsaved, file));
        assertEquals(Kind.FOLDER_MISSING, e.problem().kind());
        assertTrue(e.message(NL).contains("de map " + stick + " bestaat niet (meer)"), e.message(NL));
        assertFalse(Files.exists(stick), "the store does not make the folder again somewhere unexpected");
        retryElsewhereWorks(store, unsaved);
    }

    @Test
    void aFolderThatDisappearsHalfwayThroughTheSaveIsReportedAsSuch() throws Exception {
        Path stick = Files.createDirectories(dir.resolve("usb"));
        Path file = stick.resolve("dossier.koers");
        SaveFailedException e = assertThrows(SaveFailedException.class,
                () -> AtomicWrite.write(new byte[] {'{', '}'}, file, target -> pullOut(stick)));
        assertEquals(Kind.FOLDER_MISSING, e.problem().kind());
        assertFalse(Files.exists(stick));
    }

    /** The stick is pulled out: the folder and what was in it are gone. */
    private static void pullOut(Path folder) {
        try (Stream<Path> s = Files.list(folder)) {
            for (Path p : s.toList()) {
                Files.delete(p);
            }
            Files.delete(folder);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aFolderWhereTheFileShouldBeIsNotOverwritten() throws Exception {
        Path file = Files.createDirectories(dir.resolve("dossier.koers"));
        Files.writeString(file.resolve("inhoud.txt"), "blijft");
        SaveFailedException e = assertThrows(SaveFailedException.class, () -> store().write(big("x", 1), file));
        assertEquals(Kind.NOT_WRITABLE, e.problem().kind());
        assertTrue(e.message(NL).contains("er staat een map met deze naam"), e.message(NL));
        assertEquals("blijft", Files.readString(file.resolve("inhoud.txt")));
    }

    @Test
    void aFileWhereTheFolderShouldBeIsNamed() throws Exception {
        Path notAFolder = Files.writeString(dir.resolve("geen-map"), "x");
        SaveFailedException e = assertThrows(SaveFailedException.class,
                () -> store().write(big("x", 1), notAFolder.resolve("dossier.koers")));
        assertEquals(Kind.NOT_WRITABLE, e.problem().kind());
        assertTrue(e.message(NL).contains("wat de map zou moeten zijn, is een bestand"), e.message(NL));
        assertEquals("x", Files.readString(notAFolder));
    }

    @Test
    void aTempFileThatACrashLeftBehindIsRemovedByTheNextSaveButOneInProgressIsNot() throws Exception {
        Path file = dir.resolve("d.koers");
        Path old = Files.writeString(dir.resolve(".d.koers.1a2b.saving"), "half");
        Files.setLastModifiedTime(old, java.nio.file.attribute.FileTime.from(java.time.Instant.now().minusSeconds(3600)));
        Path busy = Files.writeString(dir.resolve(".d.koers.3c4d.saving"), "being written");
        Path otherFile = Files.writeString(dir.resolve(".e.koers.5e6f.saving"), "someone else's");
        Files.setLastModifiedTime(otherFile, Files.getLastModifiedTime(old));
        store().write(big("x", 1), file);
        assertFalse(Files.exists(old));
        assertTrue(Files.exists(busy));
        assertTrue(Files.exists(otherFile));
    }
}
