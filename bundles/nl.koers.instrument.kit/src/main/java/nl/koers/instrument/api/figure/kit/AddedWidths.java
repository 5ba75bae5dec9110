package nl.koers.instrument.api.figure.kit;

import java.util.function.IntUnaryOperator;
import java.util.function.LongToDoubleFunction;

import nl.koers.instrument.api.figure.TextMeasure;

/**
 * Counts the lines {@link TextMeasure#lines} makes, for a width that is the sum of the widths of the characters
 * (the kit's estimate and its printed font): a line's width is added up as it grows instead of measured again for
 * every word, so counting is linear in the text, also for a long paragraph in a wide frame. The sums are whole
 * numbers of units, so they are exact and the breaks are the same as measuring.
 */
final class AddedWidths {
    private AddedWidths() {
    }

    /**
     * @param units the width of one character, in whole units
     * @param mm the width in millimetres of a piece of text that is this many units wide, as the measure says
     */
    static int lines(String text, double widthMm, IntUnaryOperator units, LongToDoubleFunction mm) {
        long space = units.applyAsInt(' ');
        int count = 0;
        for (String paragraph : text.split("\\R", -1)) {
            long line = 0;
            boolean empty = true;
            for (String word : paragraph.split(" ")) {
                long w = 0;
                for (int i = 0; i < word.length(); i++) {
                    w += units.applyAsInt(word.charAt(i));
                }
                long candidate = empty ? w : line + space + w;
                if (empty || mm.applyAsDouble(candidate) <= widthMm) {
                    line = candidate;
                    empty = empty && word.isEmpty();
                } else {
                    count++;
                    line = w;
                    empty = word.isEmpty();
                }
            }
            count++;
        }
        return count;
    }
}
