package nl.koers.store.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.koers.domain.Dossier;
import nl.koers.store.DossierFileException;
import nl.koers.store.Problem.Kind;
import nl.koers.store.RecoveryCopy;

/** Recovery copies: written aside, offered only after the writing process is gone, and only when they add something. */
class RecoveryStoreTest {
    @TempDir
    Path dir;

    private Path data() {
        return dir.resolve("data");
    }

    private Dossier sample() throws Exception {
        return new JsonDossierStore().read(getClass().getResourceAsStream("v1/voorbeeld-jongeren-aan-het-werk.koers"),
                "voorbeeld");
    }

    @Test
    void aCopyOfThisRunningProcessIsNotOfferedAndReadsBackWhole() throws Exception {
        FileRecoveryStore recovery = new FileRecoveryStore(data());
        Path origin = Files.writeString(dir.resolve("d.koers"), "{}");
        Files.setLastModifiedTime(origin, FileTime.from(Instant.now().minusSeconds(600)));
        Dossier d = sample();
        recovery.save("venster-1", origin, d);
        recovery.save("venster-1", origin, d);
        assertTrue(recovery.pending().isEmpty(), "this Koers still runs: its copies are its own");
        try (Stream<Path> s = Files.list(data().resolve("recovery"))) {
            assertEquals(1, s.count(), "one copy per session, replaced each time");
        }
        assertEquals("{}", Files.readString(origin), "the user's file is never touched");
        RecoveryCopy mine = new RecoveryCopy("venster-1", Optional.of(origin), Instant.now(), "", 0, 0, 0, 0);
        assertEquals(d, recovery.read(mine));
    }

    @Test
    void afterACrashTheNewerCopiesAreOfferedNewestFirstWithASummary() throws Exception {
        Path origin = Files.writeString(dir.resolve("samenwerking.koers"), "{}");
        Files.setLastModifiedTime(origin, FileTime.from(Instant.now().minusSeconds(600)));
        ChildKoers first = ChildKoers.start("recover", data().toString(), "sessie-1", origin.toString(), "Met bestand");
        first.kill();
        ChildKoers second = ChildKoers.start("recover", data().toString(), "sessie-2", "-", "Nooit opgeslagen");
        try {
            assertTrue(new FileRecoveryStore(data()).pending().stream().noneMatch(c -> c.sessionKey().equals("sessie-2")),
                    "the second Koers still runs");
        } finally {
            second.kill();
        }
        FileRecoveryStore recovery = new FileRecoveryStore(data());
        List<RecoveryCopy> pending = recovery.pending();
        assertEquals(List.of("sessie-2", "sessie-1"), pending.stream().map(RecoveryCopy::sessionKey).toList());
        RecoveryCopy withFile = pending.get(1);
        assertEquals(Optional.of(origin.toAbsolutePath()), withFile.origin());
        assertEquals("Met bestand", withFile.title());
        assertEquals(Optional.empty(), pending.get(0).origin());
        assertTrue(withFile.writtenAt().isBefore(pending.get(0).writtenAt()));
        assertEquals("Nooit opgeslagen", recovery.read(pending.get(0)).title());

        recovery.discard("sessie-2");
        assertEquals(List.of("sessie-1"), recovery.pending().stream().map(RecoveryCopy::sessionKey).toList());
        recovery.discard("sessie-2");
        recovery.discard("nooit-bestaan");
    }

    @Test
    void theSummarySaysWhatTheCopyHolds() throws Exception {
        Dossier d = sample();
        ChildKoers.start("recover", data().toString(), "s", "-", ChildKoers.SAMPLE).kill();
        RecoveryCopy c = new FileRecoveryStore(data()).pending().get(0);
        assertEquals(d.title(), c.title());
        assertEquals(d.partners().size(), c.partners());
        assertEquals(d.partners().stream().mapToInt(p -> p.interests().size()).sum(), c.interests());
        assertEquals(d.partners().stream().mapToInt(p -> p.contributions().size()).sum(), c.contributions());
        assertEquals(d.canvasNotes().size(), c.canvasNotes());
        assertTrue(c.partners() > 0 && c.interests() > 0 && c.contributions() > 0);
    }

    @Test
    void aCopyThatTheSavedFileHasOvertakenIsNotOfferedAndIsCleanedUp() throws Exception {
        Path origin = Files.writeString(dir.resolve("d.koers"), "{}");
        ChildKoers child = ChildKoers.start("recover", data().toString(), "oud", origin.toString(), "x");
        child.kill();
        Files.setLastModifiedTime(origin, FileTime.from(Instant.now().plusSeconds(5)));
        assertTrue(new FileRecoveryStore(data()).pending().isEmpty());
        try (Stream<Path> s = Files.list(data().resolve("recovery"))) {
            assertEquals(0, s.count());
        }
    }

