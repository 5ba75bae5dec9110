package nl.koers.report.internal;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

import nl.koers.domain.Dossier;
import nl.koers.instrument.api.report.Report;
import nl.koers.instrument.api.report.ReportChapter;
import nl.koers.instrument.api.report.ReportWriter;
import nl.koers.report.OfferedChapter;
import nl.koers.report.ReportPlan;
import nl.koers.report.Reports;

/**
 * The one {@link Reports} service: a whiteboard of the installed chapters and writers, which come and go with their
 * bundles.
 */
@Component(service = Reports.class)
public final class ReportsComponent implements Reports {
    private final List<ReportChapter> chapters = new CopyOnWriteArrayList<>();
    private final Map<String, ReportWriter> writers = new ConcurrentHashMap<>();

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void bindChapter(ReportChapter chapter) {
        chapters.add(chapter);
    }

    void unbindChapter(ReportChapter chapter) {
        chapters.remove(chapter);
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void bindWriter(ReportWriter writer) {
        writers.put(writer.format(), writer);
    }

    void unbindWriter(ReportWriter writer) {
        writers.values().remove(writer);
    }

    @Override
    public List<OfferedChapter> offered(Dossier dossier, Locale locale) {
        throw new UnsupportedOperationException("not yet");
    }

    @Override
    public Report dossierReport(Dossier dossier, Locale locale, ReportPlan plan) {
        throw new UnsupportedOperationException("not yet");
    }

    @Override
    public Report agreementNote(Dossier dossier, Locale locale) {
        throw new UnsupportedOperationException("not yet");
    }

    @Override
    public Optional<ReportWriter> writer(String format) {
        return Optional.ofNullable(writers.get(format));
    }

    @Override
    public List<String> formats() {
        return writers.keySet().stream().sorted().toList();
    }
}
