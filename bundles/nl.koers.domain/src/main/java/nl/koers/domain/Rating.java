package nl.koers.domain;

/** A short mark on one criterion of partner selection: much, some or little. */
public enum Rating {
    HIGH, MEDIUM, LOW
}
