package nl.koers.shell.internal;

import org.eclipse.swt.SWT;
import org.osgi.service.log.LogLevel;
import org.osgi.service.log.Logger;

/**
 * What went wrong in the window, for Koers's log (the OSGi log, which {@code nl.koers.log} writes to koers.log):
 * every error and warning a dialog tells, and the failures behind them with the stack traces no dialog shows.
 */
final class Failures {
    /** Where an entry goes; {@code error} may be null. */
    interface Sink {
        void write(LogLevel level, String text, Throwable error);
    }

    private final Sink sink;

    Failures(Sink sink) {
        this.sink = sink;
    }

    /** Into the OSGi log, as the shell bundle's. */
    static Failures to(Logger log) {
        return new Failures((level, text, error) -> {
            // "{}": a message with braces in it (a file name) is not a placeholder
            if (level == LogLevel.WARN) {
                log.warn("{}", text, error);
            } else {
                log.error("{}", text, error);
            }
        });
    }

    /** For the windows of tests and tools that keep no log. */
    static Failures none() {
        return new Failures((level, text, error) -> { });
    }

    /** A failure, with its stack trace. */
    void log(String what, Throwable error) {
        sink.write(LogLevel.ERROR, what, error);
    }

    /** A service left out because another bundle owns its id: a warning, no stack trace. */
    void refused(String what) {
        sink.write(LogLevel.WARN, what, null);
    }

    /** What a dialog told the person: errors and warnings are kept, information is not. */
    void told(int icon, String title, String message) {
        if ((icon & SWT.ICON_ERROR) != 0) {
            sink.write(LogLevel.ERROR, title + ": " + message, null);
        } else if ((icon & SWT.ICON_WARNING) != 0) {
            sink.write(LogLevel.WARN, title + ": " + message, null);
        }
    }
}
