package nl.koers.instrument.netwerkambitie.internal.screen;

import java.util.ArrayDeque;
import java.util.function.Consumer;

import org.eclipse.swt.widgets.Control;

/**
 * Work on the display's thread done one piece a turn of the event loop, in the order it was asked for: a click that
 * asks for much returns at once, and the window paints and answers between the pieces.
 *
 * @param <T> what a piece works on
 */
final class Turns<T> {
    private final Control owner;
    private final Consumer<T> piece;
    private final ArrayDeque<T> waiting = new ArrayDeque<>();
    private boolean queued;

    /**
     * @param owner the pieces stop when it is disposed
     * @param piece the work on one item
     */
    Turns(Control owner, Consumer<T> piece) {
        this.owner = owner;
        this.piece = piece;
    }

    /** Asks for the work on {@code item} in a turn of its own, after the items asked for before; once. */
    void add(T item) {
        if (!waiting.contains(item)) {
            waiting.add(item);
        }
        soon();
    }

    /** Forgets {@code item}, when what it stands for is gone. */
    void remove(T item) {
        waiting.remove(item);
    }

    /** Does the work still waiting now, in this turn. */
    void finish() {
        while (!waiting.isEmpty()) {
            one();
        }
    }

    private void soon() {
        if (!waiting.isEmpty() && !queued) {
            queued = true;
            owner.getDisplay().asyncExec(() -> {
                queued = false;
                one();
                soon();
            });
        }
    }

    private void one() {
        T item = waiting.poll();
        if (item != null && !owner.isDisposed()) {
            piece.accept(item);
        }
    }
}
