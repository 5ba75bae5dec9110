package nl.koers.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collections;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.log.LogLevel;
import org.osgi.service.log.LogReaderService;

import nl.koers.domain.Dossier;
import nl.koers.domain.Partner;
import nl.koers.domain.Role;
import nl.koers.instrument.api.report.Block;
import nl.koers.instrument.api.report.Report;
import nl.koers.instrument.api.report.ReportChapter;
import nl.koers.instrument.api.report.ReportWriter;
import nl.koers.testing.felix.TestFramework;

/**
 * The report bundle in a real Felix with Declarative Services: chapters and writers registered as services come
 * and go while the service runs, and a chapter that throws costs only its own chapter and lands in the OSGi log.
 */
class ReportsInFelixIT {
    private static final Locale DUTCH = Locale.of("nl");
    private static final Dossier DOSSIER = Dossier.titled("Jongeren aan het werk")
            .withPartner(Partner.of("Gemeente Waalstede", Role.CORE))
            .withInstrumentData("energiekaart", Map.of("thema's", List.of("zon")));

    /** A firm's chapter: one line per partner. */
    private static final ReportChapter ENERGY = new TestChapters.Chapter("energiekaart.verslag", "energiekaart",
            "Energiekaart");

    private TestFramework felix;

    @BeforeEach
    void start(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Path reportJar = Path.of(System.getProperty("koers.report.bundle"));
        felix = TestFramework.in(dir.resolve("felix"))
                // the test and the bundle share the domain's, the report API's and this bundle's types
                .systemPackagesExtra(TestFramework.exportsOf(TestFramework.onClassPath("nl.koers.domain-")),
                        TestFramework.exportsOf(TestFramework.onClassPath("nl.koers.instrument.api-")),
                        TestFramework.exportsOf(reportJar), TestFramework.LOG_API)
                .installFromClassPath("org.apache.felix.log-", "org.osgi.util.function-", "org.osgi.util.promise-",
                        "org.osgi.service.component-", "org.apache.felix.scr-")
                .install(reportJar)
                .start();
    }

    @AfterEach
    void stop() throws Exception {
        felix.close();
    }

    private Reports reports() throws InterruptedException {
        return felix.service(Reports.class, Duration.ofSeconds(20));
    }

    private static List<String> ids(List<OfferedChapter> offered) {
        return offered.stream().map(OfferedChapter::id).toList();
    }

    @Test
    void aChapterThatComesIsOfferedAndOneThatGoesLeavesItsDataOutWithALine() throws Exception {
        Reports reports = reports();
        assertEquals(List.of("koers.partners", "koers.bijlage"), ids(reports.offered(DOSSIER, DUTCH)));
        ServiceRegistration<ReportChapter> energy = felix.context().registerService(ReportChapter.class,
                ENERGY, null);
        assertEquals(List.of("koers.partners", "energiekaart.verslag", "koers.bijlage"),
                ids(reports.offered(DOSSIER, DUTCH)));
        Report report = reports.dossierReport(DOSSIER, DUTCH, ReportPlan.everything());
        assertEquals(List.of(new Block.Paragraph("Energiekaart van Gemeente Waalstede")),
                report.chapters().get(1).blocks());
        assertTrue(notes(report).isEmpty(), notes(report).toString());

        energy.unregister();
        assertEquals(List.of("koers.partners", "koers.bijlage"), ids(reports.offered(DOSSIER, DUTCH)));
        assertEquals(List.of("De gegevens van het instrument \u201eenergiekaart\u201d zijn weggelaten: de plugin van "
                + "dat instrument is niet ge\u00efnstalleerd."), notes(reports.dossierReport(DOSSIER, DUTCH,
                        ReportPlan.everything())));
    }

    @Test
    void aChapterThatThrowsIsALineInTheReportAndAnErrorInTheLog() throws Exception {
        Reports reports = reports();
        felix.context().registerService(ReportChapter.class, TestChapters.tripping("struikel.verslag", "Struikelblok",
                "struikelt over het dossier"), null);
        felix.context().registerService(ReportChapter.class, ENERGY, null);
        Report report = reports.dossierReport(DOSSIER, DUTCH, ReportPlan.everything());
        assertEquals(List.of("Partners", "Struikelblok", "Energiekaart", "Bijlage: over dit verslag"),
                report.chapters().stream().map(Report.Chapter::title).toList());
        assertTrue(notes(report).get(0).startsWith("Het hoofdstuk \u201eStruikelblok\u201d kon niet worden gemaakt"),
                notes(report).toString());
        boolean logged = Collections.list(felix.service(LogReaderService.class, Duration.ofSeconds(20)).getLog())
                .stream().anyMatch(e -> e.getLogLevel() == LogLevel.ERROR && e.getMessage().contains("struikel"));
        assertTrue(logged, "the failure is in the OSGi log");
    }

    @Test
    void theFormatsAreThoseOfTheWritersInstalledNow() throws Exception {
        Reports reports = reports();
        assertEquals(List.of(), reports.formats());
        Dictionary<String, Object> docx = new Hashtable<>(Map.of(ReportWriter.FORMAT_PROPERTY, "docx"));
        ServiceRegistration<ReportWriter> writer = felix.context().registerService(ReportWriter.class,
                new ReportWriter() {
                    @Override
                    public String format() {
                        return "docx";
                    }

                    @Override
                    public void write(Report report, OutputStream out, Progress progress) {
                    }
                }, docx);
        assertEquals(List.of("docx"), reports.formats());
        assertTrue(reports.writer("docx").isPresent());
        writer.unregister();
        assertEquals(List.of(), reports.formats());
        assertTrue(reports.writer("docx").isEmpty());
    }

    private static List<String> notes(Report report) {
        return report.chapters().stream().flatMap(c -> c.blocks().stream())
                .filter(b -> b instanceof Block.Paragraph p && p.kind() == Block.Paragraph.Kind.NOTE)
                .map(b -> ((Block.Paragraph) b).text()).toList();
    }
}
