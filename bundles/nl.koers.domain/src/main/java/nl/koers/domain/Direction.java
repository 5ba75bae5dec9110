package nl.koers.domain;

/** Whether a partner brings something into the collaboration or comes to get it. */
public enum Direction {
    BRING, GET
}
