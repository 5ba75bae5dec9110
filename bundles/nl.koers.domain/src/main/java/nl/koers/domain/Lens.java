package nl.koers.domain;

/** The lenses through which a participant looks at a collaboration (utilitair, politiek, zingevend, relationeel). */
public enum Lens {
    UTILITARIAN, POLITICAL, MEANING, RELATIONAL
}
