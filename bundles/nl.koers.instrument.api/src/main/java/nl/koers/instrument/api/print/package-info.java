/**
 * Printables: sheets and figures that a bundle offers for a dossier (cards on A4, posters on A3 and A0,
 * a PNG of an overview). Register a {@link nl.koers.instrument.api.print.Printable} service; the window's
 * export menu and {@code bin/koers export} list whatever is installed.
 */
@Export
@Version("1.0.0")
package nl.koers.instrument.api.print;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
