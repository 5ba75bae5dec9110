package nl.koers.instrument.api.figure;

import java.util.ArrayList;
import java.util.List;

/**
 * Line breaking shared by every renderer, so a label breaks the same way on screen and on paper. The caller
 * says how wide a piece of text is in its own font; this decides where lines end.
 */
public final class TextMeasure {
    /** The width of {@code text} in millimetres, in the renderer's font at the label's size. */
    @FunctionalInterface
    public interface Width {
        /**
         * {@return the width of {@code text} in millimetres}
         *
         * @param text a piece of one line
         */
        double of(String text);
    }

    private TextMeasure() {
    }

    /**
     * {@return the lines of {@code text} that fit {@code widthMm}} Lines break between words; a word wider than
     * the width gets a line of its own, and explicit newlines start a new line.
     *
     * @param text the text to break
     * @param widthMm the width of the frame
     * @param width how wide a piece of text is in the renderer's font
     */
    public static List<String> lines(String text, double widthMm, Width width) {
        List<String> lines = new ArrayList<>();
        for (String paragraph : text.split("\\R", -1)) {
            StringBuilder line = new StringBuilder();
            for (String word : paragraph.split(" ")) {
                String candidate = line.isEmpty() ? word : line + " " + word;
                if (width.of(candidate) <= widthMm || line.isEmpty()) {
                    line.setLength(0);
                    line.append(candidate);
                } else {
                    lines.add(line.toString());
                    line.setLength(0);
                    line.append(word);
                }
            }
            lines.add(line.toString());
        }
        return lines;
    }

    /**
     * {@return the line height in millimetres for a font size in points} 1.25 times the size.
     *
     * @param sizePt the font size in points
     */
    public static double lineHeightMm(double sizePt) {
        return sizePt * 0.3528 * 1.25;
    }
}
