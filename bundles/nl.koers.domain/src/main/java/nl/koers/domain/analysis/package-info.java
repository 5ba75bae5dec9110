/**
 * Analyses of a dossier that more than one instrument shows: what partners bring and get, how it matches,
 * where it falls short ({@link nl.koers.domain.analysis.BringGet}), and what changed between two texts
 * ({@link nl.koers.domain.analysis.TextDiff}). Pure functions of the domain records; results are values.
 */
@Export
@Version("1.0.0")
package nl.koers.domain.analysis;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
