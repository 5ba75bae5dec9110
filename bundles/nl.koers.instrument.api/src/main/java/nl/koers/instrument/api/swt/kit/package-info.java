/**
 * A small toolkit for the SWT screens of instruments: the widgets a step is made of, bound to the dossier
 * ({@link nl.koers.instrument.api.swt.kit.Ui}), rows kept in step with a list of items
 * ({@link nl.koers.instrument.api.swt.kit.Rows}), scrolling content ({@link nl.koers.instrument.api.swt.kit.Scroll})
 * and the partner a facilitator is working with ({@link nl.koers.instrument.api.swt.kit.PartnerChoice}).
 * Instruments may not use each other's code; they share this instead.
 */
@Export
@Version("1.0.0")
package nl.koers.instrument.api.swt.kit;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
