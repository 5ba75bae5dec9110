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
    /** The instrument (plugin) this item belongs to: it is stopped when the item fails, its settings are used. */
    String instrumentId();

    /** The item's text in {@code locale}. */
    String label(Locale locale);

    /** What the item does when chosen; called on the UI thread. */
    void run(MenuContext context);
}
