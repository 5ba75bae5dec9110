package nl.koers.shell.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;

import nl.koers.domain.Texts;

/** The report's words: every one in both languages, and no two of the dialog's Alt+letter keys the same. */
class ReportTextsTest {
    private static final List<String> DIALOG = List.of("report.chapters", "report.up", "report.down", "report.all",
            "report.none", "report.introduction", "report.closing", "report.format", "report.save");

    @Test
    void dutchAndEnglishHaveTheSameWords() {
        assertEquals(texts("nl").keys(), texts("en").keys());
    }

    @Test
    void everyMnemonicOfTheDialogIsItsOwn() {
        for (String language : List.of("nl", "en")) {
            Texts texts = texts(language);
            Map<Character, String> taken = new HashMap<>();
            for (String key : DIALOG) {
                String text = texts.get(key);
                char letter = Character.toLowerCase(text.charAt(text.indexOf('&') + 1));
                String before = taken.put(letter, key);
                assertEquals(null, before, language + ": Alt+" + letter + " for " + key + " and " + before);
            }
        }
    }

    private static Texts texts(String language) {
        return Texts.load("nl.koers.shell.internal.ReportTexts", Locale.of(language),
                ReportTextsTest.class.getClassLoader());
    }
}
