package nl.koers.store.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.koers.store.DossierLock;
import nl.koers.store.DossierLockedException;
import nl.koers.store.LockHolder;

/** Locks between windows, between processes, and after a crash. */
class DossierLocksTest {
    @TempDir
    Path dir;

    private final FileDossierLocks locks = new FileDossierLocks();

    private Path dossier() throws Exception {
        return Files.writeString(dir.resolve("samenwerking.koers"), "{}");
    }

    private List<Path> files() throws Exception {
        try (Stream<Path> s = Files.list(dir)) {
            return s.sorted().toList();
        }
    }

    @Test
    void aSecondLockInThisProcessFailsAndSaysItIsThisProcess() throws Exception {
        Path file = dossier();
        try (DossierLock lock = locks.lock(file)) {
            assertEquals(file.toAbsolutePath(), lock.dossier());
            assertTrue(Files.exists(dir.resolve(".samenwerking.koers.lock")));
            DossierLockedException e = assertThrows(DossierLockedException.class, () -> locks.lock(file));
            LockHolder h = e.holder();
            assertTrue(h.thisProcess());
            assertEquals(ProcessHandle.current().pid(), h.pid());
            assertEquals(System.getProperty("user.name"), h.user());
            assertTrue(e.message(Locale.of("nl")).contains("al geopend in een ander venster"), e.message(Locale.of("nl")));
            assertThrows(DossierLockedException.class, () -> new FileDossierLocks().lock(dir.resolve("./samenwerking.koers")),
                    "another instance, another spelling of the path: still the same lock");
        }
        assertEquals(List.of(dir.resolve("samenwerking.koers")), files(), "closing removes the lock file");
        locks.lock(file).close();
    }

    @Test
    void closingTwiceIsHarmlessAndDoesNotRemoveSomeoneElsesLock() throws Exception {
        Path file = dossier();
        DossierLock first = locks.lock(file);
        first.close();
        DossierLock second = locks.lock(file);
        first.close();
        assertThrows(DossierLockedException.class, () -> locks.lock(file), "the second lock is still held");
        second.close();
        second.close();
        assertEquals(1, files().size());
    }

    @Test
    void aLockHeldByAnotherRunningProcessIsRespectedAndAKilledOneIsTakenOver() throws Exception {
        Path file = dossier();
        ChildKoers child = ChildKoers.start("lock", file.toString());
        try {
            DossierLockedException e = assertThrows(DossierLockedException.class, () -> locks.lock(file));
            assertFalse(e.holder().thisProcess());
            assertEquals(child.pid(), e.holder().pid());
            assertEquals(ProcessIdentity.hostName(), e.holder().host());
            String nl = e.message(Locale.of("nl"));
            assertTrue(nl.contains("samenwerking.koers is geopend door " + e.holder().user() + " op " + e.holder().host()
                    + " (proces " + child.pid() + ")"), nl);
            assertTrue(e.message(Locale.ENGLISH).contains("You can only read it while it is open there"));
        } finally {
            child.kill();
        }
        try (DossierLock lock = locks.lock(file)) {
            assertEquals(file.toAbsolutePath(), lock.dossier());
            String content = Files.readString(dir.resolve(".samenwerking.koers.lock"));
            assertTrue(content.contains("pid=" + ProcessHandle.current().pid()), content);
        }
        assertEquals(1, files().size(), "nothing left of the stale lock");
    }

    /** A lock file as another process would have left it. */
    private Path lockFileOf(Path file, ProcessIdentity holder) throws Exception {
        Path lockFile = LockFile.next(file);
        Files.write(lockFile, new LockFile(holder, Instant.parse("2026-11-20T09:00:00Z")).bytes());
        return lockFile;
    }

    @Test
    void aPidNowUsedByAnotherProcessIsNotTheHolder() throws Exception {
        Path file = dossier();
        // pid 1 runs, but it started long before the holder said its process started
        ProcessHandle init = ProcessHandle.of(1).orElseThrow();
        Instant initStart = init.info().startInstant().orElseThrow();
        lockFileOf(file, new ProcessIdentity("anne", ProcessIdentity.hostName(), 1, initStart.plusSeconds(3600)));
        locks.lock(file).close();

        lockFileOf(file, new ProcessIdentity("anne", ProcessIdentity.hostName(), 1, initStart));
        assertEquals(1, assertThrows(DossierLockedException.class, () -> locks.lock(file)).holder().pid(),
                "the same pid with the same start time is the holder itself");
    }

