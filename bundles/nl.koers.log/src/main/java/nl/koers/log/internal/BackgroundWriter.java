package nl.koers.log.internal;

import java.io.IOException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Writes to the file on one thread of its own, in the order the texts came: whoever logs never waits for the disk.
 * {@link #close()} writes everything that was handed over before it returns.
 */
final class BackgroundWriter implements AutoCloseable {
    private static final long CLOSE_WAIT_SECONDS = 10;

    private final RotatingFile file;
    private final Consumer<IOException> trouble;
    private final ExecutorService thread = Executors.newSingleThreadExecutor(task -> {
        Thread writer = new Thread(task, "koers-log-writer");
        writer.setDaemon(true);
        return writer;
    });
    /** Only the writer thread reads and sets it: trouble is told once until writing works again. */
    private boolean failing;

    /** @param trouble told when the file cannot be written, once until it can again */
    BackgroundWriter(RotatingFile file, Consumer<IOException> trouble) {
        this.file = file;
        this.trouble = trouble;
    }

    void write(String text) {
        try {
            thread.execute(() -> append(text));
        } catch (RejectedExecutionException closed) {
            // logged while the bundle stops, after the last flush: the file is closed for good
        }
    }

    private void append(String text) {
        try {
            file.append(text);
            failing = false;
        } catch (IOException | RuntimeException e) {
            if (!failing) {
                failing = true;
                trouble.accept(e instanceof IOException io ? io : new IOException(e));
            }
        }
    }

    /** Waits until every text handed over so far is in the file. */
    @Override
    public void close() {
        thread.shutdown();
        try {
            thread.awaitTermination(CLOSE_WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
