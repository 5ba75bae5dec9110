package nl.koers.instrument.netwerkambitie.internal;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.Locale;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import nl.koers.domain.Firmness;
import nl.koers.domain.Texts;
import nl.koers.instrument.api.InstrumentDescriptor;
import nl.koers.instrument.api.testing.DescriptorChecks;

class NetwerkambitieInstrumentTest {
    private static final int STEPS = 4;
    private final NetwerkambitieInstrument instrument = new NetwerkambitieInstrument();

    @ParameterizedTest
    @ValueSource(strings = {"nl", "en"})
    void describesEverythingAFacilitatorNeeds(String language) {
        DescriptorChecks.assertComplete(instrument, Locale.of(language), STEPS);
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
        DescriptorChecks.assertSameKeysInDutchAndEnglish(NetwerkambitieInstrument.class, NetwerkambitieInstrument.TEXTS);
    }

    @Test
    void anUnknownLanguageGetsDutch() {
        DescriptorChecks.assertUnknownLanguageGetsDutch(instrument);
    }
}
