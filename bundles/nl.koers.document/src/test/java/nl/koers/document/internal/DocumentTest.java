package nl.koers.document.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.koers.document.Document;
import nl.koers.document.DocumentException;
import nl.koers.document.DocumentState;
import nl.koers.document.DocumentView;
import nl.koers.domain.Dossier;
import nl.koers.domain.Partner;
import nl.koers.domain.Role;
import nl.koers.domain.edit.Edit;
import nl.koers.domain.edit.Edits;
import nl.koers.store.DossierLock;
import nl.koers.store.DossierLockedException;
import nl.koers.store.internal.FileDossierLocks;
import nl.koers.store.internal.FileLocalHistory;
import nl.koers.store.internal.FileRecoveryStore;
import nl.koers.store.internal.JsonDossierStore;

/** Documents on real files, with the real store, recovery copies, history and locks. */
class DocumentTest {
    @TempDir
    Path dir;

    private Path data;
    private JsonDossierStore store;
    private FileRecoveryStore recovery;
    private final FileDossierLocks locks = new FileDossierLocks();
    private Registry documents;

    @BeforeEach
    void setUp() {
        data = dir.resolve("data");
        store = new JsonDossierStore(data, 20);
        recovery = new FileRecoveryStore(data);
        documents = new Registry(store, recovery, new FileLocalHistory(data, 20), locks, 1);
    }

    private Path dossierFile(String title) throws IOException {
        Path file = dir.resolve(title + ".koers");
        store.write(Dossier.titled(title), file);
        return file;
    }

    private static Edit addPartner(String name) {
        return Edits.addPartner(Partner.of(name, Role.CORE));
    }

    private boolean lockable(Path file) {
        try (DossierLock l = locks.lock(file)) {
            return true;
        } catch (DossierLockedException e) {
            return false;
        }
    }

