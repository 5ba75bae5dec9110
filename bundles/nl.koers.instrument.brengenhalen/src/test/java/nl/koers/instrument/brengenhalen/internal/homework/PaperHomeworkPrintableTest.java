package nl.koers.instrument.brengenhalen.internal.homework;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import nl.koers.domain.Dossier;
import nl.koers.domain.Partner;
import nl.koers.instrument.api.figure.Box;
import nl.koers.instrument.api.figure.Label;
import nl.koers.instrument.api.figure.Page;
import nl.koers.instrument.api.figure.PageSize;
import nl.koers.instrument.api.figure.TextMeasure;
import nl.koers.instrument.api.print.Printable;
import nl.koers.render.internal.PdfBoxRenderer;

/** The homework on paper: the printable's pages, and the PDF the renderer makes of them. */
class PaperHomeworkPrintableTest {
    private static final Locale NL = Locale.of("nl");

    @TempDir
    Path dir;

    private final Printable paper = new PaperHomeworkPrintable();
    private final Dossier dossier = HomeworkDossiers.small();

    @Test
    void idFormatAndName() {
        assertEquals("brengenhalen.homework.paper", paper.id());
        assertEquals(Printable.Format.PDF, paper.format());
        assertFalse(paper.name(NL).isBlank() || paper.name(NL).contains("!"));
        assertFalse(paper.name(NL).equals(paper.name(Locale.ENGLISH)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"nl", "en"})
    void twoA4PagesPerPartnerWithRoomToWrite(String language) {
        List<Page> pages = paper.pages(dossier, Locale.of(language));
        assertEquals(2 * dossier.partners().size(), pages.size());
        for (int i = 0; i < pages.size(); i++) {
            Page page = pages.get(i);
            Partner p = dossier.partners().get(i / 2);
            assertEquals(PageSize.A4_PORTRAIT, page.size());
            assertWellLaidOut(page);
            assertContains(page, p.name());
            assertContains(page, dossier.title());
        }
        Page second = pages.get(1);
        assertContains(second, language.equals("nl") ? "Continuïteit" : "Continuity");
        assertContains(second, language.equals("nl") ? "W / E" : "W / D");
        assertContains(pages.get(0), language.equals("nl") ? "wanneer krijgt de ander je écht boos?"
                : "when does the other make you really angry?");
    }

    @Test
    void withoutPartnersOneFormWithALineForTheName() {
        List<Page> pages = paper.pages(Dossier.titled("Nieuw"), NL);
        assertEquals(2, pages.size());
        pages.forEach(PaperHomeworkPrintableTest::assertWellLaidOut);
    }

    @Test
    void printsWithTheRenderer() throws IOException {
        Path file = new PdfBoxRenderer().write(paper, dossier, NL, dir);
        assertEquals("brengenhalen.homework.paper.pdf", file.getFileName().toString());
        try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
            assertEquals(6, pdf.getNumberOfPages());
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            assertTrue(text.contains("Coöperatie De Ëik & Zn.") && text.contains("Continuïteit"), text);
        }
    }

    @Test
    void aLongPartnerNameIsPrintedWholeOnBothPages() throws IOException {
        String name = "Stichting met een bijzonder lange naam voor maatschappelijke ontwikkeling in het Rivierenland";
        Dossier d = Dossier.titled("Lange namen").withPartners(List.of(Partner.of(name, nl.koers.domain.Role.CORE)));
        paper.pages(d, NL).forEach(PaperHomeworkPrintableTest::assertWellLaidOut);
        try (PDDocument pdf = Loader.loadPDF(new PdfBoxRenderer().write(paper, d, NL, dir).toFile())) {
            for (int page = 1; page <= 2; page++) {
                PDFTextStripper stripper = new PDFTextStripper();
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                String text = stripper.getText(pdf).replaceAll("\\s+", " ");
                assertTrue(text.contains(name) && !text.contains("\u2026"), "page " + page + ": " + text);
            }
        }
    }

    /** Every label inside the margins, with room for its lines, never across the edge of a box or another label. */
    static void assertWellLaidOut(Page page) {
        double m = page.size().marginMm();
        double eps = 1e-6;
        List<Label> labels = page.shapes().stream().filter(Label.class::isInstance).map(Label.class::cast).toList();
        List<Box> boxes = page.shapes().stream().filter(Box.class::isInstance).map(Box.class::cast)
                .filter(b -> b.stroke() != null).toList();
        for (Label l : labels) {
            String what = "'" + l.text() + "'";
            assertTrue(l.x() >= m - eps && l.y() >= m - eps, what + " inside the margin");
            assertTrue(l.x() + l.width() <= page.size().widthMm() - m + eps
                    && l.y() + l.height() <= page.size().heightMm() - m + eps, what + " inside the margin");
            assertTrue(l.height() >= TextMeasure.lineHeightMm(l.sizePt()), what + " has room for a line");
            assertTrue(l.sizePt() >= 8, what + " is readable");
            for (Box b : boxes) {
                boolean clear = l.x() >= b.x() + b.width() - eps || b.x() >= l.x() + l.width() - eps
                        || l.y() >= b.y() + b.height() - eps || b.y() >= l.y() + l.height() - eps;
                assertTrue(clear, what + " is clear of the writing boxes");
            }
        }
        for (int i = 0; i < labels.size(); i++) {
            for (int j = i + 1; j < labels.size(); j++) {
                Label a = labels.get(i);
                Label b = labels.get(j);
                boolean overlap = a.x() < b.x() + b.width() - eps && b.x() < a.x() + a.width() - eps
                        && a.y() < b.y() + b.height() - eps && b.y() < a.y() + a.height() - eps;
                assertFalse(overlap, "'" + a.text() + "' overlaps '" + b.text() + "'");
            }
        }
    }

    private static void assertContains(Page page, String text) {
        nl.koers.instrument.api.figure.testing.PageChecks.assertContains(page, text);
    }
}
