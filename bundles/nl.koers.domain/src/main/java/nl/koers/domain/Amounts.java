package nl.koers.domain;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.Optional;

/**
 * Amounts as people write and type them: the widget kit's amount fields use it, and an instrument
 * that prints amounts should too, so paper and screen say the same.
 */
public final class Amounts {
    private Amounts() {
    }

    /** An amount as people of this language write it: 250.000 and 2,5 in Dutch; "" for none. */
    public static String format(BigDecimal amount, Locale locale) {
        if (amount == null) {
            return "";
        }
        DecimalFormat f = new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(locale));
        f.setMaximumFractionDigits(4);
        return f.format(amount);
    }

    /**
     * Reads an amount as a person types it. Empty means no amount. Both "2,5" and "2.5" are two and a half,
     * "250.000" and "250,000" are a quarter million when the separator is followed by groups of three digits,
     * and with both separators the last one is the decimal one.
     *
     * @return empty for an empty text
     * @throws NumberFormatException when it is not a number
     */
    public static Optional<BigDecimal> parse(String typed) {
        String s = typed.strip().replace(" ", "").replace("\u00a0", "");
        if (s.isEmpty()) {
            return Optional.empty();
        }
        int lastDot = s.lastIndexOf('.');
        int lastComma = s.lastIndexOf(',');
        String plain;
        if (lastDot >= 0 && lastComma >= 0) {
            char decimal = lastDot > lastComma ? '.' : ',';
            char grouping = decimal == '.' ? ',' : '.';
            plain = s.replace(String.valueOf(grouping), "").replace(decimal, '.');
        } else if (lastDot >= 0 || lastComma >= 0) {
            char sep = lastDot >= 0 ? '.' : ',';
            boolean grouped = s.matches("-?\\d{1,3}(\\" + sep + "\\d{3})+");
            boolean once = s.indexOf(sep) == s.lastIndexOf(sep);
            if (grouped && !(once && s.startsWith("0"))) {
                plain = s.replace(String.valueOf(sep), "");
            } else if (once) {
                plain = s.replace(sep, '.');
            } else {
                throw new NumberFormatException(typed);
            }
        } else {
            plain = s;
        }
        if (!plain.matches("-?\\d*(\\.\\d+)?") || plain.isEmpty() || plain.equals("-")) {
            throw new NumberFormatException(typed);
        }
        return Optional.of(new BigDecimal(plain));
    }
}
