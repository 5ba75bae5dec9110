package nl.koers.instrument.brengenhalen.internal.homework;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class AmountsTest {
    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "2,5; 2.5", "2.5; 2.5", "25.000; 25000", "25,000; 25000", "1,000.50; 1000.50", "1.000,50; 1000.50",
        "250.000; 250000", "1.234.567,89; 1234567.89", "0,125; 0.125", "0.125; 0.125", "16; 16", "25 000; 25000",
        "-3; -3", "1,5; 1.5"})
    void readsDutchAndEnglishNotation(String typed, String expected) {
        assertEquals(0, new BigDecimal(expected).compareTo(Amounts.parse(typed).orElseThrow()), typed);
    }

    @ParameterizedTest
    @ValueSource(strings = {"veel", "1,2,3", "2.5.1", "1.000,5,0", "12345,678.9", ",5x", "--1"})
    void refusesWhatIsNotANumber(String typed) {
        assertThrows(NumberFormatException.class, () -> Amounts.parse(typed));
    }

    @Test
    void anEmptyFieldIsNoAmount() {
        assertTrue(Amounts.parse("  ").isEmpty());
        assertTrue(Amounts.read("").isEmpty());
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "€ 25.000; 25000; euro", "25.000 euro; 25000; euro", "EUR 1.500,50; 1500.50; euro",
        "16 uur/maand; 16; uur/maand", "25.000,-; 25000; ''", "€ 500,- per maand; 500; euro per maand",
        "8; 8; ''"})
    void takesTheUnitTypedWithTheAmount(String typed, String amount, String words) {
        Amounts.Typed t = Amounts.read(typed).orElseThrow();
        assertEquals(0, new BigDecimal(amount).compareTo(t.amount()), typed);
        assertEquals(words, t.words(), typed);
    }

    @ParameterizedTest
    @ValueSource(strings = {"veel", "2 x 8 uur", "ongeveer 3", "een paar"})
    void refusesWhatIsNotOneAmount(String typed) {
        assertThrows(NumberFormatException.class, () -> Amounts.read(typed));
    }

    @ParameterizedTest
    @ValueSource(strings = {"25000", "2.5", "1.234", "0.125", "1234567.89", "0.5", "1000.5", "12.3456", "3", "0",
        "999.999", "1234.567"})
    void writesWhatItReadsBack(String value) {
        BigDecimal amount = new BigDecimal(value);
        for (Locale locale : new Locale[] {Locale.of("nl"), Locale.ENGLISH}) {
            String shown = Amounts.format(amount, locale);
            assertEquals(0, amount.compareTo(Amounts.parse(shown).orElseThrow()), value + " shown as " + shown);
        }
    }

    @Test
    void writesAsPeopleOfTheLanguageDo() {
        assertEquals("250.000", Amounts.format(new BigDecimal("250000"), Locale.of("nl")));
        assertEquals("250,000", Amounts.format(new BigDecimal("250000"), Locale.ENGLISH));
        assertEquals("2,5", Amounts.format(new BigDecimal("2.50"), Locale.of("nl")));
        assertEquals("1,2340", Amounts.format(new BigDecimal("1.234"), Locale.of("nl")));
        assertEquals("", Amounts.format(null, Locale.of("nl")));
    }
}
