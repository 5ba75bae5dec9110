package nl.koers.domain;

/** Why a partner takes part: an interest at one level, held as a wish or as a demand. */
public record Interest(String id, String text, Level level, Firmness firmness) {
    public Interest {
        id = Values.id(id);
        text = Values.text(text);
        level = level == null ? Level.ORGANISATION : level;
        firmness = firmness == null ? Firmness.WISH : firmness;
    }

    public static Interest of(String text, Level level, Firmness firmness) {
        return new Interest(null, text, level, firmness);
    }
}
