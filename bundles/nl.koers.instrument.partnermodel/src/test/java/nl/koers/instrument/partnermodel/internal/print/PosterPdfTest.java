package nl.koers.instrument.partnermodel.internal.print;

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
import nl.koers.instrument.api.figure.PageSize;
import nl.koers.instrument.api.print.Printable;
import nl.koers.instrument.partnermodel.internal.Dossiers;
import nl.koers.instrument.partnermodel.internal.template.TemplateCatalogue;
import nl.koers.render.Renderer;
import nl.koers.render.internal.PdfBoxRenderer;

/** The posters as a printer gets them: written by the real renderer, read back with PDFBox. */
class PosterPdfTest {
    private static final Locale NL = Locale.of("nl");
    private static final double PT_PER_MM = 72 / 25.4;
    private final TemplateCatalogue templates = TemplateCatalogue.standardOnly();
    private final Renderer renderer = new PdfBoxRenderer();

    @TempDir
    Path dir;

    @Test
    void postersOnA0AndA3() throws IOException {
        Dossier d = Dossiers.withNotes(30);
        for (Printable p : new Printable[] {new PosterA0(templates), new PosterA3(templates)}) {
            Path file = renderer.write(p, d, NL, dir);
            assertEquals(p.id() + ".pdf", file.getFileName().toString());
            try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
                assertEquals(1, pdf.getNumberOfPages());
                PageSize size = p instanceof PosterA0 ? PageSize.A0_LANDSCAPE : PageSize.A3_LANDSCAPE;
                PDRectangle box = pdf.getPage(0).getMediaBox();
                assertEquals(size.widthMm() * PT_PER_MM, box.getWidth(), 1);
                assertEquals(size.heightMm() * PT_PER_MM, box.getHeight(), 1);
                String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
                assertTrue(text.contains("Besturing en regulering") && text.contains("Gedeelde ambitie"), text);
                assertTrue(text.contains("Elke jongere in Rivierenland"), text);
                assertTrue(text.contains("Notitie 2 kort"), text);
            }
        }
    }

    @Test
    void theBlankCanvasAndTheImage() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(renderer.write(new BlankA0(templates), Dossiers.small(), NL, dir).toFile())) {
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            assertTrue(text.contains("Kernpartners") && text.contains("Leeg canvas"), text);
            assertTrue(!text.contains("loket"), text);
        }
        Path png = renderer.write(new CanvasPng(templates), Dossiers.small(), NL, dir);
        assertEquals("partnermodel.canvas.png", png.getFileName().toString());
        BufferedImage image = ImageIO.read(png.toFile());
        assertEquals(420.0 / 297.0, (double) image.getWidth() / image.getHeight(), 0.01);
    }
}
