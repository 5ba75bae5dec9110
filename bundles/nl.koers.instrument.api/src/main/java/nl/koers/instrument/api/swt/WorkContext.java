package nl.koers.instrument.api.swt;

import java.util.Locale;

import org.eclipse.swt.graphics.Font;
import org.osgi.annotation.versioning.ProviderType;

import nl.koers.domain.Dossier;
import nl.koers.domain.edit.Edit;

/** What the workbench gives an instrument's screen: the dossier, a way to change it, and the room's settings. */
@ProviderType
public interface WorkContext {
    Locale locale();

    /** The dossier as it is now. */
    Dossier dossier();

    /** Applies an edit; it can be undone with Ctrl+Z like any other. */
    void apply(Edit edit);

    /**
     * Calls {@code listener} on the UI thread after every change to the dossier (an edit, undo, redo),
     * until the screen is disposed.
     */
    void onChange(Runnable listener);

    /** Whether the window is in projector mode: full screen, large type. */
    boolean projector();

    /** The font for body text: larger in projector mode. Owned by the workbench; do not dispose. */
    Font font();

    /** The font for headings: larger in projector mode. Owned by the workbench; do not dispose. */
    Font headingFont();

    /** Shows another step of this instrument, e.g. to go from a finding to the card it comes from. */
    void goToStep(int step);
}
