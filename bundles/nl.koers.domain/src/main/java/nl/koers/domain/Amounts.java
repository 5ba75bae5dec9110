package nl.koers.domain;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Amounts as people write and type them: the widget kit's amount fields use it, and an instrument
 * that prints amounts should too, so paper and screen say the same.
 */
public final class Amounts {
    /**
     * One format per language and thread, its digits set per call: making one per amount was most of what a report
     * of a thousand partners allocated. A DecimalFormat is not safe for two threads, so each thread has its own.
     */
    private static final ThreadLocal<Map<Locale, DecimalFormat>> FORMATS = ThreadLocal.withInitial(HashMap::new);
    /** Whether a language writes its digits as 0-9, so that a whole amount under a thousand is its own digits. */
    private static final Map<Locale, Boolean> PLAIN_DIGITS = new ConcurrentHashMap<>();
    private static final BigDecimal THOUSAND = BigDecimal.valueOf(1000);

    private Amounts() {
    }

    /**
     * An amount as a person of this language writes it ("25.000" and "2,5" in Dutch), written so that
     * {@link #parse} reads the same number back: "1,234" would read as a thousand and more, so a fraction of
     * exactly three digits without grouping gets a fourth, "1,2340".
     */
    public static String format(BigDecimal amount, Locale locale) {
        if (amount == null) {
            return "";
        }
        BigDecimal plain = amount.stripTrailingZeros();
        if (plain.signum() >= 0 && plain.scale() <= 0 && plain.compareTo(THOUSAND) < 0 && PLAIN_DIGITS
                .computeIfAbsent(locale, l -> DecimalFormatSymbols.getInstance(l).getZeroDigit() == '0')) {
            // no separator to place and no fraction: the format's work, for the amounts most items have
            return Integer.toString(plain.intValue());
        }
        DecimalFormat f = FORMATS.get().computeIfAbsent(locale,
                l -> new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(l)));
        int decimals = Math.max(0, plain.scale());
        f.setMinimumFractionDigits(decimals);
        f.setMaximumFractionDigits(decimals);
        String s = f.format(plain);
        if (decimals == 3 && s.indexOf(f.getDecimalFormatSymbols().getGroupingSeparator()) < 0) {
            s += "0";
        }
        return s;
    }

    /**
     * Reads a number as a person types it. Both "2,5" and "2.5" are two and a half; "25.000" and "25,000" are
     * twenty-five thousand when the separator is followed by groups of three digits (but "0,125" is a fraction);
     * with both separators the last one is the decimal one: "1,000.50" and "1.000,50".
     *
     * @return empty for an empty text
     * @throws NumberFormatException when it is not a number
     * @throws EditRefused when it has more digits than a dossier file keeps ({@link Limits#amount})
     */
    public static Optional<BigDecimal> parse(String typed) {
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
        return Optional.of(Limits.amount(new BigDecimal(plain)));
    }
}
