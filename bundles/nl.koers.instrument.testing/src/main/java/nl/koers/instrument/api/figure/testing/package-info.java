/**
 * Checks for the tests of an instrument's printables: whether a {@link nl.koers.instrument.api.figure.Page} is
 * laid out so that it prints well ({@link nl.koers.instrument.api.figure.testing.PageChecks}). They throw
 * {@link AssertionError}, so they work with any test framework.
 */
@Export
@Version("1.0.0")
package nl.koers.instrument.api.figure.testing;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
