package nl.koers.plugins;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import nl.koers.plugins.PluginProblem.Kind;

class PluginProblemTest {
    private static final Locale NL = Locale.of("nl");

    @Test
    void everyProblemSpeaksDutchAndEnglish() {
        for (Kind kind : Kind.values()) {
            PluginProblem problem = PluginProblem.of(kind, "a", "b", "c", "d");
            String dutch = problem.message(NL);
            String english = problem.message(Locale.ENGLISH);
            assertFalse(dutch.startsWith("!") || english.startsWith("!"), kind + ": " + dutch + " / " + english);
            assertNotEquals(dutch, english, kind.name());
        }
    }

    @Test
    void whatIsMissingIsSaidInTheReadersLanguage() {
        PluginProblem missing = PluginProblem.of(Kind.MISSING, "nl.firma.x 1.0.0", "missing.package", "com.example.x", "[1.0.0,2.0.0)");
        assertEquals("nl.firma.x 1.0.0 mist pakket com.example.x [1.0.0,2.0.0); installeer eerst wat dat levert",
                missing.message(NL));
        assertEquals("nl.firma.x 1.0.0 is missing package com.example.x [1.0.0,2.0.0); install what provides it first",
                missing.message(Locale.ENGLISH));
    }

    @Test
    void anExceptionSaysEveryProblemOnALineOfItsOwn() {
        PluginException e = new PluginException(List.of(PluginProblem.of(Kind.NO_INSTRUMENT, "x 1"),
                PluginProblem.of(Kind.API_VERSION, "x 1", "1.1.0", "[2.0.0,3.0.0)")));
        assertEquals("""
                x 1 levert geen instrument: er staat geen koers.instrument-capability in het manifest
                x 1 past niet bij deze Koers: deze Koers biedt instrument-API 1.1.0; de plugin vraagt [2.0.0,3.0.0)""",
                e.message(NL));
        assertThrows(IllegalArgumentException.class, () -> new PluginException(List.of()));
    }
}