    @Test
    void aSaveRightAfterTheCopyOvertakesItEvenWhenTheFileTimeLooksOlder() throws Exception {
        // found by the kill campaign: a file's time comes from the kernel's coarse clock and can read a few
        // milliseconds before the copy that was written just ahead of the save
        Path origin = dir.resolve("snel.koers");
        new JsonDossierStore().write(sample(), origin);
        ChildKoers.start("recover", data().toString(), "snel", origin.toString(), "x").kill();
        RecoveryCopy copy = new FileRecoveryStore(data()).pending().get(0);
        new JsonDossierStore().write(sample(), origin);
        Files.setLastModifiedTime(origin, FileTime.from(copy.writtenAt().minusMillis(3)));
        assertTrue(new FileRecoveryStore(data()).pending().isEmpty(), "the saved file holds everything the copy does");
    }

    @Test
    void aCopyWhoseFileWasDeletedIsStillOffered() throws Exception {
        Path origin = Files.writeString(dir.resolve("d.koers"), "{}");
        ChildKoers.start("recover", data().toString(), "weg", origin.toString(), "x").kill();
        Files.delete(origin);
        assertEquals(1, new FileRecoveryStore(data()).pending().size());
    }

    @Test
    void damagedOrForeignFilesInTheFolderAreIgnoredAndAMissingCopyIsAClearError() throws Exception {
        FileRecoveryStore recovery = new FileRecoveryStore(data());
        assertTrue(recovery.pending().isEmpty(), "no folder yet");
        Files.createDirectories(data().resolve("recovery"));
        Files.writeString(data().resolve("recovery").resolve("kapot.recovery.json"), "{\"sessionKey\":");
        Files.writeString(data().resolve("recovery").resolve("leesmij.txt"), "hallo");
        assertTrue(recovery.pending().isEmpty());
        RecoveryCopy gone = new RecoveryCopy("weg", Optional.empty(), Instant.now(), "", 0, 0, 0, 0);
        assertThrows(DossierFileException.class, () -> recovery.read(gone));
        assertFalse(Files.exists(dir.resolve("weg")));
    }

    @Test
    void aPipeOrADeviceAmongTheCopiesIsPassedOverAtOnceAndNamedWhenAskedFor() throws Exception {
        Path folder = Files.createDirectories(data().resolve("recovery"));
        OddFilesTest.fifo(folder.resolve(HistoryFolder.hash("pijp") + ".recovery.json"));
        Files.createSymbolicLink(folder.resolve(HistoryFolder.hash("nul") + ".recovery.json"), Path.of("/dev/zero"));
        FileRecoveryStore recovery = new FileRecoveryStore(data());
        assertTimeoutPreemptively(OddFilesTest.AT_ONCE, () -> assertTrue(recovery.pending().isEmpty()));
        RecoveryCopy pipe = new RecoveryCopy("pijp", Optional.empty(), Instant.now(), "", 0, 0, 0, 0);
        assertEquals(Kind.NOT_A_FILE, assertTimeoutPreemptively(OddFilesTest.AT_ONCE,
                () -> assertThrows(DossierFileException.class, () -> recovery.read(pipe))).problem().kind());
    }

    private static String permissions(Path file) throws Exception {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(file));
    }

    @Test
    void aCopyIsAsPrivateAsItsDossierANeverSavedOneIsTheOwnersOnlyAndSoAreTheFolders() throws Exception {
        FileRecoveryStore recovery = new FileRecoveryStore(data());
        Path origin = Files.writeString(dir.resolve("geheim.koers"), "{}");
        Files.setPosixFilePermissions(origin, PosixFilePermissions.fromString("rw-------"));
        recovery.save("met-bestand", origin, Dossier.titled("geheim"));
        recovery.save("nooit-opgeslagen", null, Dossier.titled("nieuw"));
        Path folder = data().resolve("recovery");
        try (Stream<Path> s = Files.list(folder)) {
            List<Path> copies = s.toList();
            assertEquals(2, copies.size());
            for (Path copy : copies) {
                assertEquals("rw-------", permissions(copy), copy.toString());
            }
        }
        assertEquals("rwx------", permissions(folder));
        assertEquals("rwx------", permissions(data()), "the data folder, made by Koers");

        // as an earlier Koers left them: open to everyone
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-xr-x"));
        Files.setPosixFilePermissions(origin, PosixFilePermissions.fromString("rw-r-----"));
        recovery.save("met-bestand", origin, Dossier.titled("gedeeld"));
        assertEquals("rwx------", permissions(folder), "tightened");
        try (Stream<Path> s = Files.list(folder)) {
            assertEquals(List.of("rw-------", "rw-r-----"), s.sorted().map(c -> {
                try {
                    return permissions(c);
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }).sorted().toList(), "a copy has its dossier's own permissions");
        }
    }
}
