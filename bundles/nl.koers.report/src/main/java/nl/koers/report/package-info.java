/**
 * The dossier report and the agreement note, assembled from the dossier and the installed
 * {@link nl.koers.instrument.api.report.ReportChapter}s, and the installed
 * {@link nl.koers.instrument.api.report.ReportWriter}s that write them. Every face uses one
 * {@link nl.koers.report.Reports} service: the window's File &gt; Verslag and {@code koers report}. Needs no display.
 */
@Export
@Version("1.0.0")
package nl.koers.report;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
