package nl.koers.plugins;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** A change to the plugins that was refused or failed; nothing of it remains installed. */
public final class PluginException extends Exception {
    private static final long serialVersionUID = 1L;

    private final List<PluginProblem> problems;

    public PluginException(List<PluginProblem> problems) {
        this(problems, null);
    }

    public PluginException(List<PluginProblem> problems, Throwable cause) {
        super(problems.stream().map(PluginProblem::toString).collect(Collectors.joining("\n")), cause);
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("a plugin exception needs a problem");
        }
        this.problems = List.copyOf(problems);
    }

    public PluginException(PluginProblem problem) {
        this(List.of(problem));
    }

    public List<PluginProblem> problems() {
        return problems;
    }

    /** Every problem, one per line, in {@code locale}. */
    public String message(Locale locale) {
        return problems.stream().map(p -> p.message(locale)).collect(Collectors.joining("\n"));
    }
}
