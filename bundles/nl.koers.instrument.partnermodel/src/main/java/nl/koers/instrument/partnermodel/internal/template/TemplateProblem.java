package nl.koers.instrument.partnermodel.internal.template;

import java.util.List;

/**
 * What is wrong with a template file, and exactly where: which bundle, which file, which line and column.
 * The text is told in the user's language from {@code key} (under {@code template.problem.}) and
 * {@code details}.
 *
 * @param line 1-based, 0 when the file could not be read at all
 * @param column 1-based, 0 when unknown
 */
public record TemplateProblem(String bundle, String file, int line, int column, String key, List<String> details) {
    public TemplateProblem {
        details = List.copyOf(details);
    }
}
