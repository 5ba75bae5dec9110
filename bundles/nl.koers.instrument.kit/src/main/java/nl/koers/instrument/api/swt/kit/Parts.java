package nl.koers.instrument.api.swt.kit;

import java.util.ArrayDeque;
import java.util.function.Consumer;
import java.util.function.IntConsumer;
import java.util.function.IntPredicate;

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
 * When the parts are not known in advance but asked for one by one (the cards of a page to fill, a row to make),
 * use the queue form, {@link Queue}.
 *
 * @since 1.4
 */
public final class Parts {
    private final Control owner;
    private final int count;
    /** Does a part and says whether it made what ends a dispatch. */
    private final IntPredicate part;
    private int next;
    private boolean queued;

    /**
     * Parts that have not started.
     *
     * @param owner the control the work is for: once it is disposed, no part runs
     * @param count how many parts there are; {@link Integer#MAX_VALUE} for work that ends with {@link #cancel()}
     *     (a part at a time is counted, none is made in advance)
     * @param part does the part it is given (from 0), on the display's thread
     */
    public Parts(Control owner, int count, IntConsumer part) {
        this(owner, count, (IntPredicate) n -> {
            part.accept(n);
            return true;
        });
    }

    private Parts(Control owner, int count, IntPredicate part) {
        this.owner = owner;
        this.count = count;
        this.part = part;
        this.next = count;
    }

    /**
     * Parts that have not started, of which only those that made something end a dispatch: a part that found its
     * rows there and only put new words in them is followed by the next in the same dispatch. After an edit every
     * part is then done in one go and painted once, while the first filling still makes a few rows per dispatch.
     *
     * @param owner the control the work is for: once it is disposed, no part runs
     * @param count how many parts there are; {@link Integer#MAX_VALUE} for work that ends with {@link #cancel()}
     * @param part does the part it is given (from 0), on the display's thread, and returns whether it made
     *     something (rows, widgets) that ends the dispatch
     * @return the parts
     * @since 1.6
     */
    public static Parts untilMade(Control owner, int count, IntPredicate part) {
        return new Parts(owner, count, part);
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
        if (owner.isDisposed() || next >= count) {
            return;
        }
        while (!part.test(next++) && next < count && !owner.isDisposed()) {
            // light work: the next part follows in this dispatch
        }
        if (next < count && !queued && !owner.isDisposed()) {
            queued = true;
            owner.getDisplay().asyncExec(() -> {
                queued = false;
                runNext();
            });
        }
    }

    /**
     * Work on items done one per dispatch, in the order it was asked for: a click that asks for much returns at once,
     * and the window paints and answers between the items. An item asked for while it waits keeps its place.
     *
     * <pre>{@code
     * Parts.Queue<Card> toFill = new Parts.Queue<>(page, card -> { card.fill(); scroll.reflow(card.control()); });
     * cards.forEach(toFill::add); // each card filled in a dispatch of its own, left to right
     * ...
     * toFill.remove(card);        // its partner is gone
     * toFill.finish();            // a click needs them all now
     * }</pre>
     *
     * @param <T> what an item of work is about, such as a card to fill; told apart by {@code equals}
     * @since 1.5
     */
    public static final class Queue<T> {
        private final Control owner;
        private final Consumer<T> work;
        private final ArrayDeque<T> waiting = new ArrayDeque<>();
        private boolean queued;

        /**
         * An empty queue.
         *
         * @param owner the control the work is for: once it is disposed, no item is worked on
         * @param work does the work on one item, on the display's thread
         */
        public Queue(Control owner, Consumer<T> work) {
            this.owner = owner;
            this.work = work;
        }

        /**
         * Asks for the work on {@code item} in a dispatch of its own, after the items asked for before; an item
         * that waits already keeps its place and is worked on once.
         *
         * @param item what to work on
         */
        public void add(T item) {
            if (!waiting.contains(item)) {
                waiting.add(item);
            }
            soon();
        }

        /**
         * Forgets {@code item}, when what it stands for is gone.
         *
         * @param item an item asked for before; nothing happens when it is not waiting
         */
        public void remove(T item) {
            waiting.remove(item);
        }

        /** Forgets every item waiting: what they would show was shown another way. */
        public void clear() {
            waiting.clear();
        }

        /** Does the work still waiting now, in this dispatch: for a click that needs all of it. */
        public void finish() {
            while (!waiting.isEmpty()) {
                one();
            }
        }

        /** {@return how many items wait for their dispatch} */
        public int waiting() {
            return waiting.size();
        }

        /** Works on the next item now and queues the rest. */
        void one() {
            T item = waiting.poll();
            if (item != null && !owner.isDisposed()) {
                work.accept(item);
            }
            soon();
        }

        private void soon() {
            if (!waiting.isEmpty() && !queued && !owner.isDisposed()) {
                queued = true;
                owner.getDisplay().asyncExec(() -> {
                    queued = false;
                    one();
                });
            }
        }
    }
}
