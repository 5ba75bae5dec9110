package nl.koers.launcher;

/** Why Koers cannot start, in words for the person who started it (see {@link Messages}). */
public final class LaunchProblem extends Exception {
    private static final long serialVersionUID = 1L;

    private final transient Text text;

    public LaunchProblem(Text text) {
        this(text, null);
    }

    public LaunchProblem(Text text, Throwable cause) {
        super(text.toString(), cause);
        this.text = text;
    }

    public Text text() {
        return text;
    }
}
