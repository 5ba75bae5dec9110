package nl.koers.domain;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import nl.koers.domain.EditRefused.Reason;

/**
 * What a dossier file can hold and still be opened again. The store's reader refuses exactly what lies past
 * these limits, and the domain refuses it where it comes in (a field typed, a form imported, a record made), with
 * an {@link EditRefused} that says why: so a dossier that can be saved can always be opened.
 *
 * <p>What has no limit here: the number of partners, notes, rungs of a why-ladder and other items (a ladder is a
 * list in the file, not a nesting, so it reads back however long it is); dates (any {@link java.time.LocalDate});
 * rounds (any int); ids (texts, up to {@link #TEXT_LENGTH}, except where the file keeps something under them).
 */
public final class Limits {
    /** Characters ({@link String#length()}) of one text: a name, a description, an answer to "why?", an id. */
    public static final int TEXT_LENGTH = 20_000_000;
    /**
     * UTF-8 bytes of a name the file keeps something under: a partner's id in the endorsements of an ambition
     * version, an instrument's id, a key in an instrument's data.
     */
    public static final int KEY_BYTES = 50_000;
    /** Digits of an amount before the decimal point, and digits after it. */
    public static final int AMOUNT_DIGITS = 18;
    /** Digits of a number in an instrument's data. */
    public static final int NUMBER_DIGITS = 1000;
    /**
     * Characters of a number as the file writes it: its digits, and room for a sign, a point and an exponent
     * ({@code -1.5E+2147483647}).
     */
    public static final int NUMBER_LENGTH = NUMBER_DIGITS + 24;
    /** Levels of nesting in the file: the dossier is one, its {@code instruments} two, an instrument's data three. */
    public static final int FILE_DEPTH = 1000;
    /** Levels of maps and lists in an instrument's data: it sits two levels down in the file. */
    public static final int DATA_DEPTH = FILE_DEPTH - 2;
    /** Bytes of the whole file: the largest array Java makes, into which a file is read. */
    public static final int FILE_BYTES = Integer.MAX_VALUE - 8;

    private Limits() {
    }

    /** The text as it is, or refused when it is longer than {@link #TEXT_LENGTH}; null stays null. */
    public static String text(String text) {
        if (text != null && text.length() > TEXT_LENGTH) {
            throw new EditRefused(Reason.TEXT_TOO_LONG, text.length(), TEXT_LENGTH);
        }
        return text;
    }

    /**
     * The amount as it is, or refused when it has more than {@link #AMOUNT_DIGITS} digits before or after the
     * decimal point; null stays null.
     */
    public static BigDecimal amount(BigDecimal amount) {
        // in long: an exponent past an int makes the difference overflow
        if (amount != null && ((long) amount.precision() - amount.scale() > AMOUNT_DIGITS
                || amount.scale() > AMOUNT_DIGITS)) {
            String shown = amount.toString();
            throw new EditRefused(Reason.AMOUNT_TOO_LARGE,
                    shown.length() > 40 ? shown.substring(0, 37) + "..." : shown, AMOUNT_DIGITS);
        }
        return amount;
    }

    /**
     * The name as it is, or refused when the file cannot keep something under it: longer than
     * {@link #KEY_BYTES} in UTF-8, or with half a character (a lone surrogate) in it.
     */
    public static String key(String key) {
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            boolean paired = Character.isHighSurrogate(c) && i + 1 < key.length()
                    && Character.isLowSurrogate(key.charAt(i + 1));
            if (paired) {
                i++;
            } else if (Character.isSurrogate(c)) {
                throw new EditRefused(Reason.KEY_BROKEN, i + 1);
            }
        }
        // a key of more than KEY_BYTES characters has more bytes too: no need to encode a long one
        int bytes = key.length() > KEY_BYTES ? key.length() : key.getBytes(StandardCharsets.UTF_8).length;
        if (bytes > KEY_BYTES) {
            throw new EditRefused(Reason.KEY_TOO_LONG, bytes, KEY_BYTES);
        }
        return key;
    }

    /**
     * Checks a tree of maps, lists, strings, numbers and booleans (an instrument's data) against what a file
     * reads back: its keys, texts and numbers, and at most {@code levels} levels of maps and lists.
     */
    static void data(Object tree, int levels) {
        walk(tree, levels, levels);
    }

    private static void walk(Object tree, int left, int levels) {
        if ((tree instanceof Map || tree instanceof List) && left < 1) {
            throw new EditRefused(Reason.DATA_TOO_DEEP, levels);
        }
        if (tree instanceof Map<?, ?> map) {
            for (Map.Entry<?, ?> e : map.entrySet()) {
                key(String.valueOf(e.getKey()));
                walk(e.getValue(), left - 1, levels);
            }
        } else if (tree instanceof List<?> list) {
            for (Object element : list) {
                walk(element, left - 1, levels);
            }
        } else if (tree instanceof String s) {
            text(s);
        } else if (tree instanceof BigDecimal d) {
            digits(d.precision());
        } else if (tree instanceof BigInteger i) {
            digits(new BigDecimal(i).precision());
        }
    }

    private static void digits(int digits) {
        if (digits > NUMBER_DIGITS) {
            throw new EditRefused(Reason.NUMBER_TOO_LONG, digits, NUMBER_DIGITS);
        }
    }
}
