package nl.koers.instrument.api.swt;

import org.eclipse.swt.widgets.Composite;
import org.osgi.annotation.versioning.ConsumerType;

import nl.koers.domain.Dossier;
import nl.koers.domain.analysis.Found;

/**
 * The screens of one instrument, one per step of its descriptor. Register as a service with the property
 * {@code instrument.id}; calls are guarded, so a screen that throws is shown as failed and the window goes on.
 */
@ConsumerType
public interface InstrumentScreens {
    /** {@return the id of the {@link nl.koers.instrument.api.Instrument} these screens belong to} */
    String instrumentId();

    /**
     * Builds the screen of step {@code step} (0-based, in the order of the descriptor's steps) inside
     * {@code parent}, which has no layout yet. The screen stays in step with the dossier through
     * {@link WorkContext#onChange}. The window lays the new screen out and shows it in the dispatch of the event loop
     * after this call; what the screen hands the display to run later while it is built ({@code asyncExec}, the kit's
     * rows in turns) runs after that first layout.
     *
     * <pre>{@code
     * public void createStep(int step, Composite parent, WorkContext context) {
     *     parent.setLayout(new GridLayout(1, false));
     *     Label count = new Label(parent, SWT.NONE);
     *     Runnable show = () -> count.setText(String.valueOf(DATA.read(context.dossier()).themes().size()));
     *     show.run();
     *     context.onChange(show);
     * }
     * }</pre>
     *
     * @param step the step's index
     * @param parent the screen's area, cleared and disposed by the window
     * @param context the dossier and the window's settings for this screen
     */
    void createStep(int step, Composite parent, WorkContext context);

    /**
     * Gets these screens ready to show what a search found (Ctrl+F in the window) and returns the step that shows
     * it; the window then opens that step. Screens that show one partner at a time choose the partner of
     * {@code found} here. The default shows nothing found.
     *
     * <pre>{@code
     * public int reveal(Dossier dossier, Found found) {
     *     if (found.kind() != Found.Kind.INTEREST) {
     *         return -1;
     *     }
     *     partner.set(dossier, found.partnerId());
     *     return 0;
     * }
     * }</pre>
     *
     * @param dossier the dossier the search ran in
     * @param found where the search found its words
     * @return the step's index, or -1 when no step of these screens shows what was found
     */
    default int reveal(Dossier dossier, Found found) {
        return -1;
    }
}
