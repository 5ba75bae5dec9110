package nl.koers.instrument.brengenhalen.internal.screen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.Map;

import org.junit.jupiter.api.Test;

import nl.koers.instrument.brengenhalen.internal.SharedWords;

/** Words kept from one analysis to the next by the text itself: the same words, cut once while the text stays. */
class KeptWordsTest {
    private final KeptWords kept = new KeptWords();

    @Test
    void aTextThatStaysIsCutOnceAndReadsAsCutAnew() {
        String text = "Stageplaatsen voor jongeren in de regio";
        Map<String, String> first = kept.of(text);
        assertEquals(SharedWords.words(text), first);
        kept.next();
        assertSame(first, kept.of(text), "the same text, the next analysis: kept");
        kept.next();
        assertSame(first, kept.of(text));
    }

    @Test
    void anEditedTextIsCutAgainAndATextNotAskedForIsForgotten() {
        String text = "Stageplaatsen voor jongeren";
        Map<String, String> first = kept.of(text);
        kept.next();
        String edited = new String(text); // the same words in another string: an edit made it anew
        assertNotSame(first, kept.of(edited), "kept by the string, not its value");
        assertEquals(first, kept.of(edited));
        kept.next(); // this analysis did not ask for the first text
        kept.next();
        assertNotSame(first, kept.of(text), "forgotten after an analysis that did not ask for it");
    }
}
