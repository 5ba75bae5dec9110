/**
 * The plugins a consultant installs: a firm's instrument bundles, added, updated, disabled, removed and rolled
 * back while Koers runs. Before anything is installed it is checked: it must resolve against what is installed,
 * declare the {@code koers.instrument} capability and import {@code nl.koers.instrument.api} with a range that
 * this Koers satisfies, and carry a signature from a trusted firm (or be trusted explicitly by the consultant).
 *
 * <h2>A feature archive ({@code .koersplugin})</h2>
 * A zip file that holds:
 * <ul>
 * <li>{@code feature.json} at the root: an OSGi Feature (JSON) with {@code "id": "group:artifact:version"},
 * {@code "name"}, {@code "vendor"} and {@code "bundles": [{"id": "group:artifact:version"}, ...]};</li>
 * <li>every bundle it names at {@code bundles/<artifact>-<version>.jar}.</li>
 * </ul>
 * All bundles of a feature are checked together and installed together as one change (one generation), or
 * not at all. At least one of them must provide an instrument; the others may be libraries it needs.
 *
 * <h2>A catalogue</h2>
 * A firm's catalogue is a standard OSGi repository index (R5 XML, {@code index.xml} or {@code index.xml.gz}) at
 * a {@code file:}, {@code http:} or {@code https:} URL, or a folder that holds {@code index.xml}. Every resource
 * with an {@code osgi.identity} of type {@code osgi.bundle} and a {@code koers.instrument} capability is listed;
 * its {@code osgi.content} url (relative to the index) is what gets installed.
 */
@Export
@Version("1.0.0")
package nl.koers.plugins;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
