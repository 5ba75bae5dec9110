package nl.koers.instrument.brengenhalen.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.Normalizer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;

import nl.koers.domain.Dossier;
import nl.koers.domain.Partner;
import nl.koers.domain.analysis.StopWords;
import nl.koers.instrument.brengenhalen.internal.SharedWords.Shared;
import nl.koers.instrument.brengenhalen.internal.SharedWords.Source;

class SharedWordsTest {
    @Test
    void significantWordsHaveFiveLettersAndAreNotCommonWords() {
        assertEquals(List.of("jongeren", "regio", "vinden", "school", "werkgever", "thuis", "zitten"),
                List.copyOf(SharedWords.words("Samen zorgen dat jongeren in de regio een plek vinden op school of "
                        + "bij een werkgever, zodat ze niet thuis zitten.").values()));
        assertTrue(SharedWords.words("zodat omdat worden kunnen samenwerking partners which their together")
                .isEmpty(), "only common words");
        assertTrue(SharedWords.words("plek werk 2029 12345").isEmpty(), "short words and numbers do not count");
    }

    @Test
    void wordsAreComparedInLowerCaseWithoutAccentsAndOneEndingAndCutAtHyphens() {
        assertEquals(List.of("continuïteit", "opleidingen"),
                List.copyOf(SharedWords.words("Continuïteit op mbo-opleidingen").values()));
        assertTrue(SharedWords.share("Continuïteit van zorg", "de continuiteit borgen"));
        assertTrue(SharedWords.share("Vacatures in mbo-techniek", "techniek op school"));
        assertTrue(SharedWords.share("elke jongere", "alle jongeren"), "one ending is dropped");
        assertTrue(SharedWords.share("een werkgever", "de werkgevers"));
        assertFalse(SharedWords.share("regionaal", "regionale"), "no real stemmer");
        assertFalse(SharedWords.share("minder uitval in de organisatie", "minder organisatie"), "common words");
    }

    @Test
    void aWordIsSharedWhenTextsOfTwoPartnersHoldItMostPartnersFirst() {
        List<Shared> shared = SharedWords.among(List.of(
                new Source("a", "A", "Jongeren in de regio aan het werk"),
                new Source("a2", "A", "Nog meer werken voor jongeren"),
                new Source("b", "B", "Werken met jongeren op school"),
                new Source("c", "C", "Elke jongeren-coach op school en in de regio")));
        assertEquals(List.of("jongeren", "regio", "werken", "school"), shared.stream().map(Shared::word).toList());
        assertEquals(List.of("A", "B", "C"), shared.get(0).partnerIds());
        assertEquals(List.of("a", "a2", "b", "c"), shared.get(0).sourceIds());
        assertEquals(List.of("A", "B"), shared.get(2).partnerIds(), "werken: A twice counts once");
    }

    @Test
    void oneTextOfOnePartnerSharesNothing() {
        assertEquals(List.of(), SharedWords.among(List.of(new Source("a", "A", "jongeren jongeren"),
                new Source("a2", "A", "jongeren"))));
        assertEquals(List.of(), SharedWords.among(List.of()));
    }

    @Test
    void theSampleEssencesMeetOnYoungPeopleAndSchool() {
        Dossier d = Dossiers.sample();
        List<Shared> shared = SharedWords.among(d.partners().stream()
                .map(p -> new Source(p.id(), p.id(), p.essence())).toList());
        Shared first = shared.get(0);
        assertEquals("jongeren", first.word());
        assertEquals(4, first.partnerIds().size(), first.toString());
        assertTrue(shared.stream().anyMatch(s -> s.word().equals("school")), shared.toString());
        assertTrue(d.partners().stream().map(Partner::id).toList().containsAll(first.partnerIds()));
    }

    @Test
    void demandsThatShareOnlyAStopWordDoNotShare() {
        assertFalse(SharedWords.share("Lagere wachttijden voor de jeugd", "Lagere drempels voor het onderwijs"));
        assertFalse(SharedWords.share("Lower costs for the youth and their parents", "Lower burden for the schools"));
        assertTrue(SharedWords.words("lagere hogere voor the and lower").isEmpty());
    }

    @Test
    void wordsAreThoseOfTheRegularExpressionsOnRandomTexts() {
        // letters with and without accents, digits, a Roman numeral, a superscript two, a letter outside the basic
        // plane, hyphens, stop words and endings: every class the cutting and the keys treat apart
        String[] pieces = {"jongeren", "Jongere", "werkgevers", "Continuïteit", "café", "CAFÉ", "mbo-niveau", "2024",
            "12345", "Ⅻ", "m²", "ŝtato", "𝒜lpha", "zodat", "samenwerking", "regionaal", "ß-straße", " ", ", ", "-",
            "\t", "(", ")", "één", "ná", "a1b2c", "aaaa5", "Ελλάδα", "日本語", "x"};
        Random random = new Random(15);
        for (int round = 0; round < 2000; round++) {
            StringBuilder text = new StringBuilder();
            for (int k = random.nextInt(12); k > 0; k--) {
                text.append(pieces[random.nextInt(pieces.length)]);
                if (random.nextBoolean()) {
                    text.append(' ');
                }
            }
            String t = text.toString();
            assertEquals(byRegularExpressions(t), SharedWords.words(t), "round " + round + ": " + t);
        }
    }

    /** The rule as first written: cut at every run of what is not a letter or a number, keys without marks. */
    private static Map<String, String> byRegularExpressions(String text) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String raw : text.split("[^\\p{L}\\p{N}]+")) {
            String written = raw.toLowerCase(Locale.ROOT);
            String plain = Normalizer.normalize(written, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
            if (plain.length() >= SharedWords.MIN_LETTERS && !StopWords.contains(plain)
                    && !plain.chars().allMatch(Character::isDigit)) {
                out.putIfAbsent(SharedWords.stem(plain), written);
            }
        }
        return out;
    }
}
