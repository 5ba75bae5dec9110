package nl.koers.instrument.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import nl.koers.domain.Amounts;
import nl.koers.domain.Contribution;
import nl.koers.domain.Texts;

/**
 * An instrument's sentences in one language: its own texts, the domain's words (levels, categories, wish or
 * demand), amounts and dates. An instrument extends it with what it says itself; its screens and its printables
 * share one, so the wall says what the paper says.
 *
 * <pre>{@code
 * public final class Phrases extends Phrasebook {
 *     public Phrases(Locale locale) {
 *         super("com.firma.energie.internal.Texts", locale, Phrases.class.getClassLoader());
 *     }
 * }
 * }</pre>
 */
public class Phrasebook {
    private final Texts texts;
    private final Texts words;
    private final Locale locale;

    /**
     * @param textsBundle the base name of the instrument's resource bundle (Dutch first, English in {@code _en})
     * @param loader the instrument bundle's class loader, which holds that bundle
     */
    protected Phrasebook(String textsBundle, Locale locale, ClassLoader loader) {
        this.locale = locale;
        this.texts = Texts.load(textsBundle, locale, loader);
        this.words = Texts.words(locale);
    }

    /** The language these sentences are in (Dutch when the one asked for is not offered). */
    public Locale locale() {
        return texts.locale();
    }

    /** A text of the instrument. */
    public String get(String key) {
        return texts.get(key);
    }

    public String format(String key, Object... args) {
        return texts.format(key, args);
    }

    /** The texts {@code prefix.1}, {@code prefix.2}, ... of the instrument, in order. */
    public List<String> list(String keyPrefix) {
        return texts.list(keyPrefix);
    }

    /** The instrument's own word for a value of one of its own enums: the key {@code EnumClass.NAME} in its texts. */
    public String label(Enum<?> value) {
        return texts.label(value);
    }

    /** The domain's word for a level, category, wish or demand, direction, role, lens. */
    public String word(Enum<?> value) {
        return words.label(value);
    }

    /** An amount as people of this language write it: 250.000 and 2,5 in Dutch. */
    public String amount(BigDecimal amount) {
        return Amounts.format(amount, locale);
    }

    /**
     * Reads an amount as a person types it: {@link Amounts#parse}.
     *
     * @return empty for an empty text
     * @throws NumberFormatException when it is not a number
     */
    public static Optional<BigDecimal> parseAmount(String typed) {
        return Amounts.parse(typed);
    }

    /** "2 fte", "250.000 euro/jaar", "" when the item has no amount. */
    public String quantity(Contribution c) {
        if (c.amount() == null) {
            return c.unit().isBlank() ? "" : c.unit().strip();
        }
        return together(amount(c.amount()), c.unit());
    }

    /** The amounts of a balance: "250.000 euro/jaar, 2 fte". */
    public String sums(Map<String, BigDecimal> byUnit) {
        return byUnit.entrySet().stream().map(e -> together(amount(e.getValue()), e.getKey()))
                .collect(Collectors.joining(", "));
    }

    /** An amount and its unit, kept on one line: "250.000 euro/jaar" never breaks after the number. */
    public String together(BigDecimal amount, String unit) {
        return together(amount(amount), unit);
    }

    private static String together(String amount, String unit) {
        return unit.isBlank() ? amount : amount + "\u00a0" + unit.strip();
    }

    /** A date as people of this language write it, "3 mrt 2026"; "" for none. */
    public String date(LocalDate date) {
        return date == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale).format(date);
    }
}
