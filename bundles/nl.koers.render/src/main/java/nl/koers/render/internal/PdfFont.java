package nl.koers.render.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.Map;

import org.apache.fontbox.ttf.CmapLookup;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * One font embedded in one PDF, measured in millimetres. It never fails on text: a character the font lacks is
 * shown as {@code ?}, because PDFBox throws on a missing glyph and a name from anywhere must not stop an export.
 */
final class PdfFont {
    static final double MM_PER_POINT = 25.4 / 72;
    private static final char MISSING = '?';

    private final PDType0Font font;
    private final CmapLookup glyphs;
    private final Map<Integer, Boolean> known = new HashMap<>();
    private final Map<Integer, Float> advances = new HashMap<>();

    private PdfFont(PDType0Font font) {
        this.font = font;
        this.glyphs = font.getCmapLookup();
    }

    /** Embeds a TrueType font as a subset: only the glyphs the document uses end up in the file. */
    static PdfFont embed(PDDocument document, byte[] trueType) throws IOException {
        return new PdfFont(PDType0Font.load(document, new RandomAccessReadBuffer(trueType), true, false));
    }

    PDType0Font pdFont() {
        return font;
    }

    /**
     * {@code text} with only what this font can show: composed (NFC), so that "e" plus a combining diaeresis
     * becomes the one glyph "ë"; line breaks kept for the line breaking; tabs as spaces; control characters,
     * variation selectors and invisible marks the font lacks (joiners) dropped; any other missing character as
     * {@code ?}.
     */
    String printable(String text) {
        String composed = Normalizer.normalize(text, Normalizer.Form.NFC);
        StringBuilder out = new StringBuilder(composed.length());
        composed.codePoints().forEach(c -> {
            if (c == '\n' || c == '\r') {
                out.append((char) c);
            } else if (c == '\t') {
                out.append(' ');
            } else if (Character.getType(c) == Character.CONTROL || isVariationSelector(c)) {
                // a variation selector asks for emoji or text presentation, which a PDF cannot choose
                return;
            } else if (has(c)) {
                out.appendCodePoint(c);
            } else if (!isInvisible(c)) {
                out.append(MISSING);
            }
        });
        return out.toString();
    }

    /** The width of {@code printableText} (see {@link #printable}) at {@code sizePt}, in millimetres. */
    double widthMm(String printableText, double sizePt) {
        // the sum of the characters' advances, as PDFBox measures a string (it applies no kerning), but each
        // character measured once: line breaking measures the same words over and over
        double units = printableText.codePoints().mapToDouble(this::advance).sum();
        return units / 1000 * sizePt * MM_PER_POINT;
    }

    /** From the top of a line to its baseline, in millimetres. */
    double ascentMm(double sizePt) {
        float ascent = font.getFontDescriptor() == null ? 0 : font.getFontDescriptor().getAscent();
        return (ascent > 0 ? ascent : 800) / 1000 * sizePt * MM_PER_POINT;
    }

    /** A character's advance in thousandths of the font size. */
    private float advance(int codePoint) {
        return advances.computeIfAbsent(codePoint, c -> {
            try {
                return font.getStringWidth(Character.toString(c));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private boolean has(int codePoint) {
        return known.computeIfAbsent(codePoint, c -> glyphs.getGlyphId(c) > 0);
    }

    private static boolean isVariationSelector(int codePoint) {
        return codePoint >= 0xFE00 && codePoint <= 0xFE0F || codePoint >= 0xE0100 && codePoint <= 0xE01EF;
    }

    private static boolean isInvisible(int codePoint) {
        int type = Character.getType(codePoint);
        return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK || type == Character.FORMAT;
    }
}
