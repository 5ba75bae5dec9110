package nl.koers.shell.internal;

import java.time.Duration;
import java.util.Optional;
import java.util.function.Function;

import org.eclipse.swt.SWTException;
import org.eclipse.swt.widgets.Display;

/**
 * Notices when the UI thread is stuck in an instrument's code: every {@link #SAMPLE} it asks the UI thread for a
 * sign of life (an {@code asyncExec}, which a modal dialog's event loop answers too); when none came for
 * {@code threshold} and the UI thread's stack shows an instrument, that instrument holds the window. SWT cannot draw
 * while the UI thread is held (and a second display is not allowed), so {@link Reaction} is told at once on this
 * thread, again when it gives up waiting, and on the UI thread once that comes back.
 */
final class HangWatchdog implements AutoCloseable {
    static final Duration SAMPLE = Duration.ofMillis(500);

    /** What to do about an instrument that holds the window. */
    interface Reaction {
        /** On the watchdog's thread: {@code hang} carries the UI thread's stack. */
        void held(String instrumentId, InstrumentHang hang);

        /** On the watchdog's thread: still held after the time to give up. */
        void heldForGood(String instrumentId, InstrumentHang hang);

        /** On the UI thread, which is back. */
        void released(String instrumentId, InstrumentHang hang);
    }

    /** The error that stands for a hang: its stack trace is where the UI thread was held. */
    static final class InstrumentHang extends RuntimeException {
        private static final long serialVersionUID = 1L;

        InstrumentHang(String message, StackTraceElement[] where) {
            super(message, null, false, true);
            setStackTrace(where);
        }
    }

    private final Display display;
    private final Thread uiThread;
    private final Function<StackTraceElement[], Optional<String>> owner;
    private final Function<Long, String> message;
    private final Duration threshold;
    private volatile Duration giveUp;
    private final Reaction reaction;
    private final Thread watcher;
    /** When the sign of life now awaited was asked for; 0 when none is awaited. */
    private volatile long askedAt;
    private volatile boolean closed;
    /** The hang reported and not yet over: the instrument and its error. Touched by both threads. */
    private volatile String heldBy;
    private volatile InstrumentHang hang;
    private boolean givenUp;

    /**
     * @param owner the instrument whose code the frames pass through, if any
     * @param message the hang's text for a person, from the seconds it lasted so far
     */
    HangWatchdog(Display display, Function<StackTraceElement[], Optional<String>> owner, Function<Long, String> message,
            Duration threshold, Duration giveUp, Reaction reaction) {
        this.display = display;
        this.uiThread = display.getThread();
        this.owner = owner;
        this.message = message;
        this.threshold = threshold;
        this.giveUp = giveUp;
        this.reaction = reaction;
        this.watcher = new Thread(this::watch, "koers-watchdog");
        watcher.setDaemon(true);
        watcher.start();
    }

    /** For the tests: a shorter time to give up than a person would wait. */
    void giveUpAfter(Duration time) {
        giveUp = time;
    }

    Duration giveUp() {
        return giveUp;
    }

    private void watch() {
        while (!closed) {
            try {
                Thread.sleep(SAMPLE.toMillis());
            } catch (InterruptedException e) {
                return;
            }
            long now = System.nanoTime();
            if (askedAt == 0) {
                ask(now);
            } else {
                check(Duration.ofNanos(now - askedAt));
            }
        }
    }

    private void ask(long now) {
        askedAt = now;
        try {
            display.asyncExec(this::alive);
        } catch (SWTException gone) {
            closed = true;
        }
    }

    /** On the UI thread: it answers; a hang that was reported is over. */
    private void alive() {
        askedAt = 0;
        String instrument = heldBy;
        if (instrument != null) {
            heldBy = null;
            givenUp = false;
            Thread.interrupted(); // the attempt to break the loop must not hit the window's own waits
            reaction.released(instrument, hang);
        }
    }

    private void check(Duration silent) {
        if (silent.compareTo(threshold) < 0) {
            return;
        }
        if (heldBy == null) {
            StackTraceElement[] where = uiThread.getStackTrace();
            Optional<String> instrument = owner.apply(where);
            if (instrument.isPresent()) {
                hang = new InstrumentHang(message.apply(silent.toSeconds()), where);
                heldBy = instrument.get();
                reaction.held(heldBy, hang);
            }
        } else if (!givenUp && silent.compareTo(giveUp) >= 0) {
            givenUp = true;
            reaction.heldForGood(heldBy, hang);
        }
    }

    @Override
    public void close() {
        closed = true;
        watcher.interrupt();
    }
}
