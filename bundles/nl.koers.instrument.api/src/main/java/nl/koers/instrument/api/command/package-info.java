/**
 * Commands of the headless command line ({@code bin/koers NAME ...}). Any bundle may register a
 * {@link nl.koers.instrument.api.command.Command} service; {@code bin/koers --help} lists what is installed,
 * and the launcher knows none of them by name.
 */
@Export
@Version("1.1.0")
package nl.koers.instrument.api.command;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
