package nl.koers.document.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

import nl.koers.document.Document;
import nl.koers.document.DocumentException;
import nl.koers.document.DocumentException.Kind;
import nl.koers.document.DocumentState;
import nl.koers.document.ReadOnly;
import nl.koers.domain.Dossier;
import nl.koers.domain.EditRefused;
import nl.koers.domain.edit.DossierSession;
import nl.koers.domain.edit.Edit;
import nl.koers.store.DossierFileException;
import nl.koers.store.DossierLock;
import nl.koers.store.DossierLockedException;
import nl.koers.store.FileStamp;
import nl.koers.store.HistoryEntry;

/**
 * A document: its state lives on one thread of its own ({@code koers-document}), where every change is made in
 * the order it was asked; disk work lives on a second ({@code koers-document-disk}), where saves, recovery copies
 * and their removal happen in order too. Fields marked "document thread" are touched there only; the stamp of the
 * file is the disk thread's.
 */
public final class OpenDocument implements Document {
    /** Where a document registers the file it saves to, so one file is one document in a process. */
    interface Files {
        Files NONE = new Files() {
            @Override
            public void moved(OpenDocument document, Path from, Path to) {
                // a detached document is in no registry
            }

            @Override
            public boolean lastFace(OpenDocument document) {
                return true;
            }
        };

        /** The document now saves to {@code to} (it saved to {@code from}, null when it had no file). */
        void moved(OpenDocument document, Path from, Path to);

        /** A face closed the document; true when it was the last one and the document really closes. */
        boolean lastFace(OpenDocument document);

        /** {@code value} is on disk in {@code file}: whoever observes saves hears of it. */
        default void saved(Path file, Dossier value) {
        }
    }

    private final Disk disk;
    private final Files files;
    /** Where a failure nobody waits for goes (a recovery copy not written): the OSGi log. */
    private final BiConsumer<String, Throwable> failures;
    private final ScheduledExecutorService thread;
    private final ExecutorService diskThread;
    private final Subscribers subscribers = new Subscribers();

    // document thread
    private final DossierSession session;
    private Path file;
    private DossierLock lock;
    private ReadOnly readOnly;
    private final RecoveryCopies copies;
    private boolean closed;
    private long revision;

    // disk thread
    private FileStamp stamp;

    private volatile DocumentState state;

    /** What a document starts from. */
    record Start(Dossier onDisk, Path file, FileStamp stamp, DossierLock lock, ReadOnly readOnly, String recoveryKey) {
    }

    OpenDocument(Start start, Disk disk, Files files, int autosaveSeconds, BiConsumer<String, Throwable> failures) {
        this.disk = disk;
        this.files = files;
        this.failures = failures;
        this.session = new DossierSession(start.onDisk());
        this.file = start.file();
        this.stamp = start.stamp();
        this.lock = start.lock();
        this.readOnly = start.readOnly();
        String name = start.file() == null ? "new" : String.valueOf(start.file().getFileName());
        this.thread = Executors.newSingleThreadScheduledExecutor(Work.daemon("koers-document " + name));
        this.diskThread = Executors.newSingleThreadExecutor(Work.daemon("koers-document-disk " + name));
        this.copies = new RecoveryCopies(start.recoveryKey(), autosaveSeconds, thread, diskThread, disk,
                new RecoveryCopies.Unsaved() {
                    @Override
                    public Dossier dossier() {
                        return session.isDirty() ? session.dossier() : null;
                    }

                    @Override
                    public Path origin() {
                        return file;
                    }
                }, failures);
        this.state = snapshot();
    }

    /** A document of a dossier that has no file (yet). */
    public static OpenDocument unsaved(Dossier dossier, Disk disk, int autosaveSeconds) {
        return new OpenDocument(new Start(dossier, null, null, null, null, null), disk, Files.NONE, autosaveSeconds,
                (what, error) -> { });
    }

    // ---- what faces ask

    @Override
    public DocumentState state() {
        return state;
    }

    @Override
    public CompletableFuture<DocumentState> apply(Edit edit) {
        return onThread(() -> {
            open();
            try {
                session.apply(edit);
            } catch (EditRefused e) {
                throw new DocumentException(Kind.EDIT_REFUSED, e::message, e);
            } catch (RuntimeException e) {
                throw new DocumentException(Kind.EDIT_REFUSED, Words.of("editFailed", e.getMessage()), e);
            }
            return changed();
        });
    }

    @Override
    public CompletableFuture<DocumentState> undo() {
        return onThread(() -> {
            open();
            session.undo();
            return changed();
        });
    }

    @Override
    public CompletableFuture<DocumentState> redo() {
        return onThread(() -> {
            open();
            session.redo();
            return changed();
        });
    }

    @Override
    public CompletableFuture<DocumentState> save() {
        return onThread(() -> {
            open();
            if (file == null) {
                throw new DocumentException(Kind.NO_FILE, Words.of("noFile"), null);
            }
            if (readOnly != null) {
                throw readOnlyRefusal();
            }
            return new Saving(session.dossier(), file, true, null);
        }).thenCompose(saving -> onDisk(() -> {
            stamp = disk.save(saving.value(), saving.target(), stamp);
            return saving;
        })).thenCompose(saving -> onThread(() -> saved(saving.value(), saving.target(), null)));
    }

