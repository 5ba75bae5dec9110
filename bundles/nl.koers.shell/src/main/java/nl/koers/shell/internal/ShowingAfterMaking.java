package nl.koers.shell.internal;

import java.util.function.BooleanSupplier;

import org.eclipse.swt.widgets.Control;

/**
 * Shows a step whose page was made before at once, and otherwise makes the page now and shows it in the next dispatch
 * of the event loop. Making a page's widgets and GTK's first sizing of them cost about as much as each other (50-130
 * ms each for the busiest steps at 200 partners): apart, the window answers between them, and the step before stays
 * in view, whole, until the new one is shown. The step asked for last wins.
 */
final class ShowingAfterMaking {
    private final Control owner;
    /** Counts what was asked: a showing that waits for the next dispatch goes when something else was asked since. */
    private int asked;
    private boolean making;
    private boolean dueWhenMade;

    /** @param owner the tab's control: once it is disposed, nothing waits to be shown */
    ShowingAfterMaking(Control owner) {
        this.owner = owner;
    }

    /** Shows the first page after the tab, in a dispatch of its own, unless a step was asked for meanwhile. */
    void first(Runnable showFirst) {
        owner.getDisplay().asyncExec(() -> {
            if (!owner.isDisposed() && asked == 0) {
                showFirst.run();
            }
        });
    }

    /**
     * @param made whether the page of the step asked for was made
     * @param make makes it, hidden until it is shown
     * @param show shows the step asked for last, whose page is made
     */
    void show(BooleanSupplier made, Runnable make, Runnable show) {
        int call = ++asked;
        if (made.getAsBoolean()) {
            show.run();
            return;
        }
        // queued before the page is made, so what its screen queues while made (rows in turns) comes after
        owner.getDisplay().asyncExec(() -> {
            if (!owner.isDisposed() && asked == call) {
                if (making) {
                    dueWhenMade = true; // a dialog's loop ran it while the page was made (a failure told)
                } else {
                    show.run();
                }
            }
        });
        making = true;
        try {
            make.run();
        } finally {
            making = false;
        }
        if (dueWhenMade) {
            dueWhenMade = false;
            show.run();
        }
    }
}
