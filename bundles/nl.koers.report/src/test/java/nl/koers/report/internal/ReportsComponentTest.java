package nl.koers.report.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.Test;

import nl.koers.domain.Dossier;
import nl.koers.domain.IssueStatus;
import nl.koers.domain.Lens;
import nl.koers.domain.OpenIssue;
import nl.koers.domain.Openness;
import nl.koers.domain.Partner;
import nl.koers.domain.Representative;
import nl.koers.domain.Role;
import nl.koers.domain.Route;
import nl.koers.instrument.api.report.Block;
import nl.koers.instrument.api.report.Report;
import nl.koers.instrument.api.report.ReportWriter;
import nl.koers.report.OfferedChapter;
import nl.koers.report.ReportPlan;
import nl.koers.report.TestChapters;
import nl.koers.report.TestChapters.Chapter;

/** The dossier report as the service makes it, with the built-in chapters and chapters as plugins write them. */
class ReportsComponentTest {
    static final Locale DUTCH = Locale.of("nl");
    static final Clock SINTERKLAAS = Clock.fixed(LocalDate.of(2026, 12, 5).atStartOfDay().toInstant(ZoneOffset.UTC),
            ZoneOffset.UTC);

    private final List<String> logged = new ArrayList<>();
    private final ReportsComponent reports = new ReportsComponent((what, e) -> logged.add(what + ": " + e),
            SINTERKLAAS, Duration.ofMillis(500));

    static Dossier dossier() {
        Partner gemeente = Partner.of("Gemeente Waalstede", Role.CORE).withRepresentative(
                Representative.of("Anouk de Vries", "wethouder", Lens.POLITICAL, Lens.MEANING));
        Partner roc = Partner.of("ROC Rivierenland", Role.CHAIN);
        return Dossier.titled("Jongeren aan het werk").withDetails("Jongeren aan het werk", "Werk voor jongeren",
                "Gemeente Waalstede", Route.SOCIAL, Openness.CLOSED).withPartner(gemeente).withPartner(roc)
                .withOpenIssues(List.of(new OpenIssue(null, "Wie betaalt de coördinator?", gemeente.id(), "",
                        LocalDate.of(2027, 1, 15), IssueStatus.OPEN)));
    }

    private static List<String> ids(List<OfferedChapter> offered) {
        return offered.stream().map(OfferedChapter::id).toList();
    }

    private static List<String> titles(Report report) {
        return report.chapters().stream().map(Report.Chapter::title).toList();
    }

    @Test
    void anEmptyDossierOffersTheAppendixAlone() {
        reports.addChapter(new Chapter("netwerkambitie.verslag", "netwerkambitie", "Netwerkambitie"), 10, 1);
        assertEquals(List.of("koers.bijlage"), ids(reports.offered(Dossier.titled("Leeg"), DUTCH)));
    }

    @Test
    void theDefaultOrderIsPartnersTheInstrumentsByBundleTheIssuesAndTheAppendix() {
        reports.addChapter(new Chapter("energiekaart.verslag", "energiekaart", "Energiekaart"), 40, 7);
        reports.addChapter(new Chapter("netwerkambitie.verslag", "netwerkambitie", "Netwerkambitie"), 10, 3);
        // a chapter of Koers's own that belongs to no instrument, from a bundle installed before the instruments
        reports.addChapter(new Chapter("koers.sessieplan", "koers.sessieplan", "Sessieplan"), 8, 2);
        List<OfferedChapter> offered = reports.offered(dossier(), DUTCH);
        assertEquals(List.of("koers.partners", "koers.sessieplan", "netwerkambitie.verslag", "energiekaart.verslag",
                "koers.spannendepunten", "koers.bijlage"), ids(offered));
        assertEquals("Spannende punten en afspraken", offered.get(4).title());
        assertEquals("Open issues and agreements", reports.offered(dossier(), Locale.ENGLISH).get(4).title());
    }

    @Test
    void theCoverSaysWhatWasRecordedAndTheDate() {
        Report report = reports.dossierReport(dossier(), DUTCH, ReportPlan.everything());
        assertEquals("Jongeren aan het werk", report.title());
        assertEquals(List.of(new Report.Fact("Thema", "Werk voor jongeren"),
                new Report.Fact("Initiatiefnemer", "Gemeente Waalstede"), new Report.Fact("Route", "sociale route"),
                new Report.Fact("Netwerk", "gesloten netwerk"), new Report.Fact("Datum", "5 december 2026")),
                report.cover());
        assertEquals(List.of(new Report.Fact("Datum", "5 december 2026")),
                reports.dossierReport(Dossier.titled("Leeg"), DUTCH, ReportPlan.everything()).cover());
    }

