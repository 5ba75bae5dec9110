package nl.koers.instrument.brengenhalen.internal.homework;

import java.awt.Color;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;

import org.apache.fontbox.ttf.CmapLookup;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDPageContentStream.AppendMode;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;

import nl.koers.instrument.api.figure.TextMeasure;

/**
 * A4 pages with text, lines and the boxes of form fields, laid out from the top down in millimetres, in DejaVu
 * Sans, embedded whole (not as a subset), so that a PDF reader can draw any character a partner types with it,
 * Dutch and names from anywhere. {@link FormFields} puts the fields on its pages.
 */
final class FormCanvas {
    static final double PAGE_W = 210;
    static final double PAGE_H = 297;
    static final double LEFT = 18;
    static final double RIGHT = PAGE_W - 18;
    static final double TOP = 15;
    /** Below this, only the footer. */
    static final double BOTTOM = PAGE_H - 17;

    static final Color INK = new Color(33, 33, 33);
    static final Color QUIET = new Color(100, 100, 100);
    static final Color ACCENT = new Color(0, 88, 102);
    static final Color FIELD = new Color(244, 248, 249);
    static final Color FIELD_EDGE = new Color(150, 172, 178);
    static final Color RULE = new Color(190, 190, 190);

    private static final float PT_PER_MM = (float) (72 / 25.4);
    private static final String FONT_FILE = "fonts/DejaVuSans.ttf";

    private final PDDocument doc;
    private final PDType0Font font;
    private final CmapLookup glyphs;
    private final List<PDPage> pages = new ArrayList<>();
    private PDPage page;
    private PDPageContentStream content;
    private double y;

    FormCanvas(PDDocument doc, Locale locale) throws IOException {
        this.doc = doc;
        this.font = PDType0Font.load(doc, new ByteArrayInputStream(fontFile()), false);
        // PDFBox spaces the lines of a multi-line field by the font's bounding box, which in DejaVu Sans is made
        // tall by a few stacked glyphs (1.7 em): a two-line field would show one line. The box from the ascent
        // to the descent (1.16 em) spaces them as a reader does.
        PDFontDescriptor descriptor = font.getFontDescriptor();
        PDRectangle box = descriptor.getFontBoundingBox();
        descriptor.setFontBoundingBox(new PDRectangle(box.getLowerLeftX(), descriptor.getDescent(), box.getWidth(),
                descriptor.getAscent() - descriptor.getDescent()));
        this.glyphs = font.getCmapLookup();
        doc.getDocumentCatalog().setLanguage(locale.toLanguageTag());
        newPage();
    }

