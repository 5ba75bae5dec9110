package nl.koers.report;

import java.util.List;
import java.util.Objects;

/**
 * What the facilitator chose for the dossier report.
 *
 * @param chapterIds the chapters' ids, in order; null for every offered chapter in the default order; copied
 * @param introduction the facilitator's introduction; may be "" (then the report has none)
 * @param closing the facilitator's closing text; may be "" (then the report has none)
 */
public record ReportPlan(List<String> chapterIds, String introduction, String closing) {
    /** Copies the ids; a missing text is "". */
    public ReportPlan {
        chapterIds = chapterIds == null ? null : List.copyOf(chapterIds);
        introduction = Objects.requireNonNullElse(introduction, "");
        closing = Objects.requireNonNullElse(closing, "");
    }

    /** {@return every offered chapter in the default order, without texts of the facilitator's own} */
    public static ReportPlan everything() {
        return new ReportPlan(null, "", "");
    }
}
