package nl.koers.instrument.netwerkambitie.internal;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import nl.koers.domain.Firmness;
import nl.koers.domain.Texts;
import nl.koers.instrument.api.InstrumentDescriptor;

class NetwerkambitieInstrumentTest {
    private static final int STEPS = 4;
    private final NetwerkambitieInstrument instrument = new NetwerkambitieInstrument();

    @ParameterizedTest
    @ValueSource(strings = {"nl", "en"})
    void describesEverythingAFacilitatorNeeds(String language) {
        InstrumentDescriptor d = instrument.describe(Locale.of(language));
        assertEquals(instrument.id(), d.id());
        assertEquals(STEPS, d.steps().size());
        assertFalse(d.materials().isEmpty());
        assertFalse(d.tips().isEmpty());
        List<String> texts = new ArrayList<>(List.of(d.name(), d.purpose(), d.outcome(), d.when(), d.withWhom(),
                d.duration(), d.source()));
        texts.addAll(d.materials());
        texts.addAll(d.tips());
        d.steps().forEach(s -> texts.addAll(List.of(s.title(), s.question(), s.tip())));
        texts.forEach(t -> assertFalse(t.isBlank() || t.contains("!"), () -> "empty or missing text: " + t));
    }

    @ParameterizedTest
    @ValueSource(strings = {"nl", "en"})
    void speaksTheWordsOfTheDomain(String language) {
        // the tips tell wishes from demands
        InstrumentDescriptor d = instrument.describe(Locale.of(language));
        String text = String.join(" ", d.tips()).toLowerCase(Locale.ROOT);
        Texts words = Texts.words(Locale.of(language));
        Stream.of(Firmness.values()).map(words::label)
                .forEach(w -> assertTrue(text.contains(w), () -> "does not mention " + w));
    }

    @Test
    void dutchAndEnglishSayTheSameThings() throws IOException {
        assertEquals(keys(""), keys("_en"));
    }

    @Test
    void anUnknownLanguageGetsDutch() {
        InstrumentDescriptor dutch = instrument.describe(Locale.of("nl"));
        assertEquals(dutch, instrument.describe(Locale.GERMAN));
        assertNotEquals(dutch, instrument.describe(Locale.ENGLISH));
    }

    /** The keys of one file itself, without the keys a ResourceBundle inherits from its parent. */
    private static Set<String> keys(String suffix) throws IOException {
        String file = "/" + NetwerkambitieInstrument.TEXTS.replace('.', '/') + suffix + ".properties";
        try (Reader in = new InputStreamReader(NetwerkambitieInstrumentTest.class.getResourceAsStream(file), UTF_8)) {
            Properties p = new Properties();
            p.load(in);
            assertFalse(p.isEmpty(), file);
            return new TreeSet<>(p.stringPropertyNames());
        }
    }
}