    private static byte[] fontFile() {
        try (InputStream in = FormCanvas.class.getResourceAsStream(FONT_FILE)) {
            if (in == null) {
                throw new IllegalStateException("the bundle lacks its font " + FONT_FILE);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the font " + FONT_FILE, e);
        }
    }

    // ---- pages and the cursor

    /** Where the next thing goes, in millimetres from the top of the page. */
    double y() {
        return y;
    }

    void down(double mm) {
        y += mm;
    }

    /** Starts a new page when less than {@code mm} is left on this one. */
    void keep(double mm) throws IOException {
        if (y + mm > BOTTOM) {
            newPage();
        }
    }

    private void newPage() throws IOException {
        if (content != null) {
            content.close();
        }
        page = new PDPage(PDRectangle.A4);
        // the Tab key goes row by row, left to right
        page.getCOSObject().setName(COSName.getPDFName("Tabs"), "R");
        doc.addPage(page);
        pages.add(page);
        content = new PDPageContentStream(doc, page);
        y = TOP;
    }

    /** Ends the content and puts {@code footer.apply(page number, page count)} at the foot of every page. */
    void finish(BiFunction<Integer, Integer, String> footer) throws IOException {
        content.close();
        for (int i = 0; i < pages.size(); i++) {
            // only now is the number of pages known: the footers go on top of each page's content
            try (PDPageContentStream foot = new PDPageContentStream(doc, pages.get(i), AppendMode.APPEND, true, true)) {
                content = foot;
                line(LEFT, BOTTOM + 3, RIGHT, BOTTOM + 3, RULE, 0.25);
                text(LEFT, BOTTOM + 4.5, RIGHT - LEFT, footer.apply(i + 1, pages.size()), 8, QUIET, false);
            }
        }
        content = null;
    }

    PDDocument document() {
        return doc;
    }

    /** The page being laid out. */
    PDPage page() {
        return page;
    }

    PDType0Font font() {
        return font;
    }

    // ---- text and lines

    /** Writes wrapped text at the cursor and moves below it; returns its height. */
    double paragraph(String text, double pt, Color colour, boolean strong) throws IOException {
        double h = text(LEFT, y, RIGHT - LEFT, text, pt, colour, strong);
        y += h;
        return h;
    }

    /** Writes wrapped text in a frame of width {@code w} from the top {@code top}; returns its height. */
    double text(double x, double top, double w, String text, double pt, Color colour, boolean strong)
            throws IOException {
        List<String> lines = lines(text, w, pt);
        double lineMm = TextMeasure.lineHeightMm(pt);
        content.setNonStrokingColor(colour);
        content.setStrokingColor(colour);
        for (int i = 0; i < lines.size(); i++) {
            content.beginText();
            content.setFont(font, (float) pt);
            if (strong) {
                // DejaVu Sans made heavier by outlining it: one font in the file, not two
                content.setRenderingMode(RenderingMode.FILL_STROKE);
                content.setLineWidth((float) (pt * 0.045));
            } else {
                content.setRenderingMode(RenderingMode.FILL);
            }
            double baseline = top + i * lineMm + lineMm * 0.78;
            content.newLineAtOffset(mm(x), mm(PAGE_H - baseline));
            content.showText(lines.get(i));
            content.endText();
        }
        return lines.size() * lineMm;
    }

    /** The height {@code text} takes in width {@code w}. */
    double height(String text, double w, double pt) {
        return lines(text, w, pt).size() * TextMeasure.lineHeightMm(pt);
    }

    private List<String> lines(String text, double w, double pt) {
        return TextMeasure.lines(printable(text), w, s -> width(s, pt));
    }

    private double width(String printableText, double pt) {
        try {
            return font.getStringWidth(printableText) / 1000 * pt / PT_PER_MM;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void line(double x1, double y1, double x2, double y2, Color colour, double widthMm) throws IOException {
        content.setStrokingColor(colour);
        content.setLineWidth(mm(widthMm));
        content.moveTo(mm(x1), mm(PAGE_H - y1));
        content.lineTo(mm(x2), mm(PAGE_H - y2));
        content.stroke();
    }

    /** The box a field sits in, drawn on the page so that it prints, whatever the reader does with fields. */
    void fieldBox(double x, double top, double w, double h) throws IOException {
        content.setNonStrokingColor(FIELD);
        content.setStrokingColor(FIELD_EDGE);
        content.setLineWidth(mm(0.25));
        content.addRect(mm(x), mm(PAGE_H - top - h), mm(w), mm(h));
        content.fillAndStroke();
    }

    /**
     * {@code text} with only what the font can show: composed, tabs as spaces, any other character the font
     * lacks as {@code ?}. For the page's own text only; field values keep every character.
     */
    private String printable(String text) {
        String composed = Normalizer.normalize(text, Normalizer.Form.NFC);
        StringBuilder out = new StringBuilder(composed.length());
        composed.codePoints().forEach(c -> {
            if (c == '\n' || c == '\r') {
                out.append('\n');
            } else if (c == '\t') {
                out.append(' ');
            } else if (Character.getType(c) == Character.CONTROL) {
                return;
            } else if (glyphs.getGlyphId(c) > 0) {
                out.appendCodePoint(c);
            } else {
                out.append('?');
            }
        });
        return out.toString();
    }


    static PDRectangle rectangle(double x, double top, double w, double h) {
        return new PDRectangle(mm(x), mm(PAGE_H - top - h), mm(w), mm(h));
    }

    static float mm(double mm) {
        return (float) (mm * PT_PER_MM);
    }
}
