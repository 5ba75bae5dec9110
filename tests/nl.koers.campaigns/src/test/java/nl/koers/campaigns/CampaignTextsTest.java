package nl.koers.campaigns;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Locale;

import org.junit.jupiter.api.Test;

/** The reports say the same things in Dutch and in English. */
class CampaignTextsTest {
    @Test
    void bothLanguagesHaveEveryText() {
        var dutch = CampaignTexts.load(Locale.forLanguageTag("nl"));
        var english = CampaignTexts.load(Locale.ENGLISH);
        assertEquals(dutch.keys(), english.keys());
        for (String key : dutch.keys()) {
            assertFalse(dutch.get(key).equals(english.get(key)), "not translated: " + key);
        }
    }
}
