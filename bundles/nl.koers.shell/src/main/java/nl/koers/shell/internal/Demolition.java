package nl.koers.shell.internal;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.function.Consumer;

import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;

/**
 * Disposes what nobody sees any more a few widgets at a time, between the window's events, so that closing a dossier
 * or an instrument never freezes the window. GTK 3 destroys a label, button or text field in time that grows with the
 * number of them in the window (each looks its style cascade up among all of them): closing the four instruments after
 * a walk through every step destroyed about 5,000 widgets and held the window 5-9 s in one go.
 * <p>
 * What is handed over is hidden at once and goes innermost widget first, the last child before the others, so that
 * each container outlives what it holds and a widget's dispose listeners run as they always do.
 */
final class Demolition {
    /** How long one turn may hold the window: well under what a person notices. */
    static final long TURN_NANOS = 15_000_000L;

    private final Display display;
    private final Consumer<Throwable> failures;
    private final long turnNanos;
    private final Deque<Control> queued = new ArrayDeque<>();
    private boolean posted;

    /** @param failures told what a widget's dispose listener threw; the demolition goes on without it */
    Demolition(Display display, Consumer<Throwable> failures) {
        this(display, failures, TURN_NANOS);
    }

    /** @param turnNanos how long one turn may hold the window; 0 disposes one widget a turn */
    Demolition(Display display, Consumer<Throwable> failures, long turnNanos) {
        this.display = display;
        this.failures = failures;
        this.turnNanos = turnNanos;
    }

    /** Hides {@code control} now, and disposes it and everything in it over the next turns. */
    void dispose(Control control) {
        if (control.isDisposed()) {
            return;
        }
        control.setVisible(false);
        queued.add(control);
        post();
    }

    /** {@return whether everything handed over is gone} */
    boolean done() {
        queued.removeIf(Control::isDisposed);
        return queued.isEmpty();
    }

    /** Disposes what is still queued, now: for the window that goes, which would take it along anyway. */
    void finish() {
        while (!queued.isEmpty()) {
            disposeWhole(queued.poll());
        }
    }

    private void post() {
        if (!posted && !queued.isEmpty() && !display.isDisposed()) {
            posted = true;
            display.asyncExec(this::turn);
        }
    }

    private void turn() {
        posted = false;
        long start = System.nanoTime();
        do {
            Control root = queued.peek();
            if (root == null) {
                return;
            }
            if (root.isDisposed()) {
                queued.poll();
                continue;
            }
            try {
                innermostLast(root).dispose();
            } catch (RuntimeException | LinkageError e) {
                failures.accept(e);
                // the rest of it in one go, so that a widget that failed to go is not tried again and again
                disposeWhole(queued.poll());
            }
        } while (System.nanoTime() - start < turnNanos);
        post();
    }

    private void disposeWhole(Control root) {
        try {
            if (!root.isDisposed()) {
                root.dispose();
            }
        } catch (RuntimeException | LinkageError e) {
            failures.accept(e);
        }
    }

    private static Control innermostLast(Control control) {
        Control c = control;
        while (c instanceof Composite composite) {
            Control[] children = composite.getChildren();
            if (children.length == 0) {
                break;
            }
            c = children[children.length - 1];
        }
        return c;
    }
}
