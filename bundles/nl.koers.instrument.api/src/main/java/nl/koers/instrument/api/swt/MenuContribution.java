package nl.koers.instrument.api.swt;

import java.util.Locale;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * An item a plugin adds to the window's Extra menu: register it as a service. It appears while its bundle runs,
 * without a restart. Calls are guarded: one that throws stops the plugin of {@link #instrumentId()}, as a screen
 * that throws does, and the window goes on.
 */
@ConsumerType
public interface MenuContribution {
    /**
     * {@return the instrument (plugin) this item belongs to} It is stopped when the item fails; its settings are
     * the ones {@link MenuContext#settings()} gives.
     */
    String instrumentId();

    /**
     * {@return the item's text in {@code locale}}
     *
     * @param locale the language of the window
     */
    String label(Locale locale);

    /**
     * What the item does when chosen; called on the UI thread. Long work belongs on a thread of its own, so the
     * window does not wait.
     *
     * @param context the window, the open dossier and the plugin's settings
     */
    void run(MenuContext context);
}
