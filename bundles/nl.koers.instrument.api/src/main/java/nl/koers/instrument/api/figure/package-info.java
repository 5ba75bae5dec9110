/**
 * One description of a figure or printed sheet, in millimetres on a page: boxes, lines and wrapped text.
 * The window draws it with SWT and the render bundle writes it to PDF and PNG, so what the room sees is what
 * gets printed. Pure Java: an instrument builds pages without knowing who will draw them.
 */
@Export
@Version("1.1.0")
package nl.koers.instrument.api.figure;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
