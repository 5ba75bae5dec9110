package nl.koers.domain;

/** What a partner will not give up: the answer to "when does the other make you really angry?". */
public record CoreValue(String id, String text) {
    public CoreValue {
        id = Values.id(id);
        text = Values.text(text);
    }

    public static CoreValue of(String text) {
        return new CoreValue(null, text);
    }
}
