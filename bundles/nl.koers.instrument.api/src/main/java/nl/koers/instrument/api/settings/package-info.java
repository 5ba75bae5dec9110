/**
 * A plugin's own settings: a few named texts that Koers keeps for it between runs, in a file of its own in
 * Koers's configuration folder (one per instrument id). A plugin gets its
 * {@link nl.koers.instrument.api.settings.PluginSettings} in its settings page (Extra &gt; Instellingen) and in
 * the context of its menu items.
 */
@Export
@Version("1.0.0")
package nl.koers.instrument.api.settings;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
