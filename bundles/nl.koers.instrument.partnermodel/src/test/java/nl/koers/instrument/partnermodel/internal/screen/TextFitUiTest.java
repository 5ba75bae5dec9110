package nl.koers.instrument.partnermodel.internal.screen;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Random;

import org.eclipse.swt.widgets.Display;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The widest word of a text, measured in the fonts the canvas draws in on a real display: the same as the widest
 * line the text breaks into at no width at all, which is how it was found before, at half the measuring. Thousands
 * of notes ask it at every size a crowded block tries.
 */
class TextFitUiTest {
    private final TextWidths widths = new TextWidths(Display.getDefault());

    @AfterEach
    void free() {
        widths.dispose();
    }

    @Test
    void theWidestWordIsTheWidestLineAtNoWidth() {
        Random random = new Random(15);
        String[] words = {"een", "sticker", "Werkgeversservicepunt", "", "WWWW", "iii", "jongeren,", "\u00e9\u00e9n",
            "samen-werken", "a\nb", "x\r\ny", "Z"};
        for (int i = 0; i < 500; i++) {
            StringBuilder text = new StringBuilder();
            for (int w = random.nextInt(12); w >= 0; w--) {
                text.append(words[random.nextInt(words.length)]).append(random.nextInt(8) == 0 ? "  " : " ");
            }
            TextFit fit = new TextFit(widths, 2 + random.nextDouble() * 4);
            double pt = 6 + random.nextInt(20);
            boolean bold = random.nextBoolean();
            List<String> lines = fit.lines(text.toString(), 0, pt, bold);
            double widest = 0;
            for (String line : lines) {
                widest = Math.max(widest, fit.widestWord(line, pt, bold));
            }
            assertEquals(widest, fit.widestWord(text.toString(), pt, bold), 1e-9, "\"" + text + "\"");
        }
    }

    @Test
    void eachWordIsMeasuredOnceAndNoPairOfWords() {
        TextFit fit = new TextFit(widths, 3.7);
        long before = widths.measured();
        fit.widestWord("Notitie 7: een langere sticker met een hele zin", 11, false);
        assertEquals(8, widths.measured() - before, "eight words, \"een\" once, and no pair of words");
    }
}
