package nl.koers.instrument.brengenhalen.internal;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import nl.koers.domain.Direction;
import nl.koers.domain.Texts;

/** Every text the screens and the figure ask for is there, in both languages, and formats. */
class TextsTest {
    private static final Path SOURCES = Path.of("src/main/java/nl/koers/instrument/brengenhalen/internal");
    /** Keys put together in code: the homework steps' sections per direction, the answers per direction. */
    private static final Set<String> BUILT = new TreeSet<>();

    static {
        for (Direction d : Direction.values()) {
            String name = d.name().toLowerCase(Locale.ROOT);
            BUILT.addAll(Set.of("screen." + name, "screen." + name + "Hint", "screen." + name + "New",
                    "screen.answers." + name));
        }
        BUILT.addAll(Set.of("screen.clock.pause", "screen.clock.again", "screen.clock.resume",
                "screen.clock.end", "screen.column.category", "screen.column.description", "screen.column.amount",
                "screen.column.unit", "screen.column.firmness"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"nl", "en"})
    void everyKeyTheCodeAsksForIsThere(String language) throws IOException {
        Texts texts = Texts.load(BrengenhalenInstrument.TEXTS, Locale.of(language), getClass().getClassLoader());
        Set<String> keys = new TreeSet<>(BUILT);
        Pattern asked = Pattern.compile("(?:say|phrases)\\.(?:get|format)\\(\\s*\"([^\"]+)\"\\s*[,)]");
        Pattern plain = Pattern.compile("\\b(?:get|format)\\(\\s*\"([a-zA-Z]+\\.[^\"]*[^.\"])\"\\s*[,)]");
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")
                    && !p.toString().contains("/homework/")).toList()) {
                String source = Files.readString(f);
                for (Pattern p : new Pattern[] {asked, plain}) {
                    Matcher m = p.matcher(source);
                    while (m.find()) {
                        keys.add(m.group(1));
                    }
                }
            }
        }
        // a floor that tells the patterns still find the keys (the exchange's sentences live in the API's Phrasebook)
        assertTrue(keys.size() > 130, "found the keys: " + keys.size());
        for (String key : keys) {
            assertTrue(texts.has(key), language + " lacks " + key);
            String text = texts.get(key);
            assertFalse(text.isBlank(), key);
            // a text with arguments must be a valid pattern (an apostrophe is written '')
            new MessageFormat(text, Locale.of(language));
            if (text.contains("{0") && !text.contains("''")) {
                assertFalse(text.matches(".*[^']'[^'].*"), key + " has a lone apostrophe: " + text);
            }
        }
    }
}
