package nl.koers.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class AmountsTest {
    private static BigDecimal read(String typed) {
        return Amounts.parse(typed).orElseThrow();
    }

    @Test
    void readsAmountsAsPeopleTypeThem() {
        assertEquals(0, new BigDecimal("2.5").compareTo(read("2,5")));
        assertEquals(0, new BigDecimal("2.5").compareTo(read(" 2.5 ")));
        assertEquals(0, new BigDecimal("250000").compareTo(read("250.000")));
        assertEquals(0, new BigDecimal("250000").compareTo(read("250,000")));
        assertEquals(0, new BigDecimal("1000.5").compareTo(read("1.000,50")));
        assertEquals(0, new BigDecimal("1000.5").compareTo(read("1,000.50")));
        assertEquals(0, new BigDecimal("0.125").compareTo(read("0,125")), "a leading zero: a fraction");
        assertEquals(Optional.empty(), Amounts.parse("  "));
    }

    @Test
    void refusesWhatIsNotANumber() {
        for (String wrong : new String[] {"twee", "1,2,3", "-", "12 uur"}) {
            assertThrows(NumberFormatException.class, () -> Amounts.parse(wrong), wrong);
        }
    }

    @Test
    void writesAmountsTheWayOfTheLanguage() {
        assertEquals("250.000", Amounts.format(new BigDecimal("250000"), Locale.of("nl")));
        assertEquals("2,5", Amounts.format(new BigDecimal("2.50"), Locale.of("nl")));
        assertEquals("250,000", Amounts.format(new BigDecimal("250000"), Locale.ENGLISH));
        assertEquals("", Amounts.format(null, Locale.ENGLISH));
        assertTrue(Amounts.parse(Amounts.format(new BigDecimal("1234.5"), Locale.of("nl"))).isPresent());
    }
}
