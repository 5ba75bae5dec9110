package nl.koers.instrument.netwerkambitie.internal.print;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.koers.domain.AmbitionVersion;
import nl.koers.domain.Dossier;
import nl.koers.domain.Endorsement;
import nl.koers.domain.Fact;
import nl.koers.domain.Partner;
import nl.koers.instrument.api.figure.PageSize;
import nl.koers.instrument.api.print.Printable;
import nl.koers.instrument.netwerkambitie.internal.Dossiers;
import nl.koers.render.Renderer;
import nl.koers.render.internal.PdfBoxRenderer;
import nl.koers.render.internal.Pdfs;

/** The sheets as a printer gets them: written by the real renderer, read back with PDFBox. */
class PdfExportTest {
    private static final Locale NL = Locale.of("nl");
    private static final double PT_PER_MM = 72 / 25.4;

    @TempDir
    Path dir;

    private final Renderer renderer = new PdfBoxRenderer();

    @Test
    void filledCards() throws IOException {
        Dossier d = Dossiers.small();
        Path file = renderer.write(new CardsPrintable(), d, NL, dir);
        assertEquals("netwerkambitie.cards.pdf", file.getFileName().toString());
        try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
            assertEquals(d.partners().size(), pdf.getNumberOfPages());
            for (int i = 0; i < d.partners().size(); i++) {
                assertSize(PageSize.A4_PORTRAIT, pdf.getPage(i).getMediaBox());
                String text = text(pdf, i);
                Partner p = d.partners().get(i);
                assertTrue(text.contains(p.name()), text);
                p.interests().forEach(interest -> assertTrue(text.contains(interest.text()), text));
                p.contributions().forEach(c -> assertTrue(text.contains(c.description()), text));
            }
            String first = text(pdf, 0);
            assertTrue(first.contains("250.000 euro/jaar"), first);
            assertTrue(first.contains("Eén regionale aanpak"), "Dutch characters survive: " + first);
        }
    }

    @Test
    void blankCards() throws IOException {
        Dossier d = Dossiers.small();
        try (PDDocument pdf = Loader.loadPDF(renderer.write(new BlankCardsPrintable(), d, NL, dir).toFile())) {
            assertEquals(d.partners().size(), pdf.getNumberOfPages());
            for (int i = 0; i < d.partners().size(); i++) {
                assertSize(PageSize.A4_PORTRAIT, pdf.getPage(i).getMediaBox());
                String text = text(pdf, i);
                assertTrue(text.contains(d.partners().get(i).name()), text);
                assertTrue(text.contains("continuïteit") && text.contains("mensen · middelen"), text);
            }
        }
    }

    @Test
    void postersOnA3AndA0() throws IOException {
        Dossier d = Dossiers.withAmbition();
        for (Printable poster : new Printable[] {new AmbitionPosterA3(), new AmbitionPosterA0()}) {
            try (PDDocument pdf = Loader.loadPDF(renderer.write(poster, d, NL, dir).toFile())) {
                assertEquals(1, pdf.getNumberOfPages());
                assertSize(poster instanceof AmbitionPosterA3 ? PageSize.A3_LANDSCAPE : PageSize.A0_PORTRAIT,
                        pdf.getPage(0).getMediaBox());
                String text = text(pdf, 0);
                for (String s : new String[] {"Rivierenland", "vaste contactpersoon", "Regionale monitor 2025",
                    "Wij missen de school als plek", "Jeugdzorg De Overstap", "Ronde 2"}) {
                    assertTrue(text.contains(s), s + " in " + text);
                }
            }
        }
        // without an ambition the poster says so
        try (PDDocument pdf = Loader.loadPDF(renderer.write(new AmbitionPosterA3(), Dossiers.small(), NL, dir)
                .toFile())) {
            assertTrue(text(pdf, 0).contains("nog geen gedeelde ambitie"), text(pdf, 0));
        }
    }

    @Test
    void theA0PosterCarriesEveryEndorsementTheConcretisationAndTheFactsDownTheWholeSheet() throws IOException {
        Dossier d = Dossiers.endorsedBy(6);
        AmbitionVersion v = d.ambition().current().orElseThrow();
        byte[] pdf = Files.readAllBytes(renderer.write(new AmbitionPosterA0(), d, NL, dir));
        String text = Pdfs.text(pdf).replace('\u00a0', ' ').replaceAll("\\s+", " ");
        for (Partner p : d.partners()) {
            Endorsement e = v.endorsements().get(p.id());
            assertTrue(text.contains(p.name() + ": " + e.remark()), p.name() + " and its remark in " + text);
        }
        assertTrue(text.contains(v.concretisation()), text);
        for (Fact f : v.facts()) {
            assertTrue(text.contains(f.text() + " (bron: " + f.source() + ")"), f.text() + " in " + text);
        }
        assertFalse(text.contains("\u2026"), "nothing cut: " + text);
        PageSize size = PageSize.A0_PORTRAIT;
        List<Pdfs.Glyph> glyphs = Pdfs.glyphs(pdf);
        double lowest = glyphs.stream().mapToDouble(Pdfs.Glyph::bottomMm).max().orElseThrow();
        assertTrue(lowest > size.heightMm() * 2 / 3, "the content reaches the lower third, not only " + lowest);
        assertInsideTheMargins(glyphs, size);
    }

    @Test
    void evenAShortAmbitionUsesTheWholeA0Sheet() throws IOException {
        byte[] pdf = Files.readAllBytes(renderer.write(new AmbitionPosterA0(), Dossiers.withAmbition(), NL, dir));
        PageSize size = PageSize.A0_PORTRAIT;
        List<Pdfs.Glyph> glyphs = Pdfs.glyphs(pdf);
        double lowest = glyphs.stream().mapToDouble(Pdfs.Glyph::bottomMm).max().orElseThrow();
        assertTrue(lowest > size.heightMm() * 5 / 6, "the content reaches the lowest sixth, not only " + lowest);
        assertInsideTheMargins(glyphs, size);
    }

    @Test
    void aPosterTooSmallForAllPartnersUsesBothColumnsThenSaysHowManyAreLeftOutAndWhere() throws IOException {
        Dossier d = Dossiers.endorsedBy(80);
        byte[] pdf = Files.readAllBytes(renderer.write(new AmbitionPosterA3(), d, NL, dir));
        String text = Pdfs.text(pdf).replace('\u00a0', ' ').replaceAll("\\s+", " ");
        assertTrue(text.contains("Herkennen de partners zich erin? (vervolg)"), "the partners go on below the facts");
        Matcher more = Pattern.compile("nog (\\d+) partners: zie de ambitie in het dossier").matcher(text);
        assertTrue(more.find(), text);
        long printed = d.partners().stream().filter(p -> text.contains(p.name() + ":")).count();
        assertEquals(d.partners().size(), printed + Integer.parseInt(more.group(1)), text);
        assertInsideTheMargins(Pdfs.glyphs(pdf), PageSize.A3_LANDSCAPE);
    }

    /** Every glyph lies within the sheet's margins (PDFBox's glyph boxes are a little generous). */
    private static void assertInsideTheMargins(List<Pdfs.Glyph> glyphs, PageSize size) {
        double m = size.marginMm() - 0.5;
        for (Pdfs.Glyph g : glyphs) {
            assertTrue(g.leftMm() >= m && g.topMm() >= m && g.rightMm() <= size.widthMm() - m
                    && g.bottomMm() <= size.heightMm() - m, () -> "outside the margins: " + g);
        }
    }

    @Test
    void exchangeIsAnA3Image() throws IOException {
        Path file = renderer.write(new ExchangePrintable(), Dossiers.many(12), NL, dir);
        assertEquals("netwerkambitie.exchange.png", file.getFileName().toString());
        BufferedImage image = ImageIO.read(file.toFile());
        assertEquals(420.0 / 297.0, (double) image.getWidth() / image.getHeight(), 0.01);
    }

    private static void assertSize(PageSize size, PDRectangle box) {
        assertEquals(size.widthMm() * PT_PER_MM, box.getWidth(), 1.0);
        assertEquals(size.heightMm() * PT_PER_MM, box.getHeight(), 1.0);
    }

    /** The text of one page, with lines joined, non-breaking spaces made plain and spaces collapsed. */
    private static String text(PDDocument pdf, int page) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(page + 1);
        stripper.setEndPage(page + 1);
        return stripper.getText(pdf).replace('\u00a0', ' ').replaceAll("\\s+", " ");
    }
}
