package nl.koers.instrument.api.swt;

import java.util.Locale;
import java.util.concurrent.Executor;

import org.eclipse.swt.graphics.Font;
import org.osgi.annotation.versioning.ProviderType;

import nl.koers.domain.Dossier;
import nl.koers.domain.edit.Edit;
import nl.koers.instrument.api.settings.PluginSettings;

/**
 * What the workbench gives an instrument's screen: the dossier, a way to change it, the room's settings, and the
 * plugin's own settings.
 */
@ProviderType
public interface WorkContext {
    /** {@return the language of the window} */
    Locale locale();

    /** {@return the dossier as it is now} A dossier is immutable: read it again after a change. */
    Dossier dossier();

    /**
     * Applies an edit; it can be undone with Ctrl+Z like any other. From the UI thread the change is shown when
     * this returns; from any other thread it is queued, applied in order, and shown through {@link #onChange}.
     *
     * @param edit the change, e.g. {@code InstrumentData.update(...)} or one of the domain's edits
     * @throws IllegalArgumentException from the UI thread, when the edit is refused and the dossier stays as it
     *         was: the domain refuses it ({@link nl.koers.domain.EditRefused}, a text too long, with a message for
     *         the user), or it changes another instrument's data
     */
    void apply(Edit edit);

    /**
     * Calls {@code listener} on the UI thread after every change to the dossier (an edit, undo, redo),
     * until the screen is disposed.
     *
     * @param listener shows the dossier again; it reads {@link #dossier()} itself
     */
    void onChange(Runnable listener);

    /**
     * {@return whether this screen is for the wall: full screen, large type} A screen keeps the answer it was built
     * with: projector mode shows screens built for the wall, and the desk's screens again when it ends.
     */
    boolean projector();

    /** {@return the font for body text: larger in projector mode} Owned by the workbench; do not dispose. */
    Font font();

    /** {@return the font for headings: larger in projector mode} Owned by the workbench; do not dispose. */
    Font headingFont();

    /**
     * Shows another step of this instrument, e.g. to go from a finding to the card it comes from.
     *
     * @param step the step's index, 0-based as in {@link InstrumentScreens#createStep}
     */
    void goToStep(int step);

    /**
     * A thread for work that would make the window wait (an analysis of a large table, reading a file). Work done
     * there may {@link #apply} edits; they reach the screens through {@link #onChange} on the UI thread. It ends
     * when the window closes.
     *
     * @return an executor that runs one task at a time
     */
    Executor background();

    /**
     * This instrument's own settings, the same that its settings page (Extra &gt; Instellingen) and its menu items
     * read and store: what the consultant set there, a screen can use.
     *
     * @return the settings of the plugin this screen belongs to, read and written at once
     */
    PluginSettings settings();

    /**
     * Tells the workbench that a clock of this screen's own (a speaking clock, say) started or stopped. The room
     * should see one clock: while the screen's clock runs, the workbench folds its step timer to a small label.
     * Call it again with {@code false} when the clock stops; a screen that goes away stops its clock too.
     *
     * @param running true while the screen's own clock runs
     * @since 1.4
     */
    default void ownClock(boolean running) {
        // a workbench without a step timer of its own has nothing to fold away
    }
}
