package nl.koers.instrument.api.report;

import java.io.IOException;
import java.io.OutputStream;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Writes a {@link Report} in one format. Registered as a service with the property {@value #FORMAT_PROPERTY}; Koers
 * offers PDF and DOCX.
 */
@ProviderType
public interface ReportWriter {
    /** The service property that carries {@link #format()}. */
    String FORMAT_PROPERTY = "report.format";

    /** {@return the format, lower case, as a file extension: {@code pdf} or {@code docx}} */
    String format();

    /**
     * Writes the whole report to {@code out}; does not close it. Checks the thread's interrupt flag between
     * chapters and stops with an {@link java.io.InterruptedIOException} when the user cancelled.
     *
     * @param report what to write
     * @param out where to write it
     * @param progress told after each chapter; may be {@link Progress#NONE}
     * @throws IOException when writing fails, or {@link java.io.InterruptedIOException} when cancelled
     */
    void write(Report report, OutputStream out, Progress progress) throws IOException;

    /** Hears how far a writer is, to show it in the window. */
    @FunctionalInterface
    interface Progress {
        /** Hears nothing. */
        Progress NONE = (done, total) -> { };

        /**
         * {@code done} of {@code total} chapters are written.
         *
         * @param done chapters written
         * @param total chapters in the report
         */
        void chapters(int done, int total);
    }
}
