package nl.koers.render.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

import nl.koers.instrument.api.figure.Page;

/**
 * Writes pages with the real renderer and reads the PDF back with PDFBox, the way a test wants to look at it.
 * Shared with the instruments' page tests through this bundle's test jar.
 */
public final class Pdfs {
    /** One glyph as PDFBox found it: left, top, right and bottom in millimetres from the page's top left. */
    public record Glyph(String text, double leftMm, double topMm, double rightMm, double bottomMm) {
    }

    private Pdfs() {
    }

    static byte[] write(PdfBoxRenderer renderer, List<Page> pages) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        renderer.writePdf(pages, out);
        return out.toByteArray();
    }

    public static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    /** Every glyph PDFBox extracts from the first page. */
    public static List<Glyph> glyphs(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return glyphs(document, 1);
        }
    }

    /**
     * Every glyph PDFBox extracts from one page.
     *
     * @param document the PDF, open
     * @param page the page, counting from 1
     * @return the glyphs in the order they are drawn
     */
    public static List<Glyph> glyphs(PDDocument document, int page) throws IOException {
        List<Glyph> glyphs = new ArrayList<>();
        PDFTextStripper stripper = new PDFTextStripper() {
            @Override
            protected void writeString(String text, List<TextPosition> positions) {
                for (TextPosition p : positions) {
                    double mm = PdfFont.MM_PER_POINT;
                    glyphs.add(new Glyph(p.getUnicode(), p.getXDirAdj() * mm, (p.getYDirAdj() - p.getHeightDir()) * mm,
                            (p.getXDirAdj() + p.getWidthDirAdj()) * mm, p.getYDirAdj() * mm));
                }
            }
        };
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        stripper.getText(document);
        return glyphs;
    }
}
