package nl.koers.report;

import java.util.Objects;

/**
 * A chapter the facilitator can choose for the dossier report.
 *
 * @param id the id that a {@link ReportPlan} and the command line use
 * @param title the chapter's title in the language asked for
 */
public record OfferedChapter(String id, String title) {
    /** Checks both texts. */
    public OfferedChapter {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
    }
}
