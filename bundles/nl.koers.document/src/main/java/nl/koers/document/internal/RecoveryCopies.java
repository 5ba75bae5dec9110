package nl.koers.document.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BiConsumer;

import nl.koers.domain.Dossier;

/**
 * One document's recovery copy: written once the editing pauses (or at once when asked), removed when nothing is
 * left to recover. Used on the document's thread only; the writing itself happens on its disk thread, in order.
 */
final class RecoveryCopies {
    /** What the document holds now: the dossier to keep and its file (null for a dossier never saved). */
    interface Unsaved {
        /** Null when there is nothing unsaved to keep. */
        Dossier dossier();

        Path origin();
    }

    /** The copy's name; made with the first copy written: a random one costs a first read about 9 ms of processor time. */
    private String key;
    private final long idleMillis;
    private final ScheduledExecutorService documentThread;
    private final Executor diskThread;
    private final Disk disk;
    private final Unsaved unsaved;
    private final BiConsumer<String, Throwable> failures;
    private boolean written;
    private ScheduledFuture<?> pause;

    /**
     * @param key the copy this document continues (a recovered one), or null for a new one
     */
    RecoveryCopies(String key, int idleSeconds, ScheduledExecutorService documentThread, Executor diskThread, Disk disk,
            Unsaved unsaved, BiConsumer<String, Throwable> failures) {
        this.written = key != null;
        this.key = key;
        this.idleMillis = idleSeconds * 1000L;
        this.documentThread = documentThread;
        this.diskThread = diskThread;
        this.disk = disk;
        this.unsaved = unsaved;
        this.failures = failures;
    }

    synchronized String key() {
        if (key == null) {
            key = java.util.UUID.randomUUID().toString();
        }
        return key;
    }

    /** An edit happened: the copy waits for a pause in the editing (scheduling again moves it). */
    void edited() {
        if (idleMillis <= 0) {
            return;
        }
        stopWaiting();
        pause = documentThread.schedule(this::writeNow, idleMillis, TimeUnit.MILLISECONDS);
    }

    /** Writes the copy without waiting for a pause; nothing when nothing is unsaved. */
    void writeNow() {
        stopWaiting();
        Dossier value = unsaved.dossier();
        if (value == null) {
            return;
        }
        Path origin = unsaved.origin();
        String name = key();
        written = true;
        diskThread.execute(() -> {
            try {
                disk.keepRecovery(name, origin, value);
            } catch (IOException | RuntimeException e) {
                // the user's file is untouched; the next pause tries again
                failures.accept("recovery copy of " + (origin == null ? "a new dossier" : origin) + " not written", e);
            }
        });
    }

    /** Nothing left to recover (saved, undone to what is on disk, given up): the copy goes. */
    void discard() {
        stopWaiting();
        if (written) {
            written = false;
            String name = key();
            diskThread.execute(() -> disk.discardRecovery(name));
        }
    }

    private void stopWaiting() {
        if (pause != null) {
            pause.cancel(false);
            pause = null;
        }
    }
}
