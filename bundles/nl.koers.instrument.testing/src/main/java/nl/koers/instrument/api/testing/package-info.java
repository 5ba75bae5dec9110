/**
 * Checks for the tests of an instrument: whether it describes itself completely, in Dutch and English alike
 * ({@link nl.koers.instrument.api.testing.DescriptorChecks}). They throw {@link AssertionError}, so they work
 * with any test framework.
 */
@Export
@Version("1.0.0")
package nl.koers.instrument.api.testing;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
