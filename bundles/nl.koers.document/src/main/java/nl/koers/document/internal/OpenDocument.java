package nl.koers.document.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;

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
import nl.koers.store.Problem;
import nl.koers.store.SaveFailedException;

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
    private final long autosaveMillis;
    private final ScheduledExecutorService thread;
    private final ExecutorService diskThread;
    private final List<Subscriber> subscribers = new CopyOnWriteArrayList<>();

    // document thread
    private final DossierSession session;
    private Path file;
    private DossierLock lock;
    private ReadOnly readOnly;
    private final String recoveryKey;
    private boolean copyWritten;
    private ScheduledFuture<?> autosave;
    private boolean closed;
    private long revision;

    // disk thread
    private FileStamp stamp;

    private volatile DocumentState state;

    private record Subscriber(Executor executor, Consumer<DocumentState> listener) {
    }

    /** What a document starts from. */
    record Start(Dossier onDisk, Path file, FileStamp stamp, DossierLock lock, ReadOnly readOnly, String recoveryKey) {
    }

    OpenDocument(Start start, Disk disk, Files files, int autosaveSeconds, BiConsumer<String, Throwable> failures) {
        this.disk = disk;
        this.files = files;
        this.failures = failures;
        this.autosaveMillis = autosaveSeconds * 1000L;
        this.session = new DossierSession(start.onDisk());
        this.file = start.file();
        this.stamp = start.stamp();
        this.lock = start.lock();
        this.readOnly = start.readOnly();
        this.copyWritten = start.recoveryKey() != null;
        this.recoveryKey = start.recoveryKey() != null ? start.recoveryKey() : UUID.randomUUID().toString();
        String name = start.file() == null ? "new" : String.valueOf(start.file().getFileName());
        this.thread = Executors.newSingleThreadScheduledExecutor(daemon("koers-document " + name));
        this.diskThread = Executors.newSingleThreadExecutor(daemon("koers-document-disk " + name));
        this.state = snapshot();
    }

    /** A document of a dossier that has no file (yet). */
    public static OpenDocument unsaved(Dossier dossier, Disk disk, int autosaveSeconds) {
        return new OpenDocument(new Start(dossier, null, null, null, null, null), disk, Files.NONE, autosaveSeconds,
                (what, error) -> { });
    }

    static java.util.concurrent.ThreadFactory daemon(String name) {
        return r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        };
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
            discardCopy();
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
        Subscriber subscriber = new Subscriber(executor, listener);
        try {
            // on the document thread, so the first state it hears is not older than one it hears after
            thread.execute(() -> {
                subscribers.add(subscriber);
                deliver(subscriber, state);
            });
        } catch (RejectedExecutionException closedAlready) {
            deliver(subscriber, state);
        }
        return () -> subscribers.remove(subscriber);
    }

    @Override
    public CompletableFuture<Void> keepRecoveryCopy() {
        CompletableFuture<Void> written = new CompletableFuture<>();
        try {
            thread.execute(() -> {
                if (!closed && session.isDirty()) {
                    if (autosave != null) {
                        autosave.cancel(false);
                    }
                    writeCopy();
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
                if (autosave != null) {
                    autosave.cancel(false);
                }
                if (keepRecovery && session.isDirty()) {
                    writeCopy();
                } else {
                    discardCopy();
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
        return recoveryKey;
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
        for (Subscriber s : subscribers) {
            deliver(s, next);
        }
        if (!closed) {
            if (session.isDirty()) {
                scheduleCopy();
            } else {
                // undone back to what is on disk, or saved: nothing to recover
                if (autosave != null) {
                    autosave.cancel(false);
                }
                discardCopy();
            }
        }
        return next;
    }

    private DocumentState snapshot() {
        return new DocumentState(revision, session.dossier(), Optional.ofNullable(file), session.isDirty(),
                session.undoLabel(), session.redoLabel(), Optional.ofNullable(readOnly), closed);
    }

    private void deliver(Subscriber s, DocumentState value) {
        try {
            s.executor().execute(() -> s.listener().accept(value));
        } catch (RuntimeException gone) {
            // the face's thread is gone (a disposed display): it hears nothing more
            subscribers.remove(s);
        }
    }

    private void scheduleCopy() {
        if (autosaveMillis <= 0) {
            return;
        }
        if (autosave != null) {
            autosave.cancel(false);
        }
        autosave = thread.schedule(this::writeCopy, autosaveMillis, TimeUnit.MILLISECONDS);
    }

    private void writeCopy() {
        if (!session.isDirty()) {
            return;
        }
        Dossier value = session.dossier();
        Path origin = file;
        copyWritten = true;
        diskThread.execute(() -> {
            try {
                disk.keepRecovery(recoveryKey, origin, value);
            } catch (IOException | RuntimeException e) {
                // the user's file is untouched; the next pause tries again
                failures.accept("recovery copy of " + (origin == null ? "a new dossier" : origin) + " not written", e);
            }
        });
    }

    private void discardCopy() {
        if (copyWritten) {
            copyWritten = false;
            diskThread.execute(() -> disk.discardRecovery(recoveryKey));
        }
    }

    // ---- the two threads

    private <T> CompletableFuture<T> onThread(Callable<T> work) {
        return run(thread, work);
    }

    private <T> CompletableFuture<T> onDisk(Callable<T> work) {
        return run(diskThread, work);
    }

    private <T> CompletableFuture<T> run(Executor executor, Callable<T> work) {
        CompletableFuture<T> result = new CompletableFuture<>();
        try {
            executor.execute(() -> {
                try {
                    result.complete(work.call());
                } catch (SaveFailedException e) {
                    result.completeExceptionally(saveFailed(e));
                } catch (IOException e) {
                    result.completeExceptionally(new DocumentException(Kind.SAVE_FAILED, l -> e.getMessage(), e));
                } catch (Exception | LinkageError | StackOverflowError e) {
                    result.completeExceptionally(e);
                }
            });
        } catch (RejectedExecutionException closedAlready) {
            result.completeExceptionally(new DocumentException(Kind.CLOSED, Words.of("closed"), closedAlready));
        }
        return result;
    }

    private static DocumentException saveFailed(SaveFailedException e) {
        Kind kind = e.problem().kind() == Problem.Kind.CHANGED_ON_DISK ? Kind.CHANGED_ON_DISK : Kind.SAVE_FAILED;
        Function<Locale, String> message = e::message;
        return new DocumentException(kind, message, e);
    }

    private static void closeQuietly(DossierLock held) {
        if (held != null) {
            held.close();
        }
    }

    /** The cause a face should see: the document's own exception rather than the future's wrapper. */
    static Throwable unwrap(Throwable t) {
        return t instanceof CompletionException c && c.getCause() != null ? c.getCause() : t;
    }
}
