package nl.koers.instrument.partnermodel.internal.template;

/** A template that cannot be used, with what is wrong and where. */
public final class TemplateException extends Exception {
    private static final long serialVersionUID = 1L;
    private final transient TemplateProblem problem;

    public TemplateException(TemplateProblem problem) {
        super(problem.bundle() + ", " + problem.file() + ":" + problem.line() + ":" + problem.column() + ": "
                + problem.key() + " " + problem.details());
        this.problem = problem;
    }

    public TemplateProblem problem() {
        return problem;
    }
}
