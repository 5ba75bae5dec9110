package nl.koers.report.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BiConsumer;

import org.osgi.framework.ServiceReference;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.log.Logger;
import org.osgi.service.log.LoggerFactory;

import nl.koers.domain.Dossier;
import nl.koers.instrument.api.report.Report;
import nl.koers.instrument.api.report.ReportChapter;
import nl.koers.instrument.api.report.ReportWriter;
import nl.koers.report.OfferedChapter;
import nl.koers.report.ReportPlan;
import nl.koers.report.Reports;

/**
 * The one {@link Reports} service: a whiteboard of the installed chapters and writers, which come and go with their
 * bundles. A chapter is plugin code: every call into it is guarded, and what failed goes to the OSGi log.
 */
@Component(service = Reports.class)
public final class ReportsComponent implements Reports {
    /** A chapter for 200 partners takes well under a second: one that takes this long hangs. */
    static final Duration PATIENCE = Duration.ofSeconds(30);

    private final List<Installed> chapters = new CopyOnWriteArrayList<>();
    private final List<Writer> writers = new CopyOnWriteArrayList<>();
    private final Guard guard;
    private final AtomicReference<Made> last = new AtomicReference<>();
    private final Clock clock;

    /** The same chapter services, compared by identity: a plugin's {@code equals} is not called. */
    private static boolean same(List<Installed> a, List<Installed> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            if (a.get(i).chapter() != b.get(i).chapter()) {
                return false;
            }
        }
        return true;
    }

    /** The last maker and what it was made for. */
    private record Made(Dossier dossier, Locale locale, List<Installed> installed, LocalDate today,
            DossierReportMaker maker) {
    }

    /** A writer with the bundle that offers it: of two for one format, the older bundle's is used. */
    private record Writer(ReportWriter writer, String format, long bundleId) {
    }

    /**
     * The service in the framework.
     *
     * @param log where what failed in a chapter goes
     */
    @Activate
    public ReportsComponent(@Reference(service = LoggerFactory.class) Logger log) {
        this((what, error) -> log.error("{}", what, error), Clock.systemDefaultZone(), PATIENCE);
    }

    /**
     * A service outside a framework, for the tests of the faces that use it; a chapter may take 30 s.
     *
     * @param failures hears what failed in a chapter, with its trace
     * @param clock gives the date on the cover
     */
    public ReportsComponent(BiConsumer<String, Throwable> failures, Clock clock) {
        this(failures, clock, PATIENCE);
    }

    /**
     * A service outside a framework, for the tests of the faces that use it.
     *
     * @param failures hears what failed in a chapter, with its trace
     * @param clock gives the date on the cover
     * @param patience how long a chapter may take before it counts as hanging
     */
    public ReportsComponent(BiConsumer<String, Throwable> failures, Clock clock, Duration patience) {
        this.guard = new Guard(failures, patience);
        this.clock = clock;
    }

    /** The threads that ask the chapters end with the service. */
    @Deactivate
    public void close() {
        guard.close();
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void bindChapter(ReportChapter chapter, ServiceReference<ReportChapter> reference) {
        addChapter(chapter, reference.getBundle().getBundleId(), (Long) reference.getProperty("service.id"));
    }

    void unbindChapter(ReportChapter chapter) {
        chapters.removeIf(i -> i.chapter() == chapter);
        guard.forget(chapter);
        last.set(null);
    }

    /**
     * Adds a chapter; one that cannot say its id is not used, and the log says why.
     *
     * @param chapter the chapter
     * @param bundleId the bundle that offers it: of two chapters with one id, the older bundle's is used
     * @param serviceId its order within the bundle
     */
    public void addChapter(ReportChapter chapter, long bundleId, long serviceId) {
        String id = guard.id(chapter, false);
        String instrument = guard.id(chapter, true);
        if (id != null) {
            chapters.add(new Installed(chapter, id, instrument == null ? "" : instrument, bundleId, serviceId));
        }
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void bindWriter(ReportWriter writer, ServiceReference<ReportWriter> reference) {
        addWriter(writer, reference.getProperty(ReportWriter.FORMAT_PROPERTY), reference.getBundle().getBundleId());
    }

    void unbindWriter(ReportWriter writer) {
        writers.removeIf(w -> w.writer() == writer);
    }

    /**
     * Adds a writer under its format: the service property when there is one, else what the writer says.
     *
     * @param writer the writer
     * @param format the service property {@value ReportWriter#FORMAT_PROPERTY}, or null
     * @param bundleId the bundle that offers it: of two writers of one format, the older bundle's is used
     */
    public void addWriter(ReportWriter writer, Object format, long bundleId) {
        String name = format instanceof String s ? s : guard.format(writer);
        if (name != null) {
            writers.add(new Writer(writer, name.toLowerCase(Locale.ROOT), bundleId));
        }
    }

    @Override
    public List<OfferedChapter> offered(Dossier dossier, Locale locale) {
        return maker(dossier, locale).offered();
    }

    @Override
    public Report dossierReport(Dossier dossier, Locale locale, ReportPlan plan) {
        return maker(dossier, locale).report(plan);
    }

    @Override
    public Report agreementNote(Dossier dossier, Locale locale) {
        return new AgreementNoteMaker(dossier, locale, LocalDate.now(clock)).note();
    }

    @Override
    public Optional<ReportWriter> writer(String format) {
        return Optional.ofNullable(byFormat().get(format.toLowerCase(Locale.ROOT)));
    }

    @Override
    public List<String> formats() {
        return List.copyOf(byFormat().keySet());
    }

    /**
     * The maker for this dossier: the last one again when it is the same (immutable) dossier, in the same language,
     * with the same chapters installed, so the chapters that {@link #offered} asked are not asked again when the
     * report of the same dossier is made.
     */
    private DossierReportMaker maker(Dossier dossier, Locale locale) {
        List<Installed> installed = List.copyOf(chapters);
        LocalDate today = LocalDate.now(clock);
        Made made = last.get();
        if (made != null && made.dossier() == dossier && made.locale().equals(locale)
                && same(made.installed(), installed) && made.today().equals(today)) {
            return made.maker();
        }
        DossierReportMaker maker = new DossierReportMaker(dossier, locale, installed, guard, today);
        last.set(new Made(dossier, locale, installed, today, maker));
        return maker;
    }

    private Map<String, ReportWriter> byFormat() {
        Map<String, ReportWriter> byFormat = new TreeMap<>();
        writers.stream().sorted((a, b) -> Long.compare(a.bundleId(), b.bundleId()))
                .forEach(w -> byFormat.putIfAbsent(w.format(), w.writer()));
        return byFormat;
    }
}
