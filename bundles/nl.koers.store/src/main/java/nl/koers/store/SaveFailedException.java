package nl.koers.store;

import java.io.IOException;
import java.util.Locale;
import java.util.Objects;

/**
 * A save that did not happen. The file that was there before is untouched and no temporary file is left behind;
 * the {@link Problem} says why ({@link Problem.Kind#DISK_FULL}, {@link Problem.Kind#NO_PERMISSION},
 * {@link Problem.Kind#FOLDER_MISSING} or {@link Problem.Kind#NOT_WRITABLE}) so the user can save elsewhere.
 */
public final class SaveFailedException extends IOException {
    private static final long serialVersionUID = 1L;

    private final transient Problem problem;

    public SaveFailedException(Problem problem, Throwable cause) {
        super(problem.message(Locale.ENGLISH), cause);
        this.problem = Objects.requireNonNull(problem);
    }

    public Problem problem() {
        return problem;
    }

    /** The message in the user's language: what failed, where, and that the existing file is intact. */
    public String message(Locale locale) {
        return problem.message(locale);
    }
}
