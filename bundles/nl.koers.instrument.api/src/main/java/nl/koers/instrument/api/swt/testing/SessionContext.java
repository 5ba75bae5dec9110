package nl.koers.instrument.api.swt.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.FontData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;

import nl.koers.domain.Dossier;
import nl.koers.domain.edit.DossierSession;
import nl.koers.domain.edit.Edit;
import nl.koers.instrument.api.swt.WorkContext;

/**
 * A real work context, as small as the workbench's: edits go to a real session, listeners hear every change
 * (edit, undo, redo) until their screen is disposed. For UI tests of instrument screens: the fonts are the system
 * font, larger for the projector; {@link #close()} frees them.
 */
public final class SessionContext implements WorkContext {
    private final DossierSession session;
    private final Locale locale;
    private final boolean projector;
    private final Font body;
    private final Font heading;
    private final List<Runnable> listeners = new ArrayList<>();
    private final Consumer<DossierSession> hear = s -> List.copyOf(listeners).forEach(Runnable::run);
    private int step = -1;

    public SessionContext(Display display, DossierSession session, Locale locale, boolean projector) {
        this.session = session;
        this.locale = locale;
        this.projector = projector;
        FontData base = display.getSystemFont().getFontData()[0];
        int size = base.getHeight();
        body = new Font(display, base.getName(), projector ? size * 2 : size + 1, SWT.NORMAL);
        heading = new Font(display, base.getName(), projector ? size * 2 + 6 : size + 4, SWT.BOLD);
        session.onChange(hear);
    }

    /** Stops listening and frees the fonts. */
    public void close() {
        session.removeListener(hear);
        body.dispose();
        heading.dispose();
    }

    /** A context for one screen: its listeners go when the screen goes, as in the workbench. */
    public WorkContext forScreen(Composite page) {
        List<Runnable> mine = new ArrayList<>();
        page.addDisposeListener(e -> listeners.removeAll(mine));
        SessionContext outer = this;
        return new WorkContext() {
            @Override
            public Locale locale() {
                return outer.locale();
            }

            @Override
            public Dossier dossier() {
                return outer.dossier();
            }

            @Override
            public void apply(Edit edit) {
                outer.apply(edit);
            }

            @Override
            public void onChange(Runnable listener) {
                mine.add(listener);
                listeners.add(listener);
            }

            @Override
            public boolean projector() {
                return projector;
            }

            @Override
            public Font font() {
                return body;
            }

            @Override
            public Font headingFont() {
                return heading;
            }

            @Override
            public void goToStep(int step) {
                SessionContext.this.step = step;
            }
        };
    }

    /** The step a screen last asked to go to, -1 before any (or since {@link #forgetStep()}). */
    public int lastStep() {
        return step;
    }

    /** Forgets the step asked for, so a test can see that the next action asks again. */
    public void forgetStep() {
        step = -1;
    }

    @Override
    public Locale locale() {
        return locale;
    }

    @Override
    public Dossier dossier() {
        return session.dossier();
    }

    @Override
    public void apply(Edit edit) {
        session.apply(edit);
    }

    @Override
    public void onChange(Runnable listener) {
        listeners.add(listener);
    }

    @Override
    public boolean projector() {
        return projector;
    }

    @Override
    public Font font() {
        return body;
    }

    @Override
    public Font headingFont() {
        return heading;
    }

    @Override
    public void goToStep(int step) {
        SessionContext.this.step = step;
    }
}
