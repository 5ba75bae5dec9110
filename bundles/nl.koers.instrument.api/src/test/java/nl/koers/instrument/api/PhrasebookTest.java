package nl.koers.instrument.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import nl.koers.domain.Category;
import nl.koers.domain.Contribution;
import nl.koers.domain.Direction;
import nl.koers.domain.Firmness;
import nl.koers.domain.Dossier;
import nl.koers.domain.Partner;
import nl.koers.domain.Role;
import nl.koers.domain.analysis.BringGet;

/** The exchange of bring and get is told in the API's own words, the same for every instrument, in nl and en. */
class PhrasebookTest {
    /** An instrument with no texts of its own beyond the API's. */
    private static final class Plain extends Phrasebook {
        Plain(Locale locale) {
            super("nl.koers.instrument.api.Texts", locale, PhrasebookTest.class.getClassLoader());
        }
    }

    private final Dossier dossier = Dossier.titled("Proef").withPartners(List.of(
            Partner.of("Gemeente", Role.CORE).withContribution(new Contribution(null, Direction.GET, Category.PEOPLE,
                    "Begeleiders", new BigDecimal("2"), "fte", Firmness.DEMAND)),
            Partner.of("", Role.CHAIN).withContribution(Contribution.bring(Category.MEANS, "Een lokaal"))));

    @Test
    void findingsAndListsInDutch() {
        Plain nl = new Plain(Locale.of("nl"));
        List<String> told = BringGet.findings(dossier).stream().map(f -> nl.finding(dossier, f)).sorted().toList();
        assertEquals(2, told.size(), told.toString());
        assertEquals("Aanbod zonder vraag: (partner zonder naam) brengt \u201cEen lokaal\u201d (middelen); niemand wil "
                + "middelen halen.", told.get(0));
        assertEquals("Eis zonder antwoord: Gemeente wil \u201cBegeleiders\u201d halen (mensen); niemand brengt mensen.",
                told.get(1));
        assertEquals("a, b en c", nl.joined(List.of("a", "b", "c")));
        assertEquals("2\u00a0fte", nl.quantity(dossier.partners().get(0).contributions().get(0)));
    }

    @Test
    void findingsInEnglish() {
        Plain en = new Plain(Locale.ENGLISH);
        String told = en.finding(dossier, BringGet.findings(dossier).get(0));
        assertTrue(told.contains("nobody"), told);
        assertEquals("a and b", en.joined(List.of("a", "b")));
    }
}
