package nl.koers.log.internal;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * One entry as a person reads it in {@code koers.log}: time, level, the bundle it came from and the message on one
 * line, then the stack trace of the exception, if any, on the lines below.
 *
 * <pre>2026-11-22 14:03:07.412 +0100 ERROR nl.koers.shell Opslaan mislukt: /home/a/x.koers
 * java.nio.file.AccessDeniedException: /home/a/x.koers
 * 	at ...</pre>
 */
final class LogLine {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS Z");
    /** Felix Log keeps a copy of an exception whose class is not the JDK's (no class loader leak); it names the original. */
    private static final String FELIX_COPY = "org.apache.felix.log.LogException: ";

    private LogLine() {
    }

    static String of(Instant time, ZoneId zone, String level, String bundle, String message, Throwable error) {
        StringBuilder line = new StringBuilder()
                .append(TIME.format(time.atZone(zone))).append(' ')
                .append(level).append(' ')
                .append(bundle == null ? "-" : bundle).append(' ')
                // one line per entry: a message that spans lines would look like several
                .append(String.valueOf(message).replaceAll("\\R", " | "))
                .append(System.lineSeparator());
        if (error != null) {
            StringWriter trace = new StringWriter();
            error.printStackTrace(new PrintWriter(trace, true));
            line.append(trace.toString().replace(FELIX_COPY, ""));
        }
        return line.toString();
    }
}
