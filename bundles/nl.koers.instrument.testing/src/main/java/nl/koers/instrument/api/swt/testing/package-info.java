/**
 * Helpers for UI tests of instrument screens, for a firm's own tests of its instruments as for Koers's: a real
 * work context on a dossier session ({@link nl.koers.instrument.api.swt.testing.SessionContext}), a robot that
 * finds widgets by their id and sends them the events a user makes
 * ({@link nl.koers.instrument.api.swt.testing.Robot}), a count of what a screen lays out
 * ({@link nl.koers.instrument.api.swt.testing.LayoutCount}), a window with every step of an instrument's
 * screens in it ({@link nl.koers.instrument.api.swt.testing.StepWindow}) and one in which a step is built as a click
 * builds it ({@link nl.koers.instrument.api.swt.testing.ClickWindow}). Failures are
 * {@link java.lang.AssertionError}s, so any test framework reports them. Not for use in production code.
 */
@Export
@Version("2.10.0")
package nl.koers.instrument.api.swt.testing;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
