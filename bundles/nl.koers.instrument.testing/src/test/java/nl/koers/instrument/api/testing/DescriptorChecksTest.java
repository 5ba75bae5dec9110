package nl.koers.instrument.api.testing;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import nl.koers.instrument.api.Instrument;
import nl.koers.instrument.api.InstrumentDescriptor;
import nl.koers.instrument.api.Step;

/** The checks pass a complete descriptor and name what is wrong with an incomplete one. */
class DescriptorChecksTest {
    private static Instrument describing(String purpose) {
        return new Instrument() {
            public String id() {
                return "proef";
            }

            public InstrumentDescriptor describe(Locale locale) {
                return new InstrumentDescriptor("proef", "Proef", purpose, "inzicht", "bij de start", "partners",
                        "1 uur", List.of("stiften"), List.of(new Step("Begin", "Wat?", "Luister")), List.of("Tip"),
                        "bron");
            }
        };
    }

    @Test
    void aCompleteDescriptorPassesAndAMissingTextOrStepIsNamed() {
        DescriptorChecks.assertComplete(describing("samen kiezen"), Locale.of("nl"), 1);
        AssertionError missing = assertThrows(AssertionError.class,
                () -> DescriptorChecks.assertComplete(describing("!purpose!"), Locale.of("nl"), 1));
        assertTrue(missing.getMessage().contains("!purpose!"), missing.getMessage());
        AssertionError steps = assertThrows(AssertionError.class,
                () -> DescriptorChecks.assertComplete(describing("samen kiezen"), Locale.of("nl"), 2));
        assertTrue(steps.getMessage().contains("1 steps, not 2"), steps.getMessage());
        assertThrows(AssertionError.class, () -> DescriptorChecks.assertUnknownLanguageGetsDutch(describing("x")),
                "English must differ from Dutch");
    }
}
