package nl.koers.instrument.netwerkambitie.internal.print;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.koers.domain.Dossier;
import nl.koers.domain.Partner;
import nl.koers.instrument.api.figure.PageSize;
import nl.koers.instrument.api.print.Printable;
import nl.koers.instrument.netwerkambitie.internal.Dossiers;
import nl.koers.render.Renderer;
import nl.koers.render.internal.PdfBoxRenderer;

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