    @Test
    void theFacilitatorsTextsOpenAndCloseAndTheAppendixStaysLast() {
        reports.addChapter(new Chapter("netwerkambitie.verslag", "netwerkambitie", "Netwerkambitie"), 10, 3);
        Report report = reports.dossierReport(dossier(), DUTCH, new ReportPlan(List.of("koers.bijlage",
                "koers.spannendepunten", "netwerkambitie.verslag"), "Welkom.\n\nTwee alinea's.", "Tot ziens."));
        assertEquals(List.of("Inleiding", "Spannende punten en afspraken", "Netwerkambitie", "Tot slot",
                "Bijlage: over dit verslag"), titles(report));
        assertEquals(List.of(new Block.Paragraph("Welkom."), new Block.Paragraph("Twee alinea's.")),
                report.chapters().get(0).blocks());
        Report plain = reports.dossierReport(dossier(), DUTCH, new ReportPlan(List.of("koers.partners"), "", " "));
        assertEquals(List.of("Partners"), titles(plain));
    }

    @Test
    void anUnknownChapterIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> reports.dossierReport(
                dossier(), DUTCH, new ReportPlan(List.of("koers.partners", "geen.hoofdstuk"), "", "")));
        assertTrue(e.getMessage().contains("geen.hoofdstuk"), e.getMessage());
    }

    @Test
    void aChapterThatThrowsIsALineThatNamesItAndTheRestIsWritten() {
        reports.addChapter(TestChapters.tripping("kapot.verslag", "Kapot hoofdstuk", "de plugin struikelt"), 40, 1);
        reports.addChapter(new Chapter("netwerkambitie.verslag", "netwerkambitie", "Netwerkambitie"), 10, 3);
        assertTrue(ids(reports.offered(dossier(), DUTCH)).contains("kapot.verslag"));
        Report report = reports.dossierReport(dossier(), DUTCH, ReportPlan.everything());
        assertEquals(List.of("Partners", "Netwerkambitie", "Kapot hoofdstuk", "Spannende punten en afspraken",
                "Bijlage: over dit verslag"), titles(report));
        Block.Paragraph line = (Block.Paragraph) report.chapters().get(2).blocks().get(0);
        assertEquals(Block.Paragraph.Kind.NOTE, line.kind());
        assertTrue(line.text().startsWith("Het hoofdstuk \u201eKapot hoofdstuk\u201d kon niet worden gemaakt"),
                line.text());
        assertTrue(line.text().contains("de plugin struikelt"), line.text());
        assertEquals(List.of(new Block.Paragraph("Netwerkambitie van Gemeente Waalstede"),
                new Block.Paragraph("Netwerkambitie van ROC Rivierenland")), report.chapters().get(1).blocks());
        assertTrue(logged.stream().anyMatch(l -> l.contains("kapot.verslag") && l.contains("struikelt")), logged
                .toString());
    }

    @Test
    void aChapterThatHangsIsALineThatNamesItAndIsNotAskedAgain() {
        List<Thread> asked = new CopyOnWriteArrayList<>();
        reports.addChapter(TestChapters.noting("traag.verslag", "Traag hoofdstuk", asked, 60_000), 40, 1);
        long start = System.nanoTime();
        assertTrue(ids(reports.offered(dossier(), DUTCH)).contains("traag.verslag"));
        Report report = reports.dossierReport(dossier(), DUTCH, ReportPlan.everything());
        assertTrue((System.nanoTime() - start) / 1_000_000 < 5_000, "waited once, half a second");
        Block.Paragraph line = (Block.Paragraph) report.chapters().get(1).blocks().get(0);
        assertTrue(line.text().startsWith("Het hoofdstuk \u201eTraag hoofdstuk\u201d kon niet worden gemaakt"),
                line.text());
        assertEquals(1, asked.size(), "asked once");
        assertTrue(logged.stream().anyMatch(l -> l.contains("traag.verslag hangs")), logged.toString());
    }

    @Test
    void theChaptersAreAskedOnceForTheOfferAndTheReportOfTheSameDossier() {
        List<Thread> asked = new CopyOnWriteArrayList<>();
        Dossier dossier = dossier();
        reports.addChapter(TestChapters.noting("brengenhalen.verslag", "Brengen en halen", asked, 0), 11, 4);
        reports.offered(dossier, DUTCH);
        reports.dossierReport(dossier, DUTCH, ReportPlan.everything());
        assertEquals(1, asked.size(), "asked once for the same dossier");
        reports.dossierReport(dossier.withDetails("Anders", "", "", null, null), DUTCH, ReportPlan.everything());
        assertEquals(2, asked.size(), "asked again for a changed dossier");
        reports.offered(dossier.withDetails("Anders", "", "", null, null), Locale.ENGLISH);
        assertEquals(3, asked.size(), "asked again in another language");
    }

    @Test
    void theAppendixAloneWaitsForEachInstrumentInItsOwnTimeNotForAllInItsOwn() {
        List<Thread> asked = new CopyOnWriteArrayList<>();
        reports.addChapter(TestChapters.noting("een.verslag", "Een", asked, 300), 10, 1);
        reports.addChapter(TestChapters.noting("twee.verslag", "Twee", asked, 300), 11, 2);
        Report report = reports.dossierReport(dossier(), DUTCH, new ReportPlan(List.of("koers.bijlage"), "", ""));
        List<Block> appendix = report.chapters().get(0).blocks();
        assertTrue(appendix.contains(new Block.Bullets(List.of("Een", "Twee"))), appendix.toString());
    }

    @Test
    void aPluginCannotTakeTheIdOfAChapterOfKoersNorOfAnOlderBundle() {
        reports.addChapter(new Chapter("koers.partners", "nep", "Nep-partners"), 50, 1);
        reports.addChapter(new Chapter("netwerkambitie.verslag", "kopie", "Kopie"), 60, 2);
        reports.addChapter(new Chapter("netwerkambitie.verslag", "netwerkambitie", "Netwerkambitie"), 10, 3);
        List<OfferedChapter> offered = reports.offered(dossier(), DUTCH);
        assertEquals(List.of(new OfferedChapter("koers.partners", "Partners"),
                new OfferedChapter("netwerkambitie.verslag", "Netwerkambitie")), offered.subList(0, 2));
        assertEquals(4, offered.size());
    }

    @Test
    void thePartnersChapterHasEveryPartnerAndItsRepresentativesWithTheirLenses() {
        Report report = reports.dossierReport(dossier(), DUTCH, new ReportPlan(List.of("koers.partners"), "", ""));
        List<Block> blocks = report.chapters().get(0).blocks();
        assertEquals(new Block.Paragraph("Er zitten 2 partners aan tafel."), blocks.get(0));
        assertEquals(new Block.Table(List.of("Partner", "Rol", "Vertegenwoordigers"), List.of(
                List.of("Gemeente Waalstede", "kernpartner", "Anouk de Vries"),
                List.of("ROC Rivierenland", "ketenpartner", ""))), blocks.get(1));
        assertTrue(blocks.contains(new Block.Heading(1, "Gemeente Waalstede (kernpartner)")), blocks.toString());
        assertTrue(blocks.contains(new Block.Table(List.of("Naam", "Functie", "Brillen"),
                List.of(List.of("Anouk de Vries", "wethouder", "politiek, zingevend")))), blocks.toString());
    }

    @Test
    void theAppendixSaysWhichInstrumentsDataIsLeftOutBecauseTheirPluginIsNotInstalled() {
        reports.addChapter(new Chapter("netwerkambitie.verslag", "netwerkambitie", "Netwerkambitie"), 10, 3);
        Dossier dossier = dossier().withInstrumentData("energiekaart", Map.of("thema's", List.of("zon")))
                .withInstrumentData("netwerkambitie", Map.of("stap", 2));
        Report report = reports.dossierReport(dossier, DUTCH, new ReportPlan(List.of("koers.bijlage"), "", ""));
        List<Block> appendix = report.chapters().get(0).blocks();
        assertTrue(appendix.contains(new Block.Bullets(List.of("Netwerkambitie"))), appendix.toString());
        List<Block> notes = appendix.stream().filter(b -> b instanceof Block.Paragraph p
                && p.kind() == Block.Paragraph.Kind.NOTE).toList();
        assertEquals(List.of(new Block.Paragraph("De gegevens van het instrument \u201eenergiekaart\u201d zijn "
                + "weggelaten: de plugin van dat instrument is niet ge\u00efnstalleerd.", Block.Paragraph.Kind.NOTE)),
                notes);
    }

    @Test
    void theOlderBundlesWriterServesAFormatAndTheFormatsAreSorted() {
        ReportWriter pdf = writer("pdf");
        reports.addWriter(writer("pdf"), "pdf", 70);
        reports.addWriter(pdf, "pdf", 20);
        reports.addWriter(writer("docx"), null, 21);
        assertEquals(List.of("docx", "pdf"), reports.formats());
        assertEquals(Optional.of(pdf), reports.writer("pdf"));
        assertEquals(Optional.empty(), reports.writer("odt"));
    }

    private static ReportWriter writer(String format) {
        return new ReportWriter() {
            @Override
            public String format() {
                return format;
            }

            @Override
            public void write(Report report, OutputStream out, Progress progress) {
            }
        };
    }
}
