package nl.koers.store.internal;

import nl.koers.store.Problem;

/** Thrown inside the store while mapping a tree; turned into a {@code DossierFileException} at the edge. */
final class BadDossier extends RuntimeException {
    private static final long serialVersionUID = 1L;

    final transient Problem problem;

    BadDossier(Problem problem) {
        super(problem.toString(), null, false, false);
        this.problem = problem;
    }
}
