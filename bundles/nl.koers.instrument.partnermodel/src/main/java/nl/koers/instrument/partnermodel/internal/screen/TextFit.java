package nl.koers.instrument.partnermodel.internal.screen;

import java.util.List;

import nl.koers.instrument.api.figure.TextMeasure;

/**
 * Measures text in the fonts the figure painter draws it in, at the scale it is drawn: a label laid out with
 * these lines is drawn whole, without the painter's ellipsis. Estimates from an average character width fall
 * short on screen, where a bold title in a narrow block is wider than guessed. What it measures is kept in the
 * canvas's {@link TextWidths}, for the next laying out.
 */
final class TextFit {
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

    /** The width of the widest line or word, in millimetres: a frame narrower than this cuts it. */
    double widest(String text, double widthMm, double pt, boolean bold) {
        int font = key(pt, bold);
        double widest = 0;
        for (String line : lines(text, widthMm, pt, bold)) {
            widest = Math.max(widest, widths.width(font, line) / pxPerMm);
        }
        return widest;
    }

    /** The font's size in whole points, as the painter rounds it; negative for bold. */
    private int key(double pt, boolean bold) {
        int heightPt = Math.max(1, (int) Math.round(pt * 0.3528 * pxPerMm * 72 / widths.dpi()));
        return bold ? -heightPt : heightPt;
    }
}
