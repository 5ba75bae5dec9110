package nl.koers.document.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.koers.document.Document;
import nl.koers.document.observer.DossierObserver;
import nl.koers.domain.Dossier;
import nl.koers.domain.Partner;
import nl.koers.domain.Role;
import nl.koers.domain.edit.Edits;
import nl.koers.store.internal.FileDossierLocks;
import nl.koers.store.internal.FileLocalHistory;
import nl.koers.store.internal.FileRecoveryStore;
import nl.koers.store.internal.JsonDossierStore;

/** Observers of opens and saves on real files: they hear after the fact, and cannot hold up or break a save. */
class DossierObserversTest {
    private static final Duration LIMIT = Duration.ofMillis(300);

    @TempDir
    Path dir;

    private JsonDossierStore store;
    private Registry documents;
    private final List<String> logged = new CopyOnWriteArrayList<>();

    /** What an observer heard, and on which thread. */
    private record Heard(String what, Path file, Dossier dossier, Thread thread) {
    }

    private static final class Listening implements DossierObserver {
        final BlockingQueue<Heard> heard = new LinkedBlockingQueue<>();

        @Override
        public void opened(Path file, Dossier dossier) {
            heard.add(new Heard("opened", file, dossier, Thread.currentThread()));
        }

        @Override
        public void saved(Path file, Dossier dossier) {
            heard.add(new Heard("saved", file, dossier, Thread.currentThread()));
        }

        Heard next() throws InterruptedException {
            Heard h = heard.poll(10, TimeUnit.SECONDS);
            assertTrue(h != null, "the observer heard nothing");
            return h;
        }
    }

    @BeforeEach
    void setUp() {
        Path data = dir.resolve("data");
        store = new JsonDossierStore(data, 20);
        documents = new Registry(store, new FileRecoveryStore(data), new FileLocalHistory(data, 20),
                new FileDossierLocks(), 0, (what, error) -> logged.add(what + " " + error), LIMIT);
    }

    @AfterEach
    void tearDown() {
        documents.deactivate();
    }

    private Path dossierFile() throws Exception {
        Path file = dir.resolve("samenwerking.koers");
        store.write(Dossier.titled("Samenwerking"), file);
        return file;
    }

    @Test
    void anObserverHearsOpenAndSaveWithTheDossierAsItWasOnAThreadOfItsOwn() throws Exception {
        Listening listening = new Listening();
        documents.addObserver(listening);
        Path file = dossierFile();
        Document doc = documents.open(file);
        try {
            Heard opened = listening.next();
            assertEquals("opened", opened.what());
            assertEquals(file, opened.file());
            assertEquals("Samenwerking", opened.dossier().title());
            assertNotEquals(Thread.currentThread(), opened.thread());

            doc.apply(Edits.addPartner(Partner.of("Gemeente", Role.CORE))).join();
            doc.save().join();
            Heard saved = listening.next();
            assertEquals("saved", saved.what());
            assertEquals(file, saved.file());
            assertEquals("Gemeente", saved.dossier().partners().get(0).name());
            assertTrue(saved.thread().getName().startsWith("koers-dossier-observer"), saved.thread().getName());
        } finally {
            doc.close();
        }
        documents.removeObserver(listening);
        documents.open(file).close();
        assertEquals(null, listening.heard.poll(500, TimeUnit.MILLISECONDS), "removed: it hears no more");
    }

    @Test
    void anObserverThatThrowsIsLoggedAndTheSaveAndTheOthersGoOn() throws Exception {
        documents.addObserver(new DossierObserver() {
            @Override
            public void saved(Path file, Dossier dossier) {
                throw new IllegalStateException("kapot");
            }
        });
        Listening listening = new Listening();
        documents.addObserver(listening);
        Path file = dossierFile();
        Document doc = documents.open(file);
        try {
            listening.next();
            doc.apply(Edits.addPartner(Partner.of("Gemeente", Role.CORE))).join();
            assertTrue(doc.save().join().file().isPresent());
            assertEquals("saved", listening.next().what());
            assertEquals("Gemeente", store.open(file).dossier().partners().get(0).name(), "the file is saved");
            assertFalse(doc.state().dirty(), "the document knows it is saved");
        } finally {
            doc.close();
        }
        // the observers are told side by side: the other one may have heard before this failure is logged
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (logged.stream().noneMatch(l -> l.contains("failed on: saved")) && System.nanoTime() < until) {
            Thread.sleep(10);
        }
        assertTrue(logged.stream().anyMatch(l -> l.contains("failed on: saved") && l.contains("kapot")),
                logged.toString());
    }

    @Test
    void aSlowObserverHoldsUpNothingIsInterruptedAtItsLimitAndOneThatHangsIsSkipped() throws Exception {
        CountDownLatch interrupted = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        documents.addObserver(new DossierObserver() {
            @Override
            public void opened(Path file, Dossier dossier) {
                try {
                    Thread.sleep(60_000);
                } catch (InterruptedException e) {
                    interrupted.countDown();
                }
            }

            @Override
            public void saved(Path file, Dossier dossier) {
                // ignores interruption: it hangs until the test lets it go
                while (release.getCount() > 0) {
                    try {
                        release.await();
                    } catch (InterruptedException e) {
                        // keeps hanging
                    }
                }
            }
        });
        Listening listening = new Listening();
        documents.addObserver(listening);
        Path file = dossierFile();
        long start = System.nanoTime();
        Document doc = documents.open(file);
        try {
            listening.next();
            assertTrue(interrupted.await(5, TimeUnit.SECONDS), "interrupted at its limit");
            doc.apply(Edits.addPartner(Partner.of("Gemeente", Role.CORE))).join();
            doc.save().join();
            assertEquals("saved", listening.next().what());
            doc.apply(Edits.addPartner(Partner.of("School", Role.CORE))).join();
            doc.save().join();
            assertEquals("saved", listening.next().what(), "the others keep hearing while one hangs");
            assertEquals(2, store.open(file).dossier().partners().size());
        } finally {
            doc.close();
        }
        assertTrue(System.nanoTime() - start < TimeUnit.SECONDS.toNanos(10), "nothing waited for the observers");
        assertTrue(logged.stream().anyMatch(l -> l.contains("took longer than")), logged.toString());
        assertTrue(logged.stream().anyMatch(l -> l.contains("still busy")), "the hanging one was skipped: " + logged);
        release.countDown();
    }
}
