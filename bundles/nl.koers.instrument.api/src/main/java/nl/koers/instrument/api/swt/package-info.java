/**
 * The working screens of an instrument, in SWT. An instrument bundle registers
 * {@link nl.koers.instrument.api.swt.InstrumentScreens}; the workbench shows its steps one at a time with the
 * step's question, the facilitator's tip, a timer and back/next, and hands each screen a
 * {@link nl.koers.instrument.api.swt.WorkContext} through which it reads and edits the dossier and reads its
 * plugin's settings.
 *
 * <p>Beside its screens a plugin can add items to the window's Extra menu
 * ({@link nl.koers.instrument.api.swt.MenuContribution}) and a page to its settings dialog
 * ({@link nl.koers.instrument.api.swt.SettingsPage}).
 */
@Export
@Version("1.6.0")
package nl.koers.instrument.api.swt;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
