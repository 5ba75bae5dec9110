package nl.koers.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;

class SystemLanguageTest {
    private static final Locale NL = Locale.of("nl");

    @Test
    void theBareCLocaleIsNoChoiceOfLanguage() {
        assertEquals(NL, SystemLanguage.of(Map.of("LANG", "C.UTF-8"), "Linux", Locale.ENGLISH));
        assertEquals(NL, SystemLanguage.of(Map.of("LANG", "POSIX"), "Linux", Locale.ENGLISH));
        assertEquals(NL, SystemLanguage.of(Map.of(), "Linux", Locale.ENGLISH));
    }

    @Test
    void anEnglishSystemGetsEnglish() {
        assertEquals(Locale.US, SystemLanguage.of(Map.of("LANG", "en_US.UTF-8"), "Linux", Locale.US));
        assertEquals(Locale.UK, SystemLanguage.of(Map.of("LC_ALL", "en_GB.UTF-8", "LANG", "C"), "Linux", Locale.UK));
    }

    @Test
    void lcAllWinsOverLang() {
        assertEquals(NL, SystemLanguage.of(Map.of("LC_ALL", "C", "LANG", "en_US.UTF-8"), "Linux", Locale.US));
    }

    @Test
    void windowsAndMacAreAskedThroughTheJvm() {
        assertEquals(Locale.ENGLISH, SystemLanguage.of(Map.of(), "Windows 11", Locale.ENGLISH));
        assertEquals(Locale.ENGLISH, SystemLanguage.of(Map.of(), "Mac OS X", Locale.ENGLISH));
    }
}
