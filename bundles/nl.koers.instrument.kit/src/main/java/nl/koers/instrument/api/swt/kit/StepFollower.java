package nl.koers.instrument.api.swt.kit;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;

import nl.koers.instrument.api.swt.WorkContext;

/**
 * Keeps a step in step with the dossier ({@link Ui#follow}): a shown step redraws on every edit, a hidden one
 * once, when it is shown again.
 */
final class StepFollower {
    private final Composite parent;
    private final Runnable refresh;
    /** An edit came while the step was hidden: it redraws when it is shown. */
    private boolean stale;

    private StepFollower(Composite parent, Runnable refresh) {
        this.parent = parent;
        this.refresh = refresh;
    }

    /** Runs {@code refresh} on the edits of {@code ctx} while {@code parent} is shown, and once when it comes back. */
    static void follow(WorkContext ctx, Composite parent, Runnable refresh) {
        StepFollower follower = new StepFollower(parent, refresh);
        ctx.onChange(follower::changed);
        // shown again by its own stack (Show), or because the tab or window around it came back (Paint)
        parent.addListener(SWT.Show, e -> parent.getDisplay().asyncExec(follower::ifStale));
        parent.addListener(SWT.Paint, e -> {
            if (follower.stale) {
                parent.getDisplay().asyncExec(follower::ifStale);
            }
        });
    }

    private void changed() {
        if (parent.isDisposed()) {
            return;
        }
        if (parent.isVisible()) {
            stale = false;
            refresh.run();
        } else {
            stale = true;
        }
    }

    private void ifStale() {
        if (stale && !parent.isDisposed() && parent.isVisible()) {
            stale = false;
            refresh.run();
        }
    }
}
