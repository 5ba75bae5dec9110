package nl.koers.instrument.belangendialoog.internal.screen;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import nl.koers.domain.Dossier;
import nl.koers.domain.Interest;
import nl.koers.domain.Partner;
import nl.koers.instrument.belangendialoog.internal.Dossiers;
import nl.koers.instrument.belangendialoog.internal.Phrases;

/** The lines of the board's choices: the same as wording every interest, and worded again only where it changed. */
class ChoiceLinesTest {
    private final Phrases say = new Phrases(Locale.of("nl"));

    @Test
    void anEditWordsAgainOnlyTheLinesOfThePartnerItChanged() {
        Dossier d = Dossiers.table(20);
        ChoiceLines lines = new ChoiceLines(say);
        String[] before = lines.of(d.partners());
        assertArrayEquals(everyLine(d), before);

        Partner p = d.partners().get(3);
        Interest i = p.interests().get(1);
        Dossier edited = d.withPartner(p.withInterest(i.withText("Een nieuw belang")));
        String[] after = lines.of(edited.partners());
        assertArrayEquals(everyLine(edited), after);
        int first = d.partners().subList(0, 3).stream().mapToInt(x -> x.interests().size()).sum();
        for (int n = 0; n < after.length; n++) {
            if (n < first || n >= first + p.interests().size()) {
                assertSame(before[n], after[n], "line " + n + " of a partner that did not change");
            }
        }
        assertNotSame(before[first + 1], after[first + 1]);
        assertTrue(after[first + 1].contains("Een nieuw belang"), after[first + 1]);
    }

    @Test
    void partnersThatComeOrGoTakeTheirLinesAlong() {
        Dossier d = Dossiers.table(8);
        ChoiceLines lines = new ChoiceLines(say);
        lines.of(d.partners());
        Dossier fewer = d.withPartners(d.partners().subList(2, 8));
        assertArrayEquals(everyLine(fewer), lines.of(fewer.partners()));
        assertArrayEquals(everyLine(d), lines.of(d.partners()));
        assertEquals(everyLine(d).length, d.partners().stream().mapToInt(x -> x.interests().size()).sum());
    }

    /** The simple way: every interest worded anew. */
    private List<String> every(Dossier d) {
        List<String> out = new ArrayList<>();
        for (Partner p : d.partners()) {
            for (Interest i : p.interests()) {
                out.add(say.format("board.choice", say.name(p), say.word(i.level()), say.text(i)));
            }
        }
        return out;
    }

    private String[] everyLine(Dossier d) {
        return every(d).toArray(String[]::new);
    }
}
