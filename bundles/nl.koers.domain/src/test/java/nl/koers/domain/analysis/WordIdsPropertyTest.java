package nl.koers.domain.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;

/**
 * The words of a text as one dictionary numbers them are the significant words {@link Wording#significant} reads, in
 * its order and spelled as it spells them; one stem is one number across all the texts the dictionary read, and
 * different stems are different numbers. Many texts, so that the dictionary's tables grow on the way.
 */
class WordIdsPropertyTest {
    private static final String[] PIECES = {"Jongeren", "jongere", "JONGEREN", "werkgevers", "Werkgever", "de",
        "voor", "meer", "stageplaatsen", "2028", "a1b2c3d4e5", "abcd1", "kennis", "netwerk", "Samen", "zorgen",
        "interests", "interest", "regionale", "uur/maand", "co-creatie", "continuïteit", "Continuïteit", "ideeën",
        "Één", "Straße", "coöperatie", "ĳsbaan", "zonder", "niet"};
    private static final String[] BETWEEN = {" ", ", ", ". ", "/", "-", "\n", "(", "!"};

    @Test
    void numbersTheWordsWordingReads() {
        Random random = new Random(61);
        WordIds dictionary = new WordIds();
        Map<String, Integer> numbers = new HashMap<>();
        for (int round = 0; round < 20_000; round++) {
            StringBuilder text = new StringBuilder();
            for (int n = random.nextInt(14); n > 0; n--) {
                String piece = PIECES[random.nextInt(PIECES.length)];
                // made-up words too: thousands of stems, each spelled in capitals now and then
                text.append(random.nextInt(3) == 0 ? piece + "x" + random.nextInt(5000) : piece)
                        .append(BETWEEN[random.nextInt(BETWEEN.length)]);
            }
            Map<String, String> expected = Wording.significant(text.toString());
            WordIds.Words words = dictionary.of(text.toString());
            assertEquals(List.copyOf(expected.values()), List.of(words.spelled()), text.toString());
            List<String> stems = new ArrayList<>(expected.keySet());
            for (int i = 0; i < stems.size(); i++) {
                int number = words.stems()[i];
                assertEquals(number, numbers.computeIfAbsent(stems.get(i), s -> number), stems.get(i));
            }
        }
        assertEquals(numbers.size(), dictionary.size());
        assertEquals(numbers.size(), numbers.values().stream().distinct().count(), "one number per stem");
    }
}