    @Override
    public CompletableFuture<DocumentState> saveAs(Path target) {
        return onThread(() -> {
            open();
            boolean same = file != null && Registry.key(file).equals(Registry.key(target));
            if (same && readOnly != null) {
                throw readOnlyRefusal();
            }
            return new Saving(session.dossier(), same ? file : target, same, lock);
        }).thenCompose(saving -> onDisk(() -> {
            DossierLock taken = saving.same() ? null : lockFor(saving.target());
            try {
                stamp = disk.save(saving.value(), saving.target(), saving.same() ? stamp : null);
            } catch (IOException | RuntimeException e) {
                if (taken != null) {
                    taken.close();
                }
                throw e;
            }
            if (taken != null) {
                closeQuietly(saving.lock()); // the old file is free once the new one is written
            }
            return new Saved(saving, taken);
        })).thenCompose(done -> onThread(() -> saved(done.saving().value(), done.saving().target(), done.lock())));
    }

    /**
     * A save's value and file, taken on the document thread; {@code same} when it is the document's file, and the
     * lock held on that file when the save goes elsewhere.
     */
    private record Saving(Dossier value, Path target, boolean same, DossierLock lock) {
    }

    private record Saved(Saving saving, DossierLock lock) {
    }

    /** Document thread: {@code value} is on disk in {@code target}; a new lock replaces the old one. */
    private DocumentState saved(Dossier value, Path target, DossierLock newLock) {
        if (newLock != null) {
            lock = newLock;
            Path from = file;
            file = target;
            readOnly = null;
            files.moved(this, from, target);
        }
        session.markSaved(value);
        files.saved(target, value);
        if (!session.isDirty()) {
            copies.discard();
        }
        return changed();
    }

    /** Document thread: why this document cannot be saved over its file. */
    private DocumentException readOnlyRefusal() {
        ReadOnly why = readOnly;
        return new DocumentException(Kind.READ_ONLY, l -> Words.of("readOnly.sameFile", why.message(l)).apply(l), null);
    }

    private DossierLock lockFor(Path target) throws DocumentException {
        try {
            return disk.lock(target);
        } catch (DossierLockedException e) {
            throw Registry.locked(e);
        }
    }

    @Override
    public CompletableFuture<List<HistoryEntry>> history() {
        return onThread(() -> Optional.ofNullable(file)).thenCompose(
                of -> onDisk(() -> of.map(disk::history).orElse(List.of())));
    }

    @Override
    public CompletableFuture<Dossier> version(HistoryEntry entry) {
        return onDisk(() -> {
            try {
                return disk.version(entry);
            } catch (DossierFileException e) {
                throw new DocumentException(Kind.UNREADABLE, e::message, e);
            }
        });
    }

    @Override
    public AutoCloseable subscribe(Executor executor, Consumer<DocumentState> listener) {
        Subscribers.Subscriber subscriber = new Subscribers.Subscriber(executor, listener);
        try {
            // on the document thread, so the first state it hears is not older than one it hears after
            thread.execute(() -> subscribers.add(subscriber, state));
        } catch (RejectedExecutionException closedAlready) {
            new Subscribers().add(subscriber, state); // closed: it hears the last state, once
        }
        return () -> subscribers.remove(subscriber);
    }

    @Override
    public CompletableFuture<Void> keepRecoveryCopy() {
        CompletableFuture<Void> written = new CompletableFuture<>();
        try {
            thread.execute(() -> {
                if (!closed) {
                    copies.writeNow();
                }
                try {
                    // the disk thread works in order: this runs after the copy
                    diskThread.execute(() -> written.complete(null));
                } catch (RejectedExecutionException closing) {
                    written.complete(null);
                }
            });
        } catch (RejectedExecutionException closedAlready) {
            written.complete(null);
        }
        return written;
    }

    @Override
    public void close() {
        close(false);
    }

    @Override
    public void closeKeepingRecovery() {
        close(true);
    }

    private void close(boolean keepRecovery) {
        if (!files.lastFace(this)) {
            return;
        }
        try {
            thread.execute(() -> {
                if (closed) {
                    return;
                }
                closed = true;
                if (keepRecovery) {
                    copies.writeNow();
                } else {
                    copies.discard();
                }
                DossierLock held = lock;
                lock = null;
                diskThread.execute(() -> closeQuietly(held));
                changed();
                diskThread.shutdown();
            });
            thread.shutdown();
            // saves in progress are finished before the face goes on (a command's JVM may end right after)
            thread.awaitTermination(10, TimeUnit.SECONDS);
            diskThread.awaitTermination(10, TimeUnit.SECONDS);
        } catch (RejectedExecutionException closedAlready) {
            // closed before
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The file this document saves to (document thread's view, for the registry), or null. */
    Path file() {
        return state.file().orElse(null);
    }

    String recoveryKey() {
        return copies.key();
    }

    // ---- on the document thread

    private void open() throws DocumentException {
        if (closed) {
            throw new DocumentException(Kind.CLOSED, Words.of("closed"), null);
        }
    }

    /** Publishes the state after a change, and has a recovery copy written once the editing pauses. */
    private DocumentState changed() {
        revision++;
        DocumentState next = snapshot();
        state = next;
        subscribers.tell(next);
        if (!closed) {
            if (session.isDirty()) {
                copies.edited();
            } else {
                copies.discard(); // undone back to what is on disk, or saved: nothing to recover
            }
        }
        return next;
    }

    private DocumentState snapshot() {
        return new DocumentState(revision, session.dossier(), Optional.ofNullable(file), session.isDirty(),
                session.undoLabel(), session.redoLabel(), Optional.ofNullable(readOnly), closed);
    }

    // ---- the two threads

    private <T> CompletableFuture<T> onThread(Callable<T> work) {
        return Work.on(thread, work);
    }

    private <T> CompletableFuture<T> onDisk(Callable<T> work) {
        return Work.on(diskThread, work);
    }

    private static void closeQuietly(DossierLock held) {
        if (held != null) {
            held.close();
        }
    }
}
