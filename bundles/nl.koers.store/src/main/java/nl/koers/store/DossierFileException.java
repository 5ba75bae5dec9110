package nl.koers.store;

import java.util.Locale;
import java.util.Objects;

/** A dossier file that could not be read, with the {@link Problem} that says why. */
public class DossierFileException extends Exception {
    private static final long serialVersionUID = 1L;

    private final Problem problem;

    public DossierFileException(Problem problem, Throwable cause) {
        super(problem.message(Locale.ENGLISH), cause);
        this.problem = Objects.requireNonNull(problem);
    }

    public DossierFileException(Problem problem) {
        this(problem, null);
    }

    public Problem problem() {
        return problem;
    }

    /** The message in the user's language. */
    public String message(Locale locale) {
        return problem.message(locale);
    }
}
