package nl.koers.instrument.api.swt;

import java.util.Locale;

import org.eclipse.swt.widgets.Composite;
import org.osgi.annotation.versioning.ConsumerType;

import nl.koers.instrument.api.settings.PluginSettings;

/**
 * A plugin's page in the window's settings dialog (Extra &gt; Instellingen): register it as a service. The page's
 * fields read and store their values in the plugin's own {@link PluginSettings}, which keeps them between runs.
 * A page that throws while it is built stops its plugin; the dialog and the other pages go on.
 */
@ConsumerType
public interface SettingsPage {
    /** {@return the instrument (plugin) whose settings the page shows} */
    String instrumentId();

    /**
     * {@return the page's title in {@code locale}: usually the plugin's name}
     *
     * @param locale the language of the window
     */
    String title(Locale locale);

    /**
     * Builds the page's controls in {@code parent} (which has no layout yet) on the UI thread. A field stores its
     * value with {@link PluginSettings#put} when it changes; there is no OK button to wait for.
     *
     * @param parent the page's area
     * @param settings the plugin's own settings
     * @param locale the language of the window
     */
    void create(Composite parent, PluginSettings settings, Locale locale);
}
