package nl.koers.launcher.json;

/** Text that is not strict JSON: what is wrong and where (1-based line and column). */
public final class JsonException extends Exception {
    private static final long serialVersionUID = 1L;

    /** What is wrong; {@link #messageKey()} names its text in the launcher's messages. */
    public enum Reason {
        UNEXPECTED_END,
        UNEXPECTED_CHARACTER,
        TEXT_AFTER_VALUE,
        UNTERMINATED_STRING,
        CONTROL_CHARACTER_IN_STRING,
        BAD_ESCAPE,
        BAD_NUMBER,
        DUPLICATE_KEY,
        TOO_DEEP;

        public String messageKey() {
            return "json." + name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    private final Reason reason;
    private final int line;
    private final int column;

    public JsonException(Reason reason, int line, int column) {
        super(reason + " at line " + line + ", column " + column);
        this.reason = reason;
        this.line = line;
        this.column = column;
    }

    public Reason reason() {
        return reason;
    }

    public int line() {
        return line;
    }

    public int column() {
        return column;
    }
}
