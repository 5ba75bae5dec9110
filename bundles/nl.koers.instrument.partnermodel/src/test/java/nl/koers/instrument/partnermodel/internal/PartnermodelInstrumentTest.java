package nl.koers.instrument.partnermodel.internal;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import nl.koers.domain.Role;
import nl.koers.domain.Texts;
import nl.koers.instrument.api.InstrumentDescriptor;
import nl.koers.instrument.api.testing.DescriptorChecks;

class PartnermodelInstrumentTest {
    private static final int STEPS = 6;
    private final PartnermodelInstrument instrument = new PartnermodelInstrument();

    @ParameterizedTest
    @ValueSource(strings = {"nl", "en"})
    void describesEverythingAFacilitatorNeeds(String language) {
        DescriptorChecks.assertComplete(instrument, Locale.of(language), STEPS);
    }

    @ParameterizedTest
    @ValueSource(strings = {"nl", "en"})
    void speaksTheWordsOfTheDomain(String language) {
        // the steps name core partners and chain partners
        InstrumentDescriptor d = instrument.describe(Locale.of(language));
        String text = d.steps().stream().map(s -> s.title() + " " + s.question())
                .collect(Collectors.joining(" ")).toLowerCase(Locale.ROOT);
        Texts words = Texts.words(Locale.of(language));
        Stream.of(Role.values()).map(words::label)
                .forEach(w -> assertTrue(text.contains(w), () -> "does not mention " + w));
    }

    @Test
    void dutchAndEnglishSayTheSameThings() throws IOException {
        DescriptorChecks.assertSameKeysInDutchAndEnglish(PartnermodelInstrument.class, PartnermodelInstrument.TEXTS);
    }

    @Test
    void anUnknownLanguageGetsDutch() {
        DescriptorChecks.assertUnknownLanguageGetsDutch(instrument);
    }
}
