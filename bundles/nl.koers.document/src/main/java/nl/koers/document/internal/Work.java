package nl.koers.document.internal;

import java.io.IOException;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadFactory;

import nl.koers.document.DocumentException;
import nl.koers.document.DocumentException.Kind;
import nl.koers.store.Problem;
import nl.koers.store.SaveFailedException;

/** A document's work on its threads, with the failures a face can explain. */
final class Work {
    private Work() {
    }

    /** Daemon threads: an open document never keeps the JVM alive by itself. */
    static ThreadFactory daemon(String name) {
        return r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        };
    }

    /**
     * Runs {@code work} on {@code executor}; a failed save becomes a {@link DocumentException} that says why, and a
     * closed document's executor a {@link Kind#CLOSED} one.
     */
    static <T> CompletableFuture<T> on(Executor executor, Callable<T> work) {
        CompletableFuture<T> result = new CompletableFuture<>();
        try {
            executor.execute(() -> {
                try {
                    result.complete(work.call());
                } catch (SaveFailedException e) {
                    Kind kind = e.problem().kind() == Problem.Kind.CHANGED_ON_DISK ? Kind.CHANGED_ON_DISK
                            : Kind.SAVE_FAILED;
                    result.completeExceptionally(new DocumentException(kind, e::message, e));
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
}
