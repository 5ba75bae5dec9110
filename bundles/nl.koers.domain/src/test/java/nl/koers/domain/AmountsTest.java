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
    void aFormatKeptPerLanguageWritesWhatAFreshOneWritesWhateverCameBefore() {
        java.util.Random random = new java.util.Random(22);
        Locale[] languages = {Locale.forLanguageTag("nl"), Locale.ENGLISH, Locale.GERMAN, Locale.FRENCH};
        for (int i = 0; i < 20_000; i++) {
            BigDecimal amount = BigDecimal.valueOf(random.nextLong() % 10_000_000_000L, random.nextInt(9) - 2);
            Locale locale = languages[random.nextInt(languages.length)];
            assertEquals(fresh(amount, locale), Amounts.format(amount, locale), amount + " in " + locale);
        }
    }

    @Test
    void aWholeAmountUnderAThousandIsWrittenAsTheFormatWritesIt() {
        java.util.Random random = new java.util.Random(23);
        Locale[] languages = {Locale.forLanguageTag("nl"), Locale.ENGLISH, Locale.forLanguageTag("ar-EG"),
            Locale.forLanguageTag("fa"), Locale.forLanguageTag("de-CH")};
        for (int i = 0; i < 20_000; i++) {
            // whole amounts around the thousand, also written with a fraction of zeros or as 9E+2
            BigDecimal amount = BigDecimal.valueOf(random.nextInt(2_400) - 200, random.nextInt(3) - 1)
                    .setScale(random.nextInt(4) - 1, java.math.RoundingMode.DOWN);
            Locale locale = languages[random.nextInt(languages.length)];
            assertEquals(fresh(amount, locale), Amounts.format(amount, locale), amount + " in " + locale);
        }
    }

    /** What format did before it kept its formats: a new one for every amount. */
    private static String fresh(BigDecimal amount, Locale locale) {
        BigDecimal plain = amount.stripTrailingZeros();
        java.text.DecimalFormatSymbols symbols = java.text.DecimalFormatSymbols.getInstance(locale);
        java.text.DecimalFormat f = new java.text.DecimalFormat("#,##0", symbols);
        int decimals = Math.max(0, plain.scale());
        f.setMinimumFractionDigits(decimals);
        f.setMaximumFractionDigits(decimals);
        String s = f.format(plain);
        return decimals == 3 && s.indexOf(symbols.getGroupingSeparator()) < 0 ? s + "0" : s;
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
