/**
 * The dossier report: one document the partners take home. Each instrument writes its own chapter by registering a
 * {@link nl.koers.instrument.api.report.ReportChapter} service, made of {@link nl.koers.instrument.api.report.Block}s:
 * headings, paragraphs, lists, tables and figures in the same figure description the printables use. Koers puts the
 * chapters the facilitator chose into a {@link nl.koers.instrument.api.report.Report}, and a
 * {@link nl.koers.instrument.api.report.ReportWriter} writes it as PDF or DOCX.
 *
 * <pre>{@code
 * @Component(service = ReportChapter.class)
 * public final class EnergyChapter implements ReportChapter {
 *     public String id() { return "energiekaart"; }
 *     public String instrumentId() { return "energiekaart"; }
 *     public String title(Locale locale) { return texts(locale).getString("report.title"); }
 *     public List<Block> blocks(Dossier dossier, Locale locale) {
 *         return List.of(new Block.Paragraph(texts(locale).getString("report.intro")),
 *                 new Block.Table(List.of("Partner", "Energie"), rows(dossier)));
 *     }
 * }
 * }</pre>
 */
@Export
@Version("1.0.0")
package nl.koers.instrument.api.report;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
