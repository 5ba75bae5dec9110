package nl.koers.instrument.partnermodel.internal.print;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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

import nl.koers.domain.CanvasNote;
import nl.koers.domain.Dossier;
import nl.koers.domain.Partner;
import nl.koers.instrument.api.figure.PageSize;
import nl.koers.instrument.api.print.Printable;
import nl.koers.instrument.partnermodel.internal.Dossiers;
import nl.koers.instrument.partnermodel.internal.template.TemplateCatalogue;
import nl.koers.render.Renderer;
import nl.koers.render.internal.PdfBoxRenderer;
import nl.koers.render.internal.Pdfs;

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

    @Test
    void sixCorePartnersAndFifteenNotesOnOneBlockAllPrintInsideTheMargins() throws IOException {
        Dossier d = Dossiers.sixCorePartners(15);
        for (Printable p : new Printable[] {new PosterA3(templates), new PosterA0(templates)}) {
            byte[] pdf = Files.readAllBytes(renderer.write(p, d, NL, dir));
            String text = Pdfs.text(pdf).replaceAll("\\s+", " ");
            for (Partner partner : d.partners()) {
                assertTrue(text.contains(partner.name()), p.id() + " names " + partner.name() + ": " + text);
            }
            for (CanvasNote n : d.canvasNotes()) {
                assertTrue(text.contains(n.text()), p.id() + " prints the whole note " + n.text() + ": " + text);
            }
            assertFalse(text.contains("\u2026"), p.id() + " cuts nothing: " + text);
            assertInsideTheMargins(pdf, p instanceof PosterA0 ? PageSize.A0_LANDSCAPE : PageSize.A3_LANDSCAPE);
        }
    }

    @Test
    void aBlockTooFullForThePageSaysHowManyNotesAreLeftOutAndWhere() throws IOException {
        Dossier d = Dossiers.crowded("corePartners", 150);
        byte[] pdf = Files.readAllBytes(renderer.write(new PosterA3(templates), d, NL, dir));
        String text = Pdfs.text(pdf).replaceAll("\\s+", " ");
        Matcher more = Pattern.compile("nog (\\d+) notities: zie het dossier").matcher(text);
        assertTrue(more.find(), text);
        long printed = d.canvasNotes().stream().filter(n -> text.contains(n.text())).count();
        assertTrue(printed > 10, "the block is used before notes are counted: " + printed);
        assertEquals(d.canvasNotes().size(), printed + Integer.parseInt(more.group(1)),
                "every note is printed or counted: " + text);
        assertInsideTheMargins(pdf, PageSize.A3_LANDSCAPE);
    }

    @Test
    void aCrowdedBlockTakesRoomFromTheOtherRowsBeforeNotesAreCounted() throws IOException {
        Dossier d = Dossiers.crowded("corePartners", 50);
        byte[] pdf = Files.readAllBytes(renderer.write(new PosterA3(templates), d, NL, dir));
        String text = Pdfs.text(pdf).replaceAll("\\s+", " ");
        for (CanvasNote n : d.canvasNotes()) {
            assertTrue(text.contains(n.text()), n.text() + " in " + text);
        }
        assertFalse(text.contains("nog ") || text.contains("\u2026"), text);
        assertTrue(text.contains("Kosten") && text.contains("Opbrengsten en verdienmodel"), "every block stays: " + text);
        assertInsideTheMargins(pdf, PageSize.A3_LANDSCAPE);
    }

    /** Every glyph on the page lies within the sheet's margins. */
    static void assertInsideTheMargins(byte[] pdf, PageSize size) throws IOException {
        double m = size.marginMm() - 0.5; // PDFBox's glyph boxes are a little generous
        for (Pdfs.Glyph g : Pdfs.glyphs(pdf)) {
            assertTrue(g.leftMm() >= m && g.topMm() >= m && g.rightMm() <= size.widthMm() - m
                    && g.bottomMm() <= size.heightMm() - m, () -> "outside the margins: " + g);
        }
    }
}
