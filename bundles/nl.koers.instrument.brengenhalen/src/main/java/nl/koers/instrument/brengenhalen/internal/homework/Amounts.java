package nl.koers.instrument.brengenhalen.internal.homework;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
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

    /**
     * Reads a number as a person types it. Both "2,5" and "2.5" are two and a half; "25.000" and "25,000" are
     * twenty-five thousand when the separator is followed by groups of three digits (but "0,125" is a fraction);
     * with both separators the last one is the decimal one: "1,000.50" and "1.000,50".
     *
     * @return empty for an empty text
     * @throws NumberFormatException when it is not a number
     */
    static Optional<BigDecimal> parse(String typed) {
        String s = typed.strip().replace(" ", "").replace("\u00a0", "").replace("\u202f", "");
        if (s.isEmpty()) {
            return Optional.empty();
        }
        int lastDot = s.lastIndexOf('.');
        int lastComma = s.lastIndexOf(',');
        String plain;
        if (lastDot >= 0 && lastComma >= 0) {
            char decimal = lastDot > lastComma ? '.' : ',';
            char grouping = decimal == '.' ? ',' : '.';
            if (s.indexOf(decimal) != s.lastIndexOf(decimal)
                    || !s.substring(0, s.lastIndexOf(decimal)).matches("-?\\d{1,3}(\\" + grouping + "\\d{3})*")) {
                throw new NumberFormatException(typed);
            }
            plain = s.replace(String.valueOf(grouping), "").replace(decimal, '.');
        } else if (lastDot >= 0 || lastComma >= 0) {
            char sep = lastDot >= 0 ? '.' : ',';
            boolean grouped = s.matches("-?\\d{1,3}(\\" + sep + "\\d{3})+");
            boolean once = s.indexOf(sep) == s.lastIndexOf(sep);
            if (grouped && !(once && s.matches("-?0\\D.*"))) {
                plain = s.replace(String.valueOf(sep), "");
            } else if (once) {
                plain = s.replace(sep, '.');
            } else {
                throw new NumberFormatException(typed);
            }
        } else {
            plain = s;
        }
        if (!plain.matches("-?\\d+(\\.\\d+)?")) {
            throw new NumberFormatException(typed);
        }
        return Optional.of(new BigDecimal(plain));
    }

    /**
     * An amount as a person of this language writes it ("25.000" and "2,5" in Dutch), written so that
     * {@link #parse} reads the same number back: "1,234" would read as a thousand and more, so a fraction of
     * exactly three digits without grouping gets a fourth, "1,2340".
     */
    static String format(BigDecimal amount, Locale locale) {
        if (amount == null) {
            return "";
        }
        BigDecimal plain = amount.stripTrailingZeros();
        DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(locale);
        DecimalFormat f = new DecimalFormat("#,##0", symbols);
        int decimals = Math.max(0, plain.scale());
        f.setMinimumFractionDigits(decimals);
        f.setMaximumFractionDigits(decimals);
        String s = f.format(plain);
        if (decimals == 3 && s.indexOf(symbols.getGroupingSeparator()) < 0) {
            s += "0";
        }
        return s;
    }
}
