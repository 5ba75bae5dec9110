/**
 * The common domain of Koers: one collaboration ({@link nl.koers.domain.Dossier}) with its partners, their
 * representatives, interests, positions, core values and bring/get contributions, the shared ambition as
 * versions over rounds, the notes on the partner model canvas, and the matches the facilitator confirmed or
 * dismissed ({@link nl.koers.domain.MatchDecision}), and the plans of the meetings
 * ({@link nl.koers.domain.SessionPlan}). Every instrument reads and edits these
 * same records, so what a partner brings in one instrument is what the others show.
 *
 * <p>The records are immutable values. They know no UI, no file format and no framework.
 */
@Export
@Version("1.5.0")
package nl.koers.domain;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
