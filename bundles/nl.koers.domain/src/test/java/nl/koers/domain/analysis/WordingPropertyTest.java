package nl.koers.domain.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/** The significant words of a text of ASCII or of Latin-1, read in one pass, are those the general reading finds. */
class WordingPropertyTest {
    private static final String[] PIECES = {"Jongeren", "jongere", "werkgevers", "de", "het", "voor", "MEER",
        "stageplaatsen", "2028", "a1b2c3d4e5", "abcd1", "kennis", "netwerk", "en", "Samen", "zorgen", "interests",
        "interest", "x", "regionale", "uur/maand", "e-mail", "co-creatie"};
    private static final String[] BETWEEN = {" ", "  ", ", ", ". ", "/", "-", "\t", "\n", "(", ")", "!", "'", "\""};

    @Test
    void asTheGeneralReading() {
        Random random = new Random(52);
        for (int round = 0; round < 20_000; round++) {
            StringBuilder text = new StringBuilder();
            for (int n = random.nextInt(12); n > 0; n--) {
                text.append(random.nextInt(4) == 0 ? BETWEEN[random.nextInt(BETWEEN.length)] : "")
                        .append(PIECES[random.nextInt(PIECES.length)])
                        .append(BETWEEN[random.nextInt(BETWEEN.length)]);
            }
            assertEquals(reference(text.toString()), Wording.significant(text.toString()), text.toString());
        }
    }

    @Test
    void latin1AsTheGeneralReading() {
        Random random = new Random(53);
        String[] accented = {"continuïteit", "Één", "ÉCOLES", "Müller", "coöperatie", "ideeën", "Straße",
            "naïef", "µmeter", "ªbcde", "x²yzab", "Øresund", "æbleskiver", "½liter", "façade"};
        for (int round = 0; round < 20_000; round++) {
            StringBuilder text = new StringBuilder();
            for (int n = random.nextInt(12); n > 0; n--) {
                String piece = switch (random.nextInt(3)) {
                    case 0 -> PIECES[random.nextInt(PIECES.length)];
                    case 1 -> accented[random.nextInt(accented.length)];
                    // every character of Latin-1 gets its turn, inside a word and between words
                    default -> "abcd" + (char) (0x80 + random.nextInt(0x80)) + "efgh";
                };
                String between = random.nextInt(5) == 0 ? String.valueOf((char) (0x80 + random.nextInt(0x80)))
                        : BETWEEN[random.nextInt(BETWEEN.length)];
                text.append(piece).append(between);
            }
            assertEquals(Wording.significantGeneral(text.toString()), Wording.significant(text.toString()),
                    text.toString());
        }
    }

    /** The general reading: normalised and spelled words by regular expressions, as for any text. */
    private static Map<String, String> reference(String text) {
        Pattern split = Pattern.compile("[^\\p{L}\\p{N}]+");
        List<String> normal = new ArrayList<>();
        for (String w : split.split(Pattern.compile("\\p{M}+").matcher(Normalizer.normalize(text,
                Normalizer.Form.NFD)).replaceAll("").toLowerCase(Locale.ROOT))) {
            if (!w.isEmpty()) {
                normal.add(w);
            }
        }
        Map<String, String> out = new LinkedHashMap<>();
        for (String w : normal) {
            if (w.chars().filter(Character::isLetter).count() >= Wording.MIN_LETTERS && !StopWords.contains(w)) {
                out.putIfAbsent(Wording.stem(w), w);
            }
        }
        return out;
    }
}
