package nl.koers.domain;

/** A fact or figure the shared ambition rests on, with where it comes from. */
public record Fact(String text, String source) {
    public Fact {
        text = Values.text(text);
        source = Values.text(source);
    }
}
