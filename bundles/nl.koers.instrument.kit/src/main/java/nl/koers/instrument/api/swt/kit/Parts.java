package nl.koers.instrument.api.swt.kit;

import java.util.function.IntConsumer;

import org.eclipse.swt.widgets.Control;

/**
 * Work on the display's thread done a part per dispatch: the first part at once, each next one from the display's
 * queue, so the window paints and answers between them. For a step that an analysis fills with several long lists:
 * made and laid out in one go, they held the window for half a second at hundreds of partners. Started again while
 * parts are left, it begins from the first part: the newest results replace what was being shown.
 *
 * <pre>{@code
 * Parts parts = new Parts(parent, 3, part -> {
 *     switch (part) { case 0 -> showSuggestions(); case 1 -> showTensions(); default -> showOpen(); }
 *     touched.reflow(scroll); // each part's new rows laid out by themselves
 * });
 * ...
 * parts.start(); // when the analysis lands
 * }</pre>
 *
 * @since 1.4
 */
public final class Parts {
    private final Control owner;
    private final int count;
    private final IntConsumer part;
    private int next;
    private boolean queued;

    /**
     * Parts that have not started.
     *
     * @param owner the control the work is for: once it is disposed, no part runs
     * @param count how many parts there are
     * @param part does the part it is given (from 0), on the display's thread
     */
    public Parts(Control owner, int count, IntConsumer part) {
        this.owner = owner;
        this.count = count;
        this.part = part;
        this.next = count;
    }

    /** Does the first part now and queues the others, one per dispatch. */
    public void start() {
        next = 0;
        runNext();
    }

    /** Forgets the parts left: what they would show was shown another way. */
    public void cancel() {
        next = count;
    }

    private void runNext() {
        queued = false;
        if (owner.isDisposed() || next >= count) {
            return;
        }
        part.accept(next++);
        if (next < count && !queued) {
            queued = true;
            owner.getDisplay().asyncExec(this::runNext);
        }
    }
}
