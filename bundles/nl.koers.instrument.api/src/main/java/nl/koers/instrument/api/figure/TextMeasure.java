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
        double of(String text);
    }

    private TextMeasure() {
    }

    /** The lines of {@code text} that fit {@code widthMm}; explicit newlines start a new line. */
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

    /** Line height in millimetres for a font size in points. */
    public static double lineHeightMm(double sizePt) {
        return sizePt * 0.3528 * 1.25;
    }
}
