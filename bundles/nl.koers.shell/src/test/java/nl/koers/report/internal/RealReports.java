package nl.koers.report.internal;

import java.time.Clock;
import nl.koers.render.internal.PdfReportWriter;
import nl.koers.report.Reports;

/**
 * The real report service as the framework would make it, for the window's tests: the built-in chapters and the
 * real PDF writer, bound the way DS binds them. What fails in a chapter is printed, as the log would keep it.
 */
public final class RealReports {
    private RealReports() {
    }

    /** {@return the service with the PDF writer} */
    public static Reports withPdf() {
        ReportsComponent reports = new ReportsComponent((what, error) -> System.err.println(what + ": " + error),
                Clock.systemDefaultZone());
        reports.addWriter(new PdfReportWriter(), "pdf", 1);
        return reports;
    }
}
