package nl.koers.domain;

/** Why a picture of the canvas was taken: the moments at which the method says to work with it. */
public enum SnapshotKind {
    FIRST_DESIGN, EVALUATION, RETHINK
}
