package nl.koers.instrument.brengenhalen.internal.homework;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The words of the homework, in Dutch and English. */
class HomeworkTextsTest {
    @Test
    void dutchAndEnglishSayTheSameThings() throws IOException {
        assertEquals(keys(""), keys("_en"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"nl", "en"})
    void everyMessageIsThere(String language) {
        Locale locale = Locale.of(language);
        for (HomeworkRefusal.Reason r : HomeworkRefusal.Reason.values()) {
            String m = new HomeworkRefusal("x.pdf", r, "a", "b").message(locale);
            assertTrue(m.startsWith("x.pdf: ") && !m.contains("!") && !m.contains("{"), m);
        }
        for (SkippedField.Reason r : SkippedField.Reason.values()) {
            String m = SkippedField.of("bring.PEOPLE.1.amount", r, "a", "b").message(locale);
            assertFalse(m.contains("!") || m.contains("{"), m);
        }
        List<String> fields = new java.util.ArrayList<>(HomeworkFields.answersOfVersion2());
        fields.add("get.OTHER.12.demand");
        for (String field : fields) {
            String label = HomeworkTexts.fieldLabel(field, locale);
            assertFalse(label.contains("!") || label.equals(field), field + ": " + label);
        }
    }

    @Test
    void aFolderIsSaidInTheLanguage() {
        HomeworkRefusal r = new HomeworkRefusal("map", HomeworkRefusal.Reason.NOT_READABLE, "detail.folder");
        assertEquals("map: dit bestand kan niet worden gelezen (het is een map).", r.message(Locale.of("nl")));
        assertEquals("map: this file cannot be read (it is a folder).", r.message(Locale.ENGLISH));
    }

    private static Set<String> keys(String suffix) throws IOException {
        String file = "/" + HomeworkTexts.BUNDLE.replace('.', '/') + suffix + ".properties";
        try (Reader in = new InputStreamReader(HomeworkTextsTest.class.getResourceAsStream(file), UTF_8)) {
            Properties p = new Properties();
            p.load(in);
            assertFalse(p.isEmpty(), file);
            return new TreeSet<>(p.stringPropertyNames());
        }
    }
}
