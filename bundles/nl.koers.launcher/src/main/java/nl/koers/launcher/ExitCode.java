package nl.koers.launcher;

/** The launcher's own exit codes; a face returns its own (the command line: 0 ok, 1 failed, 2 usage). */
final class ExitCode {
    static final int USAGE = 2;
    /** No graphical display, or the workbench could not open its window (GTK missing). */
    static final int NO_WINDOW = 3;
    // 4 is bin/koers's: no Java 21 or newer found
    /** The distribution is broken, or the face did not appear. */
    static final int STARTUP_FAILED = 5;
    /** A face threw instead of returning an exit code. */
    static final int INTERNAL_ERROR = 70;

    private ExitCode() {
    }
}
