package nl.koers.shell.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

import nl.koers.domain.analysis.Found;

/** A found place is shown with whole words around it, on one line. */
class SearchSnippetTest {
    @Test
    void theTextAroundStartsAndEndsWithWholeWords() {
        String text = "Jong talent uit de regio: bedrijven in techniek, logistiek en fruitteelt hun vacatures vervuld "
                + "krijgen. Werkgevers willen graag\nmeedoen, mits er een vast aanspreekpunt is voor alle vragen.";
        int at = text.indexOf("Werkgevers");
        String snippet = SearchDialog.snippet(new Found(Found.Kind.ESSENCE, "p", "p", text, at, 10));
        assertEquals("… logistiek en fruitteelt hun vacatures vervuld krijgen. Werkgevers willen graag meedoen, mits er "
                + "een vast aanspreekpunt is …", snippet);
    }

    @Test
    void aShortTextIsShownWhole() {
        assertEquals("Zon op daken", SearchDialog.snippet(new Found(Found.Kind.INTEREST, "p", "i", "Zon op daken", 4, 2)));
    }
}