    @Test
    void aLockFromAnotherComputerIsNeverTakenOver() throws Exception {
        Path file = dossier();
        lockFileOf(file, new ProcessIdentity("bert", "laptop-van-bert", 4242, Instant.parse("2026-11-20T08:00:00Z")));
        LockHolder h = assertThrows(DossierLockedException.class, () -> locks.lock(file)).holder();
        assertEquals(new LockHolder("bert", "laptop-van-bert", 4242, Instant.parse("2026-11-20T09:00:00Z"), false), h);
    }

    @Test
    void aGarbledLockThatNobodyHoldsIsTakenOverAndOneBeingWrittenIsRespected() throws Exception {
        Path file = dossier();
        Files.writeString(LockFile.next(file), "half");
        try (DossierLock lock = locks.lock(file)) {
            assertTrue(Files.readString(LockFile.next(file)).contains("pid=" + ProcessHandle.current().pid()));
            // a holder that is still writing its name: whoever asks is told the dossier is being opened
            Files.writeString(LockFile.next(file), "");
            DossierLockedException e = assertThrows(DossierLockedException.class, () -> locks.lock(file));
            assertTrue(e.message(Locale.of("nl")).contains("wordt op dit moment geopend"), e.message(Locale.of("nl")));
        }
    }

    @Test
    void manyThreadsRacingForOneStaleLockLeaveExactlyOneHolder() throws Exception {
        Path file = dossier();
        for (int round = 0; round < 20; round++) {
            lockFileOf(file, new ProcessIdentity("weg", ProcessIdentity.hostName(), Long.MAX_VALUE - round, null));
            int threads = 6;
            CountDownLatch start = new CountDownLatch(1);
            ConcurrentLinkedQueue<DossierLock> held = new ConcurrentLinkedQueue<>();
            List<Thread> racers = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                // each racer is its own instance, as separate windows or processes would be
                FileDossierLocks own = new FileDossierLocks();
                Thread racer = new Thread(() -> {
                    try {
                        start.await();
                        held.add(own.lock(file));
                    } catch (DossierLockedException | InterruptedException e) {
                        // lost the race: that is the point
                    }
                });
                racer.start();
                racers.add(racer);
            }
            start.countDown();
            for (Thread r : racers) {
                r.join();
            }
            assertEquals(1, held.size(), "round " + round);
            held.forEach(DossierLock::close);
            assertEquals(1, files().size(), "round " + round + ": " + files());
        }
    }

    /** Refused, with a message that names the lock file; nothing is written through it. */
    private void refusedBecauseOf(Path file, Path lockFile) {
        DossierLockedException e = assertTimeoutPreemptively(OddFilesTest.AT_ONCE,
                () -> assertThrows(DossierLockedException.class, () -> locks.lock(file)));
        assertFalse(e.holder().thisProcess());
        assertTrue(e.message(Locale.of("nl")).contains("het slotbestand " + lockFile + " is geen gewoon bestand"),
                e.message(Locale.of("nl")));
        assertTrue(e.message(Locale.ENGLISH).contains("its lock file " + lockFile + " is not an ordinary file"),
                e.message(Locale.ENGLISH));
    }

    @Test
    void aLockFileThatIsALinkIsNeverWrittenThroughNorMakesTheFileItNames() throws Exception {
        Path file = dossier();
        Path victim = Files.writeString(dir.resolve("belangrijk.txt"), "niet overschrijven");
        byte[] before = Files.readAllBytes(victim);
        Path lockFile = Files.createSymbolicLink(LockFile.next(file), victim);
        refusedBecauseOf(file, lockFile);
        assertArrayEquals(before, Files.readAllBytes(victim));
        assertTrue(Files.isSymbolicLink(lockFile), "left as it was found");

        Files.delete(lockFile);
        Path nowhere = dir.resolve("nieuw.txt");
        Files.createSymbolicLink(lockFile, nowhere);
        refusedBecauseOf(file, lockFile);
        assertFalse(Files.exists(nowhere, LinkOption.NOFOLLOW_LINKS));
    }

    @Test
    void aLockFileThatIsAFolderAPipeOrASecondNameOfAnotherFileIsRefused() throws Exception {
        Path file = dossier();
        Path lockFile = LockFile.next(file);
        Files.createDirectory(lockFile);
        refusedBecauseOf(file, lockFile);
        Files.delete(lockFile);

        OddFilesTest.fifo(lockFile);
        refusedBecauseOf(file, lockFile);
        Files.delete(lockFile);

        Path victim = Files.writeString(dir.resolve("belangrijk.txt"), "niet overschrijven");
        Files.createLink(lockFile, victim);
        refusedBecauseOf(file, lockFile);
        assertEquals("niet overschrijven", Files.readString(victim));
    }
}
