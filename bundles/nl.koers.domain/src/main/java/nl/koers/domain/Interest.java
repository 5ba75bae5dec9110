package nl.koers.domain;

/**
 * Why a partner takes part: an interest at one level, held as a wish or as a demand, and possibly marked as a
 * core value: something the partner will not give up ("when does the other make you really angry?").
 *
 * @param coreValue whether the partner marked this interest as a core value
 */
public record Interest(String id, String text, Level level, Firmness firmness, boolean coreValue) {
    public Interest {
        id = Values.id(id);
        text = Values.text(text);
        level = level == null ? Level.ORGANISATION : level;
        firmness = firmness == null ? Firmness.WISH : firmness;
    }

    /** An interest that is not marked as a core value. */
    public Interest(String id, String text, Level level, Firmness firmness) {
        this(id, text, level, firmness, false);
    }

    public static Interest of(String text, Level level, Firmness firmness) {
        return new Interest(null, text, level, firmness, false);
    }

    public Interest withText(String newText) {
        return new Interest(id, newText, level, firmness, coreValue);
    }

    public Interest withLevel(Level newLevel) {
        return new Interest(id, text, newLevel, firmness, coreValue);
    }

    public Interest withFirmness(Firmness newFirmness) {
        return new Interest(id, text, level, newFirmness, coreValue);
    }

    public Interest withCoreValue(boolean newCoreValue) {
        return new Interest(id, text, level, firmness, newCoreValue);
    }
}
