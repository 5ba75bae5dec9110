package nl.koers.render.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * Breaks running text into lines that fit a width, for the report's flowing pages. Each word is measured once and
 * the line's width is the sum of its words and spaces (the font applies no kerning, so that sum is exact): linear
 * in the text's length, however long. A word wider than the line is broken between characters, so nothing is ever
 * cut off or drawn into the margin.
 */
final class WordWrap {
    private final PdfFont font;
    private final double sizePt;

    WordWrap(PdfFont font, double sizePt) {
        this.font = font;
        this.sizePt = sizePt;
    }

    /** The lines of {@code text} (already {@link PdfFont#printable}); a newline starts a new line. */
    List<String> lines(String text, double widthMm) {
        List<String> lines = new ArrayList<>();
        double space = width(" ");
        for (String paragraph : text.split("\\R", -1)) {
            StringBuilder line = new StringBuilder();
            double used = 0;
            for (String word : paragraph.split(" ", -1)) {
                double w = width(word);
                if (!line.isEmpty() && used + space + w <= widthMm) {
                    line.append(' ').append(word);
                    used += space + w;
                    continue;
                }
                if (!line.isEmpty()) {
                    lines.add(line.toString());
                    line.setLength(0);
                }
                used = w <= widthMm ? w : breakWord(word, widthMm, lines, line);
                if (w <= widthMm) {
                    line.append(word);
                }
            }
            lines.add(line.toString());
        }
        return lines;
    }

    /** The width of {@code text} in millimetres. */
    double width(String text) {
        return font.widthMm(text, sizePt);
    }

    /** Puts all but the last piece of a too wide word on lines of their own; the last piece starts {@code line}. */
    private double breakWord(String word, double widthMm, List<String> lines, StringBuilder line) {
        double used = 0;
        int start = 0;
        for (int i = 0; i < word.length(); i = word.offsetByCodePoints(i, 1)) {
            int end = word.offsetByCodePoints(i, 1);
            double w = width(word.substring(i, end));
            if (used + w > widthMm && i > start) {
                lines.add(word.substring(start, i));
                start = i;
                used = 0;
            }
            used += w;
        }
        line.append(word, start, word.length());
        return used;
    }
}
