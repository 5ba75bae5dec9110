package nl.koers.shell.internal;

import java.util.concurrent.Callable;
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
        executor.execute(() -> {
            T result = null;
            Exception error = null;
            try {
                result = work.call();
            } catch (Exception e) {
                error = e;
            }
            T r = result;
            Exception x = error;
            try {
                display.asyncExec(() -> done.accept(r, x));
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
