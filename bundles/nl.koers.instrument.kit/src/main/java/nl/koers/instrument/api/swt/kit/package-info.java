/**
 * A small toolkit for the SWT screens of instruments: the widgets a step is made of, bound to the dossier
 * ({@link nl.koers.instrument.api.swt.kit.Ui}), rows kept in step with a list of items
 * ({@link nl.koers.instrument.api.swt.kit.Rows}), long lists a page at a time
 * ({@link nl.koers.instrument.api.swt.kit.Pager}), scrolling content ({@link nl.koers.instrument.api.swt.kit.Scroll}),
 * work done a part per dispatch, in parts counted beforehand or in a queue of items
 * ({@link nl.koers.instrument.api.swt.kit.Parts}, {@link nl.koers.instrument.api.swt.kit.Parts.Queue}),
 * lists that show their items whole, in projector mode too ({@link nl.koers.instrument.api.swt.kit.FittedList}),
 * the partner a facilitator is working with ({@link nl.koers.instrument.api.swt.kit.PartnerChoice}), and the
 * editors several instruments share: one partner at a time ({@link nl.koers.instrument.api.swt.kit.PartnerEditor})
 * and on it what a partner brings and gets ({@link nl.koers.instrument.api.swt.kit.ContributionsEditor}) or its
 * interests ({@link nl.koers.instrument.api.swt.kit.InterestsEditor}), with amounts as people type them
 * ({@link nl.koers.domain.Amounts}). The editors' words are the kit's own, except what an
 * instrument says above each list ({@link nl.koers.instrument.api.swt.kit.Section}).
 * Instruments may not use each other's code; they share this instead.
 */
@Export
@Version("1.7.0")
package nl.koers.instrument.api.swt.kit;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
