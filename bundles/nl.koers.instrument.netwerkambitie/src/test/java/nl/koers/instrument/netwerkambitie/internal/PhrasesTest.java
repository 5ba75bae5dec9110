package nl.koers.instrument.netwerkambitie.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import nl.koers.domain.Category;
import nl.koers.domain.Contribution;
import nl.koers.domain.Direction;
import nl.koers.domain.Dossier;
import nl.koers.domain.Firmness;
import nl.koers.domain.Partner;
import nl.koers.domain.Role;
import nl.koers.domain.analysis.BringGet;
import nl.koers.domain.analysis.Finding;

class PhrasesTest {
    private static final String NBSP = "\u00a0";

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {"16;16", "2,5;2.5", "2.5;2.5", "250.000;250000", "250,000;250000",
        "1.000,50;1000.50", "1,000.50;1000.50", "0.500;0.500", " 12 ;12", "-3;-3", "1 500;1500"})
    void readsAmountsAsPeopleTypeThem(String typed, String expected) {
        assertEquals(0, new BigDecimal(expected).compareTo(Phrases.parseAmount(typed).orElseThrow()), typed);
    }

    @Test
    void anEmptyAmountIsNoAmount() {
        assertEquals(Optional.empty(), Phrases.parseAmount("  "));
    }

    @ParameterizedTest
    @ValueSource(strings = {"veel", "1.2.3", "2,5,1", "12 uur", "-", ".", "1e5"})
    void refusesWhatIsNoNumber(String typed) {
        assertThrows(NumberFormatException.class, () -> Phrases.parseAmount(typed));
    }

    @Test
    void writesAmountsTheWayTheLanguageDoes() {
        assertEquals("250.000", new Phrases(Locale.of("nl")).amount(new BigDecimal("250000")));
        assertEquals("2,5", new Phrases(Locale.of("nl")).amount(new BigDecimal("2.50")));
        assertEquals("250,000", new Phrases(Locale.ENGLISH).amount(new BigDecimal("250000")));
    }

    @Test
    void tellsDemandsThatClashInOneSentence() {
        Partner a = new Partner("a", "Gemeente", Role.CORE, List.of(), "", List.of(), List.of(), List.of(),
                List.of(new Contribution("a1", Direction.GET, Category.PEOPLE, "Coaches", new BigDecimal(20),
                        "uur/maand", Firmness.DEMAND)));
        Partner b = new Partner("b", "ROC", Role.CORE, List.of(), "", List.of(), List.of(), List.of(),
                List.of(new Contribution("b1", Direction.GET, Category.PEOPLE, "Docenten", new BigDecimal(15),
                        "Uur/maand", Firmness.DEMAND)));
        Partner c = new Partner("c", "Bedrijf", Role.CHAIN, List.of(), "", List.of(), List.of(), List.of(),
                List.of(new Contribution("c1", Direction.BRING, Category.PEOPLE, "Mentoren", new BigDecimal(10),
                        "uur/maand", Firmness.WISH)));
        Dossier d = Dossier.titled("Botsen").withPartners(List.of(a, b, c));
        Finding clash = BringGet.findings(d).stream().filter(f -> f.kind() == Finding.Kind.CONFLICTING_DEMANDS)
                .findFirst().orElseThrow();
        assertEquals("Eisen die botsen (mensen): Gemeente eist 20" + NBSP + "uur/maand en ROC eist 15" + NBSP
                + "Uur/maand; samen 35" + NBSP + "uur/maand, terwijl alle partners samen 10" + NBSP
                + "uur/maand brengen.", new Phrases(Locale.of("nl")).finding(d, clash));
        assertEquals("Bedrijf brings \u201cMentoren\u201d; Gemeente wants to get \u201cCoaches\u201d (people).",
                new Phrases(Locale.ENGLISH).match(d, BringGet.matches(d).stream()
                        .filter(m -> m.get().contributionId().equals("a1")).findFirst().orElseThrow()));
    }
}
