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
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDAppearanceContentStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDPageContentStream.AppendMode;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceCharacteristicsDictionary;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceDictionary;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceEntry;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceStream;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDCheckBox;
import org.apache.pdfbox.pdmodel.interactive.form.PDField;
import org.apache.pdfbox.pdmodel.interactive.form.PDNonTerminalField;
import org.apache.pdfbox.pdmodel.interactive.form.PDTextField;

import nl.koers.instrument.api.figure.TextMeasure;

/**
 * A4 pages with text and form fields, laid out from the top down in millimetres. Text and fields are in DejaVu
 * Sans, embedded whole (not as a subset) and named in the form's default resources, so that a PDF reader can
 * draw any character a partner types with it, Dutch and names from anywhere. A check box has its own drawn tick.
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
    /** The name of the font in the form's default resources, used in every field's default appearance. */
    private static final String FONT = "KoersSans";
    private static final String TICK_FONT = "ZaDb";
    private static final String FONT_FILE = "fonts/DejaVuSans.ttf";

    private final PDDocument doc;
    private final PDAcroForm form;
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
        this.form = new PDAcroForm(doc);
        PDResources resources = new PDResources();
        resources.put(COSName.getPDFName(FONT), font);
        resources.put(COSName.getPDFName(TICK_FONT), new PDType1Font(Standard14Fonts.FontName.ZAPF_DINGBATS));
        form.setDefaultResources(resources);
        form.setDefaultAppearance(appearance(10));
        doc.getDocumentCatalog().setAcroForm(form);
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
    private void fieldBox(double x, double top, double w, double h) throws IOException {
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

    // ---- fields

    /**
     * A text field with a visible box.
     *
     * @param tooltip what a reader shows when the pointer is on it, and what a screen reader says
     */
    PDTextField textField(String name, String tooltip, double x, double top, double w, double h, double pt,
            boolean multiline, String value) throws IOException {
        fieldBox(x, top, w, h);
        PDTextField field = new PDTextField(form);
        field.setMultiline(multiline);
        place(field, name, tooltip, x, top, w, h, pt);
        fill(field, value);
        return field;
    }

    /** A field that shows a fixed value (the partner's name), which a reader does not let anyone change. */
    PDTextField readOnly(String name, double x, double top, double w, double h, double pt, String value)
            throws IOException {
        PDTextField field = new PDTextField(form);
        place(field, name, null, x, top, w, h, pt);
        fill(field, value);
        field.setReadOnly(true);
        return field;
    }

    /** A field nobody sees: it tells an import whose form this is. */
    void hidden(String name, String value) throws IOException {
        PDTextField field = new PDTextField(form);
        field.setDefaultAppearance(appearance(10));
        field.setReadOnly(true);
        PDAnnotationWidget widget = field.getWidgets().get(0);
        widget.setRectangle(new PDRectangle(0, 0, 0, 0));
        widget.setHidden(true);
        widget.setPrinted(false);
        widget.setPage(page);
        page.getAnnotations().add(widget);
        attach(field, name);
        field.getCOSObject().setString(COSName.V, value);
    }

    /** A square check box of {@code size} millimetres, with a drawn tick for "on" (its export value "Yes"). */
    PDCheckBox checkBox(String name, String tooltip, double x, double top, double size, boolean ticked)
            throws IOException {
        fieldBox(x, top, size, size);
        PDCheckBox box = new PDCheckBox(form);
        if (tooltip != null) {
            box.setAlternateFieldName(tooltip);
        }
        // a reader that draws the box anew uses a ZapfDingbats check mark ("4")
        box.getCOSObject().setString(COSName.DA, "/" + TICK_FONT + " 0 Tf 0 g");
        PDAnnotationWidget widget = box.getWidgets().get(0);
        widget.setRectangle(rectangle(x, top, size, size));
        widget.setPrinted(true);
        widget.setPage(page);
        PDAppearanceCharacteristicsDictionary look = new PDAppearanceCharacteristicsDictionary(new COSDictionary());
        look.setNormalCaption("4");
        widget.setAppearanceCharacteristics(look);
        COSDictionary normal = new COSDictionary();
        // written in place, not as a reference: poppler (Evince, Okular) draws nothing for a box whose states
        // are behind a reference
        normal.setDirect(true);
        normal.setItem(COSName.getPDFName("Yes"), tick(size));
        normal.setItem(COSName.Off, blank(size));
        PDAppearanceDictionary appearances = new PDAppearanceDictionary();
        appearances.setNormalAppearance(new PDAppearanceEntry(normal));
        widget.setAppearance(appearances);
        page.getAnnotations().add(widget);
        attach(box, name);
        if (ticked) {
            box.check();
        } else {
            box.unCheck();
        }
        return box;
    }

    private PDAppearanceStream tick(double size) throws IOException {
        PDAppearanceStream on = blank(size);
        float s = mm(size);
        try (PDAppearanceContentStream c = new PDAppearanceContentStream(on)) {
            c.setStrokingColor(INK);
            c.setLineWidth(s * 0.12f);
            c.moveTo(s * 0.2f, s * 0.52f);
            c.lineTo(s * 0.42f, s * 0.25f);
            c.lineTo(s * 0.82f, s * 0.8f);
            c.stroke();
        }
        return on;
    }

    private PDAppearanceStream blank(double size) {
        PDAppearanceStream stream = new PDAppearanceStream(doc);
        stream.setBBox(new PDRectangle(mm(size), mm(size)));
        stream.setResources(new PDResources());
        return stream;
    }

    private void place(PDTextField field, String name, String tooltip, double x, double top, double w, double h,
            double pt) throws IOException {
        if (tooltip != null) {
            field.setAlternateFieldName(tooltip);
        }
        field.setDefaultAppearance(appearance(pt));
        PDAnnotationWidget widget = field.getWidgets().get(0);
        widget.setRectangle(rectangle(x, top, w, h));
        widget.setPrinted(true);
        widget.setPage(page);
        page.getAnnotations().add(widget);
        attach(field, name);
    }

    /**
     * Puts a field into the form under its full name. A period separates the levels of a form's field names, so
     * {@code bring.PEOPLE.amount} is the field {@code amount} below {@code PEOPLE} below {@code bring}; the fields
     * above it are made on first use.
     */
    private void attach(PDField field, String fullName) {
        String[] parts = fullName.split("\\.");
        field.setPartialName(parts[parts.length - 1]);
        if (parts.length == 1) {
            form.getFields().add(field);
            return;
        }
        PDNonTerminalField parent = null;
        for (int i = 0; i < parts.length - 1; i++) {
            parent = branch(parent, parts[i]);
        }
        adopt(parent, field);
    }

    private PDNonTerminalField branch(PDNonTerminalField parent, String name) {
        List<PDField> siblings = parent == null ? form.getFields() : parent.getChildren();
        for (PDField f : siblings) {
            if (f instanceof PDNonTerminalField n && name.equals(n.getPartialName())) {
                return n;
            }
        }
        PDNonTerminalField made = new PDNonTerminalField(form);
        made.setPartialName(name);
        if (parent == null) {
            form.getFields().add(made);
        } else {
            adopt(parent, made);
        }
        return made;
    }

    private static void adopt(PDNonTerminalField parent, PDField child) {
        List<PDField> kids = new ArrayList<>(parent.getChildren());
        kids.add(child);
        parent.setChildren(kids);
        child.getCOSObject().setItem(COSName.PARENT, parent);
    }

    /**
     * Sets a value and draws it. A character the font lacks cannot be drawn by PDFBox: then the value is kept as
     * it is and the reader is asked to draw the field itself, with a font of its own.
     */
    private void fill(PDTextField field, String value) throws IOException {
        try {
            field.setValue(value);
        } catch (IllegalArgumentException e) {
            field.getCOSObject().setString(COSName.V, value);
            field.getWidgets().forEach(w -> w.getCOSObject().removeItem(COSName.AP));
            form.setNeedAppearances(true);
        }
    }

    private static String appearance(double pt) {
        return "/" + FONT + " " + (pt == Math.rint(pt) ? String.valueOf((int) pt) : String.valueOf(pt)) + " Tf 0 g";
    }

    private static PDRectangle rectangle(double x, double top, double w, double h) {
        return new PDRectangle(mm(x), mm(PAGE_H - top - h), mm(w), mm(h));
    }

    private static float mm(double mm) {
        return (float) (mm * PT_PER_MM);
    }
}