    private List<Path> recoveryCopies() throws IOException {
        Path folder = data.resolve("recovery");
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.toString().endsWith(".recovery.json")).toList();
        }
    }

    @Test
    void oneFileIsOneDocumentAndItsLockGoesWithTheLastFace() throws Exception {
        Path file = dossierFile("tiel");
        Document first = documents.open(file);
        Document second = documents.open(dir.resolve("sub/../tiel.koers"));

        assertSame(first, second);
        assertFalse(lockable(file));
        first.close();
        assertFalse(lockable(file), "the second face still has it");
        second.close();
        assertTrue(lockable(file));
    }

    @Test
    void editsFromManyThreadsAreAllAppliedInOrderAndEverySubscriberSeesEveryStateInOrder() throws Exception {
        Document document = documents.open(dossierFile("tiel"));
        List<Long> seen = new ArrayList<>();
        ExecutorService face = Executors.newSingleThreadExecutor();
        document.subscribe(face, s -> seen.add(s.revision()));
        ExecutorService threads = Executors.newFixedThreadPool(8);
        CountDownLatch go = new CountDownLatch(1);
        List<CompletableFuture<DocumentState>> done = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            String name = "Partner " + i;
            done.add(CompletableFuture.supplyAsync(() -> {
                try {
                    go.await();
                } catch (InterruptedException e) {
                    throw new IllegalStateException(e);
                }
                return document.apply(addPartner(name)).join();
            }, threads));
        }
        go.countDown();
        CompletableFuture.allOf(done.toArray(CompletableFuture[]::new)).join();
        face.submit(() -> null).get(5, TimeUnit.SECONDS);

        assertEquals(200, document.dossier().partners().size());
        assertEquals(200, document.state().revision());
        assertEquals(201, seen.size(), "the state at subscription and one per edit");
        for (int i = 0; i < seen.size(); i++) {
            assertEquals(i, seen.get(i));
        }
        document.close();
        threads.shutdown();
        face.shutdown();
    }

    @Test
    void aSaveHoldsEveryEditAskedForBeforeIt() throws Exception {
        Path file = dossierFile("tiel");
        Document document = documents.open(file);
        document.apply(addPartner("Gemeente Tiel"));
        document.apply(addPartner("UWV"));
        DocumentState saved = document.save().join();

        assertFalse(saved.dirty());
        assertEquals(2, store.read(file).partners().size());
        document.close();
    }

    @Test
    void aFileSavedByAnotherProgramSinceItWasReadIsNotOverwrittenAndTheEditsStay() throws Exception {
        Path file = dossierFile("tiel");
        Document document = documents.open(file);
        document.apply(addPartner("Gemeente Tiel")).join();
        // another program ignores the lock and saves the file
        new JsonDossierStore().write(Dossier.titled("van een ander"), file);
        byte[] theirs = Files.readAllBytes(file);

        CompletionException failed = assertThrows(CompletionException.class, () -> document.save().join());

        DocumentException why = (DocumentException) failed.getCause();
        assertEquals(DocumentException.Kind.CHANGED_ON_DISK, why.kind());
        assertTrue(why.message(Locale.of("nl")).contains("gewijzigd"), why.message(Locale.of("nl")));
        assertArrayEquals(theirs, Files.readAllBytes(file));
        assertTrue(document.state().dirty());
        assertEquals(1, document.dossier().partners().size());
        document.close();
    }

    @Test
    void aPauseInTheEditingWritesARecoveryCopyAndASaveRemovesIt() throws Exception {
        Document document = documents.open(dossierFile("tiel"));
        document.apply(addPartner("Gemeente Tiel")).join();

        waitFor(() -> recoveryCopies().size() == 1);
        document.save().join();
        waitFor(() -> recoveryCopies().isEmpty());
        document.close();
    }

    @Test
    void aRecoveryCopyIsWrittenWhenAskedWithoutWaitingForAPause() throws Exception {
        Registry patient = new Registry(store, recovery, new FileLocalHistory(data, 20), locks, 3600);
        Document document = patient.open(dossierFile("tiel"));
        document.apply(addPartner("Gemeente Tiel")).join();
        assertEquals(List.of(), recoveryCopies(), "an hour's pause has not passed");
        document.keepRecoveryCopy().get(10, java.util.concurrent.TimeUnit.SECONDS);
        assertEquals(1, recoveryCopies().size());
        assertTrue(Files.readString(recoveryCopies().get(0)).contains("Gemeente Tiel"));
        document.close();
        assertEquals(List.of(), recoveryCopies(), "an agreed close leaves none");
        document.keepRecoveryCopy().get(10, java.util.concurrent.TimeUnit.SECONDS); // closed: nothing to keep
    }

    @Test
    void closingWithoutTheUserLeavesACopyOfUnsavedWorkAndAnAgreedCloseDoesNot() throws Exception {
        Document kept = documents.open(dossierFile("tiel"));
        kept.apply(addPartner("Gemeente Tiel")).join();
        kept.closeKeepingRecovery();
        assertEquals(1, recoveryCopies().size());

        Document given = documents.open(dossierFile("buren"));
        given.apply(addPartner("UWV")).join();
        waitFor(() -> recoveryCopies().size() == 2);
        given.close();
        assertEquals(1, recoveryCopies().size());
    }

    @Test
    void aRecoveredCopyIsUnsavedWorkOnTopOfItsFile() throws Exception {
        Path file = dossierFile("tiel");
        Dossier onDisk = store.read(file);
        recovery.save("crashed", file, onDisk.withPartner(Partner.of("Gemeente Tiel", Role.CORE)));
        var copy = new nl.koers.store.RecoveryCopy("crashed", java.util.Optional.of(file), java.time.Instant.now(),
                "tiel", 1, 0, 0, 0);

        Document document = documents.recover(copy);

        assertTrue(document.state().dirty());
        assertEquals(1, document.dossier().partners().size());
        assertFalse(lockable(file));
        document.undo().join();
        assertEquals(onDisk, document.dossier());
        document.close();
    }

    /**
     * Koers crashed with a file open; opened again (from the file manager, say), the window offers the copy of that
     * same file: it goes on top of the document open here, which the file's lock would otherwise refuse as "open in
     * another window".
     */
    @Test
    void aCopyOfTheFileOpenHereGoesOnTopOfItAndMakesWayForItsOwnCopy() throws Exception {
        Path file = dossierFile("tiel");
        Document open = documents.open(file);
        Dossier onDisk = open.dossier();
        recovery.save("crashed", file, onDisk.withPartner(Partner.of("Gemeente Tiel", Role.CORE)));
        Path crashed = recoveryCopies().get(0);
        var copy = new nl.koers.store.RecoveryCopy("crashed", java.util.Optional.of(file), java.time.Instant.now(),
                "tiel", 1, 0, 0, 0);

        Document recovered = documents.recover(copy);

        assertSame(open, recovered, "the document open here");
        assertTrue(recovered.state().dirty());
        assertEquals(List.of("Gemeente Tiel"), recovered.dossier().partners().stream().map(Partner::name).toList());
        // the document's own copy holds the work now; the crashed one's goes only after it
        waitFor(() -> recoveryCopies().size() == 1 && !recoveryCopies().contains(crashed));
        assertTrue(Files.readString(recoveryCopies().get(0)).contains("Gemeente Tiel"));
        recovered.undo().join();
        assertEquals(onDisk, recovered.dossier(), "undo shows what the file held");
        recovered.close();
        assertFalse(lockable(file), "the window's first face still has it");
        open.close();
        assertTrue(lockable(file));
    }

    @Test
    void saveAsMovesTheDocumentAndItsLockToTheNewFile() throws Exception {
        Path file = dossierFile("tiel");
        Path copy = dir.resolve("kopie.koers");
        Document document = documents.open(file);
        document.apply(addPartner("Gemeente Tiel")).join();

        DocumentState state = document.saveAs(copy).join();

        assertEquals(copy, state.file().orElseThrow());
        assertTrue(lockable(file));
        assertFalse(lockable(copy));
        assertSame(document, documents.open(copy));
        document.close();
        document.close();
        assertTrue(lockable(copy));
        assertEquals(0, store.read(file).partners().size());
        assertEquals(1, store.read(copy).partners().size());
    }

    @Test
    void aClosedDocumentTakesNoEdits() throws Exception {
        Document document = documents.open(dossierFile("tiel"));
        document.close();

        CompletionException refused = assertThrows(CompletionException.class,
                () -> document.apply(addPartner("UWV")).join());
        assertEquals(DocumentException.Kind.CLOSED, ((DocumentException) refused.getCause()).kind());
    }

    @Test
    void aViewShowsItsOwnEditAtOnceAndOthersWhenTheyReachItsThread() throws Exception {
        Document document = documents.create(Dossier.titled("nieuw"));
        ExecutorService faceThread = Executors.newSingleThreadExecutor();
        Thread[] face = new Thread[1];
        faceThread.submit(() -> face[0] = Thread.currentThread()).get();
        DocumentView view = faceThread.submit(
                () -> new DocumentView(document, faceThread, () -> Thread.currentThread() == face[0])).get();
        List<Integer> heard = new ArrayList<>();
        faceThread.submit(() -> view.onChange(() -> heard.add(view.dossier().partners().size()))).get();

        int shownRightAfter = faceThread.submit(() -> {
            view.apply(addPartner("Gemeente Tiel"));
            return view.dossier().partners().size();
        }).get();
        document.apply(addPartner("UWV")).join();
        faceThread.submit(() -> null).get();
        faceThread.submit(() -> null).get();

        assertEquals(1, shownRightAfter);
        assertEquals(List.of(1, 2), heard, "each state once, in order");
        nl.koers.domain.EditRefused refused = faceThread.submit(() -> assertThrows(nl.koers.domain.EditRefused.class,
                () -> view.apply(Edits.addPartner(view.dossier().partners().get(0))))).get();
        assertTrue(refused.message(Locale.of("nl")).contains("Gemeente Tiel"), refused.message(Locale.of("nl")));
        CompletionException viaTheDocument = assertThrows(CompletionException.class,
                () -> document.apply(Edits.addPartner(document.dossier().partners().get(0))).join());
        assertEquals(refused.message(Locale.of("nl")),
                ((DocumentException) viaTheDocument.getCause()).message(Locale.of("nl")), "the domain's own words");
        faceThread.shutdown();
        document.close();
    }

    @Test
    void theAutosaveIdleTimeComesFromTheFrameworkProperty() {
        assertEquals(5, Registry.autosaveSeconds(null));
        assertEquals(1, Registry.autosaveSeconds("1"));
        assertEquals(5, Registry.autosaveSeconds("vijf"));
        assertEquals(1, Registry.autosaveSeconds("0"));
    }

    private interface Check {
        boolean holds() throws Exception;
    }

    private static void waitFor(Check check) throws Exception {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!check.holds()) {
            if (System.nanoTime() > end) {
                throw new AssertionError("not within 10 s");
            }
            Thread.sleep(50);
        }
    }
}
