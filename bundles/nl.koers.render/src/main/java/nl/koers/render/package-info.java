/**
 * Writes pages of the instrument API's figures to PDF and PNG, and a printable's pages to a file. The window
 * draws the same {@link nl.koers.instrument.api.figure.Page} with SWT, so what the room sees is what gets
 * printed. Needs no display.
 */
@Export
@Version("1.1.0")
package nl.koers.render;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
