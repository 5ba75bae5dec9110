package nl.koers.shell.internal;

import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.BiConsumer;

import org.eclipse.swt.SWTException;
import org.eclipse.swt.widgets.Display;

/**
 * Disk work off the UI thread: a task runs on one background thread (so saves of one window happen in
 * order), and its result or failure comes back on the UI thread.
 */
final class Background implements AutoCloseable {
    private final Display display;
    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "koers-disk");
        t.setDaemon(true);
        return t;
    });

    Background(Display display) {
        this.display = display;
    }

    /** Runs {@code work} in the background, then {@code done} on the UI thread with its result or its error. */
    <T> void run(Callable<T> work, BiConsumer<T, Exception> done) {
        whenDone(submit(work), done);
    }

    <T> CompletableFuture<T> submit(Callable<T> work) {
        CompletableFuture<T> result = new CompletableFuture<>();
        executor.execute(() -> {
            try {
                result.complete(work.call());
            } catch (Exception | LinkageError e) {
                // a plugin's class that cannot link must still end the work, or the window waits forever
                result.completeExceptionally(e);
            }
        });
        return result;
    }

    /** Calls {@code done} on the UI thread once {@code work} (started anywhere) has finished. */
    <T> void whenDone(CompletableFuture<T> work, BiConsumer<T, Exception> done) {
        work.whenComplete((result, failure) -> {
            Exception error = failure == null ? null
                    : failure instanceof CompletionException c && c.getCause() instanceof Exception e ? e
                    : failure instanceof Exception e ? e : new IllegalStateException(failure);
            try {
                display.asyncExec(() -> done.accept(result, error));
            } catch (SWTException disposed) {
                // the window closed while the work ran; a save has still completed on disk
            }
        });
    }

    /** Lets queued saves finish (bounded), so closing the window never cuts a save short. */
    @Override
    public void close() {
        executor.shutdown();
        try {
            executor.awaitTermination(10, java.util.concurrent.TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
