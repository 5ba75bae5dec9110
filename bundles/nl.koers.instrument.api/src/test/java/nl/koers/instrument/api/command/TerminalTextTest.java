package nl.koers.instrument.api.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TerminalTextTest {
    @Test
    void aPartnersAnswerThatWouldClearTheScreenIsShownNotObeyed() {
        String answer = "Wij brengen\u001B[2J\u001B]0;pwned\u0007 veel";
        String shown = TerminalText.visible(answer);
        assertEquals("Wij brengen\\u001B[2J\\u001B]0;pwned\\u0007 veel", shown);
        assertTrue(shown.chars().noneMatch(c -> TerminalText.isControl((char) c)), shown);
    }

    @Test
    void everyKindOfControlIsMadeVisible() {
        assertEquals("a\\u000Db\\u0008c\\u0009d\\u0000", TerminalText.visible("a\rb\bc\td\0"));
        assertEquals("\\u007F\\u0080\\u009B\\u009D", TerminalText.visible("\u007f\u0080\u009b\u009d"));
        // bidi overrides and isolates would turn the text around
        assertEquals("\\u202Eevil\\u202C \\u2066x\\u2069", TerminalText.visible("\u202eevil\u202c \u2066x\u2069"));
        assertEquals("a\\u000Ab", TerminalText.visible("a\nb"));
    }

    @Test
    void linesKeepTheirLineFeedsAndNothingElse() {
        assertEquals("eerste\ntweede\\u000D\\u001B[K", TerminalText.visibleLines("eerste\ntweede\r\u001b[K"));
    }

    @Test
    void ordinaryTextIsLeftAlone() {
        String dutch = "Coöperatie De Ëik & Zn. \u2014 € 25.000 \u2018eis\u2019 \u05e9\u05dc\u05d5\u05dd \ud83d\ude00 C:\\pad";
        assertSame(dutch, TerminalText.visible(dutch));
        assertFalse(TerminalText.isControl(' '));
        assertEquals("null", TerminalText.visible(null));
    }
}
