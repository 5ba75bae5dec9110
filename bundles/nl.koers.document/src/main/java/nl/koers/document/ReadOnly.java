package nl.koers.document;

import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;

/** Why a document may not be saved over its file, said in the user's language. */
public final class ReadOnly {
    /** The kinds of reason. */
    public enum Why {
        /** A newer Koers wrote the file: saving over it could lose what that version added. */
        NEWER_FILE,
        /** Someone else has the file open for editing: another Koers, here or on another computer. */
        LOCKED
    }

    private final Why why;
    private final Function<Locale, String> message;

    /**
     * A reason.
     *
     * @param why the kind of reason
     * @param message the reason for a person, in a language asked for
     */
    public ReadOnly(Why why, Function<Locale, String> message) {
        this.why = Objects.requireNonNull(why, "why");
        this.message = Objects.requireNonNull(message, "message");
    }

    /** {@return the kind of reason} */
    public Why why() {
        return why;
    }

    /**
     * {@return the reason for a person: who has the file, or which version wrote it, and that a copy can be saved}
     *
     * @param locale the person's language
     */
    public String message(Locale locale) {
        return message.apply(locale);
    }

    @Override
    public String toString() {
        return why + ": " + message(Locale.ENGLISH);
    }
}
