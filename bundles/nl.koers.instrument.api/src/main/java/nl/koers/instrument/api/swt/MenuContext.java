package nl.koers.instrument.api.swt;

import java.util.Locale;
import java.util.Optional;

import org.eclipse.swt.widgets.Shell;
import org.osgi.annotation.versioning.ProviderType;

import nl.koers.domain.Dossier;
import nl.koers.domain.edit.Edit;
import nl.koers.instrument.api.settings.PluginSettings;

/** What a {@link MenuContribution} gets when it is chosen. */
@ProviderType
public interface MenuContext {
    /** {@return the language of the window} */
    Locale locale();

    /** {@return the window, as the parent of a dialog the item opens} */
    Shell shell();

    /** {@return the dossier open in the window; empty on the welcome page} */
    Optional<Dossier> dossier();

    /**
     * Applies an edit to the open dossier; Ctrl+Z takes it back like any other.
     *
     * @param edit the change, e.g. {@code InstrumentData.write(value)}
     * @throws IllegalStateException when no dossier is open
     */
    void apply(Edit edit);

    /** {@return the settings of the item's plugin} */
    PluginSettings settings();
}
