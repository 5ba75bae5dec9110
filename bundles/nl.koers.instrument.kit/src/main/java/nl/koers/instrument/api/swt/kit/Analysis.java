package nl.koers.instrument.api.swt.kit;

import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;

import org.eclipse.swt.SWTException;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;

import nl.koers.domain.Dossier;
import nl.koers.instrument.api.swt.WorkContext;

/**
 * An analysis of the dossier that would make the window wait at hundreds of partners (findings, matches,
 * suggestions): computed on the work context's {@link WorkContext#background() background} thread and shown on the
 * UI thread when it is ready. A result for a dossier that is no longer the newest asked for is dropped, and the
 * same dossier (it is immutable) is not analysed twice.
 *
 * <pre>{@code
 * Analysis<List<Finding>> findings = new Analysis<>(ui.ctx, panel, BringGet::findings, this::showFindings);
 * ui.follow(parent, () -> findings.update(ui.ctx.dossier()));
 * }</pre>
 *
 * @param <T> what the analysis finds
 * @since 1.2
 */
public final class Analysis<T> {
    private final WorkContext ctx;
    private final Control owner;
    private final Function<Dossier, T> compute;
    private final Consumer<T> show;
    /** The newest dossier asked for; written on the UI thread, read on the background thread to skip stale work. */
    private volatile Dossier wanted;

    /**
     * An analysis that shows its results in {@code owner}.
     *
     * @param ctx the screen's work context, whose background thread computes
     * @param owner the widget the results go into: once it is disposed, results are dropped
     * @param compute the analysis; runs on the background thread, so it must only read the dossier it is given
     * @param show shows a result, on the UI thread
     */
    public Analysis(WorkContext ctx, Control owner, Function<Dossier, T> compute, Consumer<T> show) {
        this.ctx = ctx;
        this.owner = owner;
        this.compute = compute;
        this.show = show;
    }

    /**
     * Asks for the analysis of {@code dossier}; returns at once. Call it on the UI thread.
     *
     * @param dossier the dossier as it is now
     */
    public void update(Dossier dossier) {
        if (dossier == wanted) {
            return;
        }
        wanted = Objects.requireNonNull(dossier);
        Display display = owner.getDisplay();
        ctx.background().execute(() -> {
            if (wanted != dossier) {
                return; // a newer dossier is queued behind this one
            }
            T result = compute.apply(dossier);
            try {
                display.asyncExec(() -> {
                    if (!owner.isDisposed() && wanted == dossier) {
                        show.accept(result);
                    }
                });
            } catch (SWTException closed) {
                // the window went while this was computed: nobody to show it to
            }
        });
    }

    /** Forgets the dossier last asked for, so the next {@link #update} analyses it again (a view option changed). */
    public void again() {
        wanted = null;
    }
}
