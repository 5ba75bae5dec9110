package nl.koers.distribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.koers.domain.Dossier;
import nl.koers.domain.Partner;
import nl.koers.domain.Role;
import nl.koers.store.internal.JsonDossierStore;

/**
 * {@code bin/koers report} through the real start script, without a display: the report service finds the installed
 * chapters and writers in the framework, and the sample dossier comes out as a real document.
 */
class ReportIT {
    private static final Duration TIMEOUT = Duration.ofSeconds(120);
    private static final List<String> SAMPLE_PARTNERS = List.of("Gemeente Waalstede", "ROC Lingedal",
            "Ondernemersvereniging Waal & Linge", "Jeugdzorg De Overstap", "Woonstichting Rivierzicht");

    @TempDir
    Path scratch;

    private KoersScript.Run koers(String... arguments) throws Exception {
        return new KoersScript(Installation.home(), scratch).run(ExportIT::noDisplay, TIMEOUT, arguments);
    }

    @Test
    void theSampleReportIsWrittenAsPdfWithoutADisplay() throws Exception {
        Path sample = SampleDossier.copyTo(scratch).orElseThrow();
        KoersScript.Run run = koers("--lang", "en", "report", sample.getFileName().toString(), "--out", "report.pdf");
        assertEquals(0, run.exitCode(), run.describe());
        assertEquals("", run.err(), "nothing on stderr\n" + run.describe());
        assertTrue(run.out().startsWith("report.pdf ("), run.describe());
        String text = pdfText(scratch.resolve("report.pdf"));
        for (String expected : SAMPLE_PARTNERS) {
            assertTrue(text.contains(expected), expected + " in\n" + text);
        }
        assertTrue(text.contains("Appendix: about this report"), text);
    }

    @Test
    void theSampleAgreementNoteHasTheAmbitionAndWhoRecognisesThemselves() throws Exception {
        Path sample = SampleDossier.copyTo(scratch).orElseThrow();
        KoersScript.Run run = koers("report", sample.getFileName().toString(), "--agreement", "--out", "nota.pdf");
        assertEquals(0, run.exitCode(), run.describe());
        String text = pdfText(scratch.resolve("nota.pdf"));
        assertTrue(text.contains("Wie zich herkent in de ambitie"), text);
        assertTrue(text.contains("met een stabiele woonplek als basis"), text);
        for (String expected : SAMPLE_PARTNERS) {
            assertTrue(text.contains(expected), expected + " in\n" + text);
        }
    }

    @Test
    void theDataOfAFirmsInstrumentThatIsNotInstalledIsLeftOutWithALineThatSaysSo() throws Exception {
        new JsonDossierStore().write(Dossier.titled("Energie in de wijk")
                .withPartner(Partner.of("Gemeente Waalstede", Role.CORE))
                .withInstrumentData("energiekaart", Map.of("themes", List.of(Map.of("name", "Zon op elk dak")))),
                scratch.resolve("energie.koers"));
        KoersScript.Run run = koers("report", "energie.koers", "--format", "docx", "--chapters", "koers.bijlage");
        assertEquals(0, run.exitCode(), run.describe());
        assertTrue(Files.size(scratch.resolve("energie-verslag.docx")) > 0, run.describe());
        run = koers("report", "energie.koers");
        assertEquals(0, run.exitCode(), run.describe());
        assertTrue(pdfText(scratch.resolve("energie-verslag.pdf")).contains("De gegevens van het instrument "
                + "\u201eenergiekaart\u201d zijn weggelaten: de plugin van dat instrument is niet ge\u00efnstalleerd."),
                pdfText(scratch.resolve("energie-verslag.pdf")));
    }

    @Test
    void anUnknownChapterADamagedDossierAndAWrongCallSaySoAndWriteNothing() throws Exception {
        Path sample = SampleDossier.copyTo(scratch).orElseThrow();
        KoersScript.Run unknown = koers("--lang", "en", "report", sample.getFileName().toString(), "--chapters",
                "koers.partners,no.such.chapter");
        assertEquals(2, unknown.exitCode(), unknown.describe());
        assertTrue(unknown.err().startsWith("Unknown chapter \"no.such.chapter\". This dossier has: koers.partners, "),
                unknown.describe());
        Files.writeString(scratch.resolve("damaged.koers"), "{\"format\":\"koers-dossier\",");
        KoersScript.Run damaged = koers("--lang", "en", "report", "damaged.koers");
        assertEquals(1, damaged.exitCode(), damaged.describe());
        assertTrue(damaged.err().contains("damaged.koers"), damaged.describe());
        KoersScript.Run wrong = koers("--lang", "en", "report");
        assertEquals(2, wrong.exitCode(), wrong.describe());
        assertTrue(wrong.err().startsWith("Usage: koers report"), wrong.describe());
        try (var files = Files.list(scratch)) {
            assertTrue(files.noneMatch(f -> f.toString().endsWith(".pdf") || f.toString().endsWith(".docx")));
        }
    }

    static String pdfText(Path pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }
}
