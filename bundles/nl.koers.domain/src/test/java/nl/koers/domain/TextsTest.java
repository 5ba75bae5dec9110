package nl.koers.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import nl.koers.domain.analysis.Finding;

class TextsTest {
    private static final Locale DUTCH = Locale.of("nl");

    @Test
    void everyEnumHasAWordInBothLanguages() {
        Texts nl = Texts.words(DUTCH);
        Texts en = Texts.words(Locale.ENGLISH);
        Stream.of(Role.values(), Lens.values(), Level.values(), Firmness.values(), Direction.values(),
                Category.values(), Route.values(), Openness.values(), Recognition.values(), SnapshotKind.values(),
                Finding.Kind.values())
                .flatMap(Stream::of)
                .forEach(v -> {
                    assertFalse(nl.label(v).startsWith("!"), () -> "no Dutch word for " + v);
                    assertFalse(en.label(v).startsWith("!"), () -> "no English word for " + v);
                });
        assertEquals(nl.keys(), en.keys(), "Dutch and English say the same things");
    }

    @Test
    void dutchStaysDutchOnAnEnglishSystem() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.ENGLISH);
            assertEquals("kernpartner", Texts.words(DUTCH).label(Role.CORE));
            assertEquals("core partner", Texts.words(Locale.ENGLISH).label(Role.CORE));
            assertEquals("kernpartner", Texts.words(Locale.GERMAN).label(Role.CORE), "unknown languages get Dutch");
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void missingKeysShowThemselves() {
        assertEquals("!no.such.key!", Texts.words(DUTCH).get("no.such.key"));
        assertTrue(Texts.words(DUTCH).list("no.such.list").isEmpty());
    }

    @Test
    void aPatternParsedOnceFormatsEveryCallWithItsOwnWordsAlsoOnManyThreads() throws Exception {
        Texts nl = Texts.words(DUTCH);
        assertEquals("samen: a", nl.format("matchReason.words", "a"));
        assertEquals("samen: b", nl.format("matchReason.words", "b"), "the second call its own words");
        assertEquals("!no.such.key!", nl.format("no.such.key", "x"));
        var pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            var calls = java.util.stream.IntStream.range(0, 4).mapToObj(t -> pool.submit(() -> {
                for (int i = 0; i < 20_000; i++) {
                    String word = t + "-" + i;
                    assertEquals("samen: " + word, nl.format("matchReason.words", word));
                    assertEquals("in " + word, nl.format("matchReason.unit", word));
                }
                return t;
            })).toList();
            for (var call : calls) {
                call.get();
            }
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void dutchCharactersSurviveTheFile() {
        assertEquals("continuïteit", Texts.words(DUTCH).label(Category.CONTINUITY));
    }
}
