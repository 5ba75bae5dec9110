package nl.koers.render.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.Test;

import nl.koers.instrument.api.figure.Box;
import nl.koers.instrument.api.figure.Colour;
import nl.koers.instrument.api.figure.Label;
import nl.koers.instrument.api.figure.Line;
import nl.koers.instrument.api.figure.Page;
import nl.koers.instrument.api.figure.PageSize;
import nl.koers.instrument.api.figure.Shape;

class PdfBoxRendererTest {
    private static final String DUTCH = "Belangen en ideeën van de coöperatie: \u201ewij brengen kennis\u201d \u2013 naïef of niet";
    private static final String LONG = "Wij willen dat jongeren in de regio werk vinden dat bij hen past, en dat werkgevers, "
            + "scholen en de gemeente daarvoor samen verantwoordelijkheid nemen, ook als dat betekent dat ieder iets "
            + "van de eigen regels loslaat en dat we elkaar elk kwartaal de cijfers laten zien.";

    private final PdfBoxRenderer renderer = new PdfBoxRenderer();

    @Test
    void everyPageHasItsOwnPaperSizeInPoints() throws IOException {
        byte[] pdf = Pdfs.write(renderer, List.of(page(PageSize.A4_PORTRAIT, "A4"), page(PageSize.A3_LANDSCAPE, "A3"),
                page(PageSize.A0_PORTRAIT, "A0")));
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertEquals(3, document.getNumberOfPages());
            assertSize(595.3, 841.9, document.getPage(0));
            assertSize(1190.6, 841.9, document.getPage(1));
            assertSize(2383.9, 3370.4, document.getPage(2));
        }
    }

    @Test
    void dutchTextAndTheStartOfALongLabelCanBeFoundInThePdf() throws IOException {
        Page page = new Page(PageSize.A4_PORTRAIT, List.of(Label.of(20, 20, 170, 10, DUTCH, 12),
                Label.of(20, 40, 80, 12, LONG, 10).inBold()));
        String text = Pdfs.text(Pdfs.write(renderer, List.of(page)));
        for (String word : List.of("ideeën", "coöperatie", "\u201ewij", "kennis\u201d", "\u2013", "naïef")) {
            assertTrue(text.contains(word), word + " in:\n" + text);
        }
        assertTrue(text.contains("Wij willen dat jongeren"), text);
        assertTrue(text.contains("\u2026"), "a cut label ends in an ellipsis:\n" + text);
        assertFalse(text.contains("cijfers laten zien"), "what does not fit is not printed:\n" + text);
    }

    @Test
    void theFontsAreEmbeddedAsSubsets() throws IOException {
        byte[] pdf = Pdfs.write(renderer, List.of(new Page(PageSize.A4_PORTRAIT,
                List.of(Label.of(20, 20, 100, 10, "gewoon", 12), Label.of(20, 40, 100, 10, "vet", 12).inBold()))));
        List<String> fonts = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            for (COSName name : document.getPage(0).getResources().getFontNames()) {
                PDFont font = document.getPage(0).getResources().getFont(name);
                assertTrue(font.isEmbedded(), font.getName());
                fonts.add(font.getName());
            }
        }
        assertEquals(2, fonts.size(), fonts.toString());
        assertTrue(fonts.stream().anyMatch(f -> f.matches("[A-Z]{6}\\+DejaVuSans")), fonts.toString());
        assertTrue(fonts.stream().anyMatch(f -> f.matches("[A-Z]{6}\\+DejaVuSans-Bold")), fonts.toString());
        assertTrue(pdf.length < 60_000, "subsets, not the whole fonts: " + pdf.length + " bytes");
    }

    @Test
    void aCharacterTheFontLacksPrintsAsAQuestionMark() throws IOException {
        // an emoji (with its variation selector), a Chinese name and a letter written as e + combining diaeresis
        String text = "Team \uD83D\uDE80\uFE0F van \u674E\u534E, Zo\u0065\u0308 en Chlo\u00eb";
        String extracted = Pdfs.text(Pdfs.write(renderer,
                List.of(new Page(PageSize.A4_PORTRAIT, List.of(Label.of(20, 20, 170, 20, text, 12).inBold())))));
        assertTrue(extracted.contains("Team ? van ??, Zoë en Chloë"), extracted);
    }

    @Test
    void aLabelTooLongForItsFrameStaysInsideIt() throws IOException {
        Label label = Label.of(30, 30, 50, 14, LONG + " Eén_woord_dat_veel_te_lang_is_voor_elk_kader_van_vijf_centimeter", 11);
        byte[] pdf = Pdfs.write(renderer, List.of(new Page(PageSize.A4_PORTRAIT, List.of(label))));

        List<Pdfs.Glyph> glyphs = Pdfs.glyphs(pdf);
        assertFalse(glyphs.isEmpty());
        double tolerance = 0.5;
        for (Pdfs.Glyph g : glyphs) {
            assertTrue(g.topMm() >= label.y() - tolerance && g.bottomMm() <= label.y() + label.height() + tolerance,
                    g + " is not between top and bottom of " + label);
        }

        BufferedImage image = image(pdf, 100);
        double pxPerMm = 100 / 25.4;
        int inked = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                boolean inside = x >= Math.floor(label.x() * pxPerMm) - 1 && x <= Math.ceil((label.x() + label.width()) * pxPerMm) + 1
                        && y >= Math.floor(label.y() * pxPerMm) - 1 && y <= Math.ceil((label.y() + label.height()) * pxPerMm) + 1;
                boolean white = (image.getRGB(x, y) & 0xffffff) == 0xffffff;
                if (inside && !white) {
                    inked++;
                }
                assertTrue(inside || white, "ink outside the frame at pixel " + x + "," + y);
            }
        }
        assertTrue(inked > 200, "the text is drawn inside the frame: " + inked + " dark pixels");
    }

    /** A word of 30,000 characters (42 s before) and a paragraph of 200,000 are cut in the real font, quickly. */
    @Test
    void aVeryLongWordAndAVeryLongParagraphAreCutWithAnEllipsis() throws IOException {
        Label word = Label.of(30, 30, 50, 5, "w".repeat(30_000) + " meer", 11);
        Label paragraph = Label.of(30, 60, 50, 14, "samen werken aan de wijk ".repeat(8_000), 11);
        List<Pdfs.Glyph> glyphs = Pdfs.glyphs(Pdfs.write(renderer, List.of(new Page(PageSize.A4_PORTRAIT,
                List.of(word, paragraph)))));
        List<String> shown = glyphs.stream().map(Pdfs.Glyph::text).toList();
        assertTrue(glyphs.size() < 300, glyphs.size() + " glyphs: only what fits the two frames is written");
        assertEquals(2, shown.stream().filter(VisibleLines.ELLIPSIS::equals).count(), "both are cut: " + shown);
    }

    @Test
    void alignmentPlacesEachLineWithinTheFrame() throws IOException {
        Label right = new Label(20, 20, 100, 10, "rechts", 12, false, Colour.BLACK, Label.Align.RIGHT);
        Label centre = Label.of(20, 40, 100, 10, "midden", 12).centered();
        List<Pdfs.Glyph> glyphs = Pdfs.glyphs(Pdfs.write(renderer,
                List.of(new Page(PageSize.A4_PORTRAIT, List.of(right, centre)))));
        Pdfs.Glyph lastOfRight = glyphs.stream().filter(g -> g.topMm() < 35).reduce((a, b) -> b).orElseThrow();
        assertEquals(120, lastOfRight.rightMm(), 1.0, "right aligned ends at the frame's right edge");
        double left = glyphs.stream().filter(g -> g.topMm() > 35).mapToDouble(Pdfs.Glyph::leftMm).min().orElseThrow();
        double rightEnd = glyphs.stream().filter(g -> g.topMm() > 35).mapToDouble(Pdfs.Glyph::rightMm).max().orElseThrow();
        assertEquals(70, (left + rightEnd) / 2, 1.0, "centred around the frame's middle");
    }

    @Test
    void boxesAreFilledWithRoundedCornersAndLinesAreDrawn() throws IOException {
        Colour teal = new Colour(0, 128, 128);
        Page page = new Page(PageSize.A4_PORTRAIT, List.of(new Box(20, 20, 60, 40, teal, Colour.BLACK, 0.5, 8),
                new Line(20, 100, 180, 100, new Colour(200, 0, 0), 1)));
        BufferedImage image = image(Pdfs.write(renderer, List.of(page)), 72);
        double px = 72 / 25.4;
        assertEquals(0x008080, image.getRGB((int) (50 * px), (int) (40 * px)) & 0xffffff, "inside the box");
        assertEquals(0xffffff, image.getRGB((int) (20.8 * px), (int) (20.8 * px)) & 0xffffff, "the corner is round");
        int onLine = image.getRGB((int) (100 * px), (int) Math.round(100 * px)) & 0xffffff;
        assertTrue((onLine >> 16) > 150 && (onLine & 0xff) < 80, Integer.toHexString(onLine));
    }

    @Test
    void aPngHasThePixelSizeOfThePageAtTheResolution() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        renderer.writePng(page(PageSize.A4_PORTRAIT, "Belangenkaart van Zoë"), 50, out);
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(out.toByteArray()));
        assertEquals(413, image.getWidth(), 1);
        assertEquals(585, image.getHeight(), 1);
    }

    @Test
    void anImpossiblyLargePngIsRefusedWithTheResolutionThatWouldDo() {
        var e = assertThrows(IllegalArgumentException.class,
                () -> renderer.writePng(page(PageSize.A0_PORTRAIT, "poster"), 600, new ByteArrayOutputStream()));
        assertTrue(e.getMessage().contains("choose at most"), e.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> renderer.writePng(page(PageSize.A4_PORTRAIT, "x"), 0, new ByteArrayOutputStream()));
    }

    @Test
    void noPagesIsAClearError() {
        var e = assertThrows(IllegalArgumentException.class,
                () -> renderer.writePdf(List.of(), new ByteArrayOutputStream()));
        assertEquals("a PDF needs at least one page, and the list of pages is empty", e.getMessage());
    }

    @Test
    void theCallersStreamIsLeftOpen() throws IOException {
        boolean[] closed = { false };
        var out = new FilterOutputStream(new ByteArrayOutputStream()) {
            @Override
            public void close() {
                closed[0] = true;
            }
        };
        renderer.writePdf(List.of(page(PageSize.A4_PORTRAIT, "x")), out);
        renderer.writePng(page(PageSize.A4_PORTRAIT, "x"), 10, out);
        assertFalse(closed[0]);
    }

    static Page page(PageSize size, String text) {
        List<Shape> shapes = List.of(Box.outlined(size.marginMm(), size.marginMm(), 100, 30, Colour.GREY, 0.3),
                Label.of(size.marginMm() + 2, size.marginMm() + 2, 96, 26, text, 14).inBold());
        return new Page(size, shapes);
    }

    private static BufferedImage image(byte[] pdf, int dpi) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFRenderer(document).renderImageWithDPI(0, dpi);
        }
    }

    private static void assertSize(double widthPt, double heightPt, PDPage page) {
        PDRectangle box = page.getMediaBox();
        assertEquals(widthPt, box.getWidth(), 0.1, "width");
        assertEquals(heightPt, box.getHeight(), 0.1, "height");
    }
}
