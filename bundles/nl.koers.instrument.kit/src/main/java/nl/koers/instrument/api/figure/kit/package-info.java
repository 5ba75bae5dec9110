/**
 * A small layout kit for printed sheets built of figures ({@link nl.koers.instrument.api.figure}): text heights,
 * boxes with a title strip, sharing out the height of a sheet ({@link nl.koers.instrument.api.figure.kit.Sheet}) and
 * lists set in a frame that say how many more did not fit ({@link nl.koers.instrument.api.figure.kit.Flow}), and
 * the widths of the printed font ({@link nl.koers.instrument.api.figure.kit.PrintedFont}). Pure
 * Java: no SWT. Instruments may not use each other's code; they share this instead.
 */
@Export
@Version("1.2.0")
package nl.koers.instrument.api.figure.kit;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
