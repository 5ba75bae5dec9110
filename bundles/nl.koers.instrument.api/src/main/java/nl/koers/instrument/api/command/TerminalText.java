package nl.koers.instrument.api.command;

/**
 * Text from a file (a partner's answer, a dossier's title, a plugin's manifest), made safe to print to a terminal.
 * A terminal obeys what it is sent: an escape sequence in a partner's answer ({@code ESC [2J}) clears the screen,
 * an OSC sequence renames the window, a carriage return or a backspace writes over what was printed, and a bidi
 * override turns text around. Printed through this class, such characters are shown as the escape a person can
 * read (<code>&#92;u001B</code>) and do nothing.
 *
 * <p>Made visible: the C0 controls (U+0000 to U+001F, tab and carriage return too), DEL (U+007F), the C1 controls
 * (U+0080 to U+009F), and the bidi embeddings, overrides and isolates (U+202A to U+202E, U+2066 to U+2069).
 * Everything else, accents and other scripts included, is left as it is.
 *
 * <pre>{@code
 * context.out().println(TerminalText.visible(texts.format("answer", partner.name(), answer)));
 * }</pre>
 */
public final class TerminalText {
    private TerminalText() {
    }

    /**
     * {@return {@code text} on one line, every control character shown as <code>&#92;uXXXX</code>} {@code "null"}
     * for null.
     *
     * @param text text from a file, or null
     */
    public static String visible(String text) {
        return visible(text, false);
    }

    /**
     * {@return as {@link #visible(String)}, but line feeds ({@code \n}) stay line feeds} For text of several lines.
     *
     * @param text text from a file, or null
     */
    public static String visibleLines(String text) {
        return visible(text, true);
    }

    /**
     * {@return whether a terminal could act on {@code c} instead of showing it}
     *
     * @param c a character to print
     */
    public static boolean isControl(char c) {
        return c < 0x20 || (c >= 0x7F && c <= 0x9F) || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
    }

    private static String visible(String text, boolean lines) {
        String s = String.valueOf(text);
        StringBuilder out = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean shown = isControl(c) && !(lines && c == '\n');
            if (shown && out == null) {
                out = new StringBuilder(s.length() + 16).append(s, 0, i);
            }
            if (shown) {
                out.append(String.format("\\u%04X", (int) c));
            } else if (out != null) {
                out.append(c);
            }
        }
        return out == null ? s : out.toString();
    }
}
