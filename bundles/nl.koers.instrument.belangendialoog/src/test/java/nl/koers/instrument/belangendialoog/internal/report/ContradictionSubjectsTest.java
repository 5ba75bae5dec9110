package nl.koers.instrument.belangendialoog.internal.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;

import nl.koers.domain.Dossier;
import nl.koers.domain.Firmness;
import nl.koers.domain.Interest;
import nl.koers.domain.Level;
import nl.koers.domain.Partner;
import nl.koers.domain.Position;
import nl.koers.domain.Role;
import nl.koers.domain.analysis.InterestSuggestions;
import nl.koers.instrument.api.report.Block;
import nl.koers.instrument.api.report.Report;
import nl.koers.instrument.api.report.ReportWriter;
import nl.koers.render.internal.PdfBoxRenderer;
import nl.koers.render.internal.PdfReportWriter;
import nl.koers.report.docx.internal.DocxReportWriter;

/** The chapter's contradicting demands by subject, as the DOCX and the PDF read back say them. */
class ContradictionSubjectsTest {
    private static final Locale NL = Locale.forLanguageTag("nl");

    /**
     * 40 partners: 10 demand more internships and 10 fewer (100 pairs on one subject), one more housing and two less
     * (2 pairs); the rest wish for something else.
     */
    private static Dossier crowded() {
        List<Partner> partners = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            String text = i < 10 ? "Meer stageplaatsen" : i < 20 ? "Minder stageplaatsen" : i == 20
                    ? "Meer huisvesting" : i < 23 ? "Minder huisvesting" : "Betere begeleiding";
            Firmness firmness = i < 23 ? Firmness.DEMAND : Firmness.WISH;
            String id = String.format(Locale.ROOT, "p%02d", i);
            Interest interest = new Interest(id + "-i", text, Level.ORGANISATION, firmness);
            partners.add(new Partner(id, String.format(Locale.ROOT, "Partner %02d", i), Role.CORE, List.of(), "",
                    List.of(interest), List.of(new Position(id + "-pos", "Standpunt " + i, List.of(),
                            List.of(interest.id()))), List.of(), List.of()));
        }
        return Dossier.titled("Druk").withPartners(partners);
    }

    @Test
    void aSubjectOfManyPairsIsCountedAndNamesItsFirstDemandsAFewPairsAreNamedEach() throws IOException {
        Dossier d = crowded();
        assertEquals(102, InterestSuggestions.contradictions(d).size(), "what the dossier holds");
        List<Block> blocks = new BelangendialoogChapter().blocks(d, NL);
        String subject = "Over \u201cstageplaatsen\u201d spreken 20 eisen elkaar tegen, in 100 paren: de een zegt nee of "
                + "minder waar de ander ja of meer zegt. Het gaat om Partner 00: Meer stageplaatsen (eis); Partner 10: "
                + "Minder stageplaatsen (eis); Partner 11: Minder stageplaatsen (eis); Partner 12: Minder "
                + "stageplaatsen (eis); Partner 13: Minder stageplaatsen (eis); Partner 14: Minder stageplaatsen "
                + "(eis) en nog 14 eisen.";
        String housing = "Partner 20: Meer huisvesting (eis) en Partner 21: Minder huisvesting (eis) gaan allebei over "
                + "\u201chuisvesting\u201d, maar de een zegt nee of minder waar de ander ja of meer zegt.";
        String total = "102 paren eisen spreken elkaar tegen, over 2 onderwerpen: de woorden die ze delen.";
        List<String> bullets = bullets(blocks);
        assertEquals(3, bullets.size(), bullets.toString());
        assertEquals(subject, bullets.get(0));
        assertEquals(housing, bullets.get(1));
        assertTrue(blocks.contains(new Block.Paragraph(total)), blocks.toString());
        for (String text : List.of(pdf(blocks), docx(blocks))) {
            for (String expected : List.of(subject, housing, total)) {
                assertTrue(text.contains(expected), expected + " in\n" + text);
            }
            assertFalse(text.contains("Partner 19: Minder stageplaatsen"), "past the first six, counted");
        }
    }

    @Test
    void inEnglish() throws IOException {
        List<Block> blocks = new BelangendialoogChapter().blocks(crowded(), Locale.ENGLISH);
        String text = pdf(blocks);
        for (String expected : List.of("102 pairs of demands contradict each other, on 2 subjects: the words they "
                + "share.", "On \u201cstageplaatsen\u201d, 20 demands contradict each other, in 100 pairs: one says no "
                + "or less where the other says yes or more. They are Partner 00: Meer stageplaatsen (demand);",
                "Partner 14: Minder stageplaatsen (demand) and 14 more demands.")) {
            assertTrue(text.contains(expected), expected + " in\n" + text);
        }
    }

    private static List<String> bullets(List<Block> blocks) {
        return blocks.stream().filter(Block.Bullets.class::isInstance).map(Block.Bullets.class::cast)
                .map(Block.Bullets::items).filter(items -> items.stream().anyMatch(i -> i.contains("Meer ")))
                .findFirst().orElseThrow();
    }

    private static String pdf(List<Block> blocks) throws IOException {
        try (PDDocument document = Loader.loadPDF(written(new PdfReportWriter(), blocks))) {
            return collapsed(new PDFTextStripper().getText(document));
        }
    }

    private static String docx(List<Block> blocks) throws IOException {
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(written(
                new DocxReportWriter(new PdfBoxRenderer()), blocks)));
                XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
            return collapsed(extractor.getText());
        }
    }

    private static byte[] written(ReportWriter writer, List<Block> blocks) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writer.write(new Report("Verslag", List.of(), List.of(new Report.Chapter("Belangendialoog", blocks)), NL), out,
                ReportWriter.Progress.NONE);
        return out.toByteArray();
    }

    private static String collapsed(String text) {
        return text.replaceAll("\\s+", " ");
    }
}
