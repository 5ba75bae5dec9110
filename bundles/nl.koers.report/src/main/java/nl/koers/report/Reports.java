package nl.koers.report;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

import nl.koers.domain.Dossier;
import nl.koers.instrument.api.report.Report;
import nl.koers.instrument.api.report.ReportWriter;

/**
 * Makes the documents the partners take home from a dossier, and finds the writers that put them in a file. A DS
 * component of this bundle implements it; the installed chapters and writers come and go at run time. Every call
 * into a chapter is guarded: a chapter that throws is replaced by a line that names it, and the rest is written.
 * Calls take as long as the chapters do: call them off the UI thread.
 */
@ProviderType
public interface Reports {
    /**
     * {@return the chapters that have something to say for this dossier, in the default order (built-in ones
     * included)}
     *
     * @param dossier the dossier as it is now
     * @param locale the language of the titles
     */
    List<OfferedChapter> offered(Dossier dossier, Locale locale);

    /**
     * {@return the dossier report with the chosen chapters in the given order, the facilitator's introduction and
     * closing} The introduction opens the report and the closing text follows the chosen chapters; the appendix,
     * when chosen, is always last. A chosen chapter that throws or hangs is a line that names it; one that is
     * installed but has no data for this dossier says so.
     *
     * @param dossier the dossier as it is now
     * @param locale the language of the report
     * @param plan which chapters, in which order, and the facilitator's own texts
     * @throws IllegalArgumentException when the plan names a chapter that is not installed
     */
    Report dossierReport(Dossier dossier, Locale locale, ReportPlan plan);

    /**
     * {@return the agreement note (afsprakennota) drafted from the dossier} What the partners still have to fill in
     * is marked as {@link nl.koers.instrument.api.report.Block.Paragraph.Kind#TO_FILL}.
     *
     * @param dossier the dossier as it is now
     * @param locale the language of the note
     */
    Report agreementNote(Dossier dossier, Locale locale);

    /**
     * {@return the writer for a format, when one is installed}
     *
     * @param format {@code pdf} or {@code docx}, as a file extension
     */
    Optional<ReportWriter> writer(String format);

    /** {@return the formats installed writers offer, sorted} */
    List<String> formats();
}
