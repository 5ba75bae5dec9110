/**
 * Analyses of a dossier that more than one instrument shows: what partners bring and get, how it matches and
 * why ({@link nl.koers.domain.analysis.MatchReason}, found through an index),
 * where it falls short ({@link nl.koers.domain.analysis.BringGet}), the balance per category
 * ({@link nl.koers.domain.analysis.CategoryBalance}), what changed between two texts
 * ({@link nl.koers.domain.analysis.TextDiff}), what the interests at the table share and where they pull apart
 * ({@link nl.koers.domain.analysis.InterestSuggestions}), and which lenses the table wears
 * ({@link nl.koers.domain.analysis.LensProfile}), and what changed on the partner model canvas between two
 * snapshots ({@link nl.koers.domain.analysis.CanvasCompare}), and where a text is
 * ({@link nl.koers.domain.analysis.DossierSearch}). Pure functions of the domain records; results are values.
 * They grow with the size of the dossier, not its square (indexes by category, unit and word), and
 * {@link nl.koers.domain.analysis.Analyses} keeps the last dossier's results, so screens asking alike compute once.
 */
@Export
@Version("1.8.0")
package nl.koers.domain.analysis;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
