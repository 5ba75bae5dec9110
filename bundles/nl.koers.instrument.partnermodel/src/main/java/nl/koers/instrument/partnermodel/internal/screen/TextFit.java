package nl.koers.instrument.partnermodel.internal.screen;

import java.util.List;
import java.util.regex.Pattern;

import nl.koers.instrument.api.figure.TextMeasure;

/**
 * Measures text in the fonts the figure painter draws it in, at the scale it is drawn: a label laid out with
 * these lines is drawn whole, without the painter's ellipsis. Estimates from an average character width fall
 * short on screen, where a bold title in a narrow block is wider than guessed. What it measures is kept in the
 * canvas's {@link TextWidths}, for the next laying out.
 */
final class TextFit {
    private static final Pattern LINE_BREAK = Pattern.compile("\\R");
    private final TextWidths widths;
    private final double pxPerMm;

    TextFit(TextWidths widths, double pxPerMm) {
        this.widths = widths;
        this.pxPerMm = pxPerMm;
    }

    /** The lines of {@code text} in a frame {@code widthMm} wide, as the painter breaks them. */
    List<String> lines(String text, double widthMm, double pt, boolean bold) {
        return widths.lines(key(pt, bold), text, widthMm, pxPerMm);
    }

    int count(String text, double widthMm, double pt, boolean bold) {
        return lines(text, widthMm, pt, bold).size();
    }

    /**
     * The width of the widest word, in millimetres: a frame narrower than this cuts it. Each word is measured on its
     * own, as the painter sets a word too wide for its frame on a line of its own; not the pairs of words that
     * breaking at no width at all would try first.
     */
    double widestWord(String text, double pt, boolean bold) {
        int font = key(pt, bold);
        double widest = 0;
        for (String paragraph : LINE_BREAK.split(text, -1)) {
            for (String word : paragraph.split(" ", -1)) {
                widest = Math.max(widest, widths.width(font, word) / pxPerMm);
            }
        }
        return widest;
    }

    /** The font's size in whole points, as the painter rounds it; negative for bold. */
    private int key(double pt, boolean bold) {
        int heightPt = Math.max(1, (int) Math.round(pt * 0.3528 * pxPerMm * 72 / widths.dpi()));
        return bold ? -heightPt : heightPt;
    }
}
