package nl.koers.instrument.belangendialoog.internal.print;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
import nl.koers.instrument.belangendialoog.internal.Dossiers;
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
    void theMapOnA3AndA0() throws IOException {
        Dossier d = Dossiers.small();
        for (Printable p : new Printable[] {new InterestMapA3(), new InterestMapA0()}) {
            Path file = renderer.write(p, d, NL, dir);
            assertEquals(p.id() + ".pdf", file.getFileName().toString());
            try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
                assertEquals(1, pdf.getNumberOfPages());
                assertSize(p instanceof InterestMapA3 ? PageSize.A3_LANDSCAPE : PageSize.A0_LANDSCAPE,
                        pdf.getPage(0).getMediaBox());
                String text = text(pdf, 0);
                for (Partner partner : d.partners()) {
                    assertTrue(text.contains(partner.name()), partner.name() + " in " + text);
                }
                assertTrue(text.contains("Eén regionale aanpak"), "Dutch characters survive: " + text);
                assertTrue(text.contains("Elke jongere een plek"), text);
            }
        }
    }

    @Test
    void onTheMapAPartnerWithMoreToSayGetsATallerRowBeforeAnyInterestIsCut() throws IOException {
        Dossier d = Dossiers.oneFullAmongQuiet(5);
        try (PDDocument pdf = Loader.loadPDF(renderer.write(new InterestMapA3(), d, NL, dir).toFile())) {
            String text = text(pdf, 0);
            long whole = text.split("wat de achterban ervan verwacht", -1).length - 1;
            assertEquals(d.partners().get(0).interests().size(), whole, "every long interest whole: " + text);
            assertFalse(text.contains("en nog"), "nothing counted: " + text);
            d.partners().forEach(p -> assertTrue(text.contains(p.name()), p.name() + " in " + text));
        }
    }

    @Test
    void theMapAsAnImage() throws IOException {
        Path file = renderer.write(new InterestMapPrintable(), Dossiers.many(6), NL, dir);
        assertEquals("belangendialoog.map.png", file.getFileName().toString());
        BufferedImage image = ImageIO.read(file.toFile());
        assertEquals(420.0 / 297.0, (double) image.getWidth() / image.getHeight(), 0.01);
    }

    @Test
    void lensesAndPositions() throws IOException {
        Dossier d = Dossiers.small();
        try (PDDocument pdf = Loader.loadPDF(renderer.write(new LensesPrintable(), d, NL, dir).toFile())) {
            assertEquals(1, pdf.getNumberOfPages());
            assertSize(PageSize.A4_LANDSCAPE, pdf.getPage(0).getMediaBox());
            String text = text(pdf, 0);
            assertTrue(text.contains("Relationeel") && text.contains("niemand"), text);
            assertTrue(text.contains("Wie heeft macht of invloed?"), text);
        }
        try (PDDocument pdf = Loader.loadPDF(renderer.write(new PositionsPrintable(), d, NL, dir).toFile())) {
            assertEquals(d.partners().size(), pdf.getNumberOfPages());
            for (int i = 0; i < d.partners().size(); i++) {
                assertSize(PageSize.A4_PORTRAIT, pdf.getPage(i).getMediaBox());
                assertTrue(text(pdf, i).contains(d.partners().get(i).name()), text(pdf, i));
            }
            assertTrue(text(pdf, 0).contains("Omdat wij verantwoording afleggen aan de raad"), text(pdf, 0));
        }
    }

    private static void assertSize(PageSize size, PDRectangle box) {
        assertEquals(size.widthMm() * PT_PER_MM, box.getWidth(), 1.0);
        assertEquals(size.heightMm() * PT_PER_MM, box.getHeight(), 1.0);
    }

    private static String text(PDDocument pdf, int page) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(page + 1);
        stripper.setEndPage(page + 1);
        return stripper.getText(pdf).replace('\u00a0', ' ').replaceAll("\\s+", " ");
    }
}
