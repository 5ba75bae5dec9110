package nl.koers.instrument.brengenhalen.internal.homework;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Amounts as partners type them into a form, in Dutch or English notation, and as the form shows them again.
 */
final class Amounts {
    /** An optional euro sign or word, a number that starts and ends with a digit, then any words. */
    private static final Pattern TYPED = Pattern.compile(
            "(?:(\u20ac|eur|euro)\\s*)?(-?\\d(?:[\\d.,\\s\u00a0\u202f]*\\d)?)\\s*(.*)",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    /** "25.000,-" and "25.000,--": the Dutch way to write whole euros. */
    private static final Pattern WHOLE_EUROS = Pattern.compile("([.,])-{1,2}(?=\\s|$)");

    private Amounts() {
    }

    /**
     * What an amount field holds: the number, and words typed with it ("€ 25.000", "16 uur/maand"), which the
     * caller may take as the unit.
     *
     * @param words empty when only a number was typed; "euro" for a euro sign
     */
    record Typed(BigDecimal amount, String words) {
    }

    /**
     * Reads an amount field.
     *
     * @return empty for an empty field
     * @throws NumberFormatException when it holds no number, or more than one
     */
    static Optional<Typed> read(String field) {
        String s = WHOLE_EUROS.matcher(field.strip()).replaceAll("");
        if (s.isEmpty()) {
            return Optional.empty();
        }
        Matcher m = TYPED.matcher(s);
        if (!m.matches()) {
            throw new NumberFormatException(field);
        }
        String after = m.group(3).strip();
        if (after.chars().anyMatch(Character::isDigit)) {
            throw new NumberFormatException(field); // "2 x 8 uur": not one amount
        }
        BigDecimal amount = parse(m.group(2)).orElseThrow(() -> new NumberFormatException(field));
        String words = m.group(1) == null ? after : ("euro " + after).strip();
        return Optional.of(new Typed(amount, words));
    }

    /** A number as a person types it: {@link nl.koers.domain.Amounts#parse}. */
    static Optional<BigDecimal> parse(String typed) {
        return nl.koers.domain.Amounts.parse(typed);
    }

    /** An amount as a person of this language writes it: {@link nl.koers.domain.Amounts#format}. */
    static String format(BigDecimal amount, Locale locale) {
        return nl.koers.domain.Amounts.format(amount, locale);
    }
}
