package nl.koers.instrument.brengenhalen.internal.print;

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
import nl.koers.instrument.brengenhalen.internal.Dossiers;
import nl.koers.render.Renderer;
import nl.koers.render.internal.PdfBoxRenderer;

/** The figure as the wall gets it: written by the real renderer, read back with PDFBox. */
class PdfExportTest {
    private static final Locale NL = Locale.of("nl");
    private static final double PT_PER_MM = 72 / 25.4;

    @TempDir
    Path dir;

    private final Renderer renderer = new PdfBoxRenderer();

    @Test
    void postersOnA3AndA0LandscapeWithEveryPartner() throws IOException {
        Dossier d = Dossiers.sample();
        for (Printable p : new Printable[] {new FigurePosterA3(), new FigurePosterA0()}) {
            Path file = renderer.write(p, d, NL, dir);
            assertEquals(p.id() + ".pdf", file.getFileName().toString());
            try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
                assertEquals(1, pdf.getNumberOfPages());
                PageSize size = p instanceof FigurePosterA3 ? PageSize.A3_LANDSCAPE : PageSize.A0_LANDSCAPE;
                PDRectangle box = pdf.getPage(0).getMediaBox();
                assertEquals(size.widthMm() * PT_PER_MM, box.getWidth(), 1);
                assertEquals(size.heightMm() * PT_PER_MM, box.getHeight(), 1);
                String text = new PDFTextStripper().getText(pdf);
                d.partners().forEach(partner -> assertTrue(text.contains(partner.name()), partner.name()));
                assertTrue(text.contains("GEZAMENLIJKE KERN"), text);
                assertTrue(text.contains("continuïteit"), "Dutch characters survive: " + text);
            }
        }
    }

    @Test
    void theImageIsAnA3Landscape() throws IOException {
        Path file = renderer.write(new FigurePrintable(), Dossiers.table(12), NL, dir);
        assertEquals("brengenhalen.figure.png", file.getFileName().toString());
        BufferedImage image = ImageIO.read(file.toFile());
        assertTrue(image.getWidth() > image.getHeight(), "landscape");
        assertEquals(420.0 / 297, (double) image.getWidth() / image.getHeight(), 0.01);
    }
}
