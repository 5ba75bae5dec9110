package nl.koers.instrument.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import nl.koers.domain.Texts;

class InstrumentDescriptorTest {
    private static Texts texts(Locale locale) {
        return Texts.load("nl.koers.instrument.api.Sample", locale, InstrumentDescriptorTest.class.getClassLoader());
    }

    @Test
    void readsEveryPartFromTheTexts() {
        var d = InstrumentDescriptor.fromTexts("proef", texts(Locale.of("nl")));
        assertEquals("proef", d.id());
        assertEquals("Proefinstrument", d.name());
        assertEquals("Een uur", d.duration());
        assertEquals(List.of("Pen", "Papier"), d.materials());
        assertEquals(List.of(new Step("Begin", "Wat wil je?", "", 25), new Step("Einde", "", "Rond af")), d.steps());
        assertEquals(List.of("Luister"), d.tips());
        assertEquals("", d.source());
    }

    @Test
    void aStepWithoutMinutesOrWithMinutesThatAreNoNumberHasNone() {
        var d = InstrumentDescriptor.fromTexts("proef", texts(Locale.of("nl")));
        assertEquals(0, d.steps().get(1).minutes(), "'vijf' is no number: the instrument still loads");
        assertEquals(0, new Step("Oud", "", "").minutes(), "the constructor of before minutes existed");
    }

    @Test
    void speaksTheLanguageAskedFor() {
        var d = InstrumentDescriptor.fromTexts("proef", texts(Locale.ENGLISH));
        assertEquals("Trial instrument", d.name());
        assertEquals("What do you want?", d.steps().get(0).question());
    }
}
