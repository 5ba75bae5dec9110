package nl.koers.domain;

/** Whether the network is open to newcomers, even competitors, or closed to build an advantage. */
public enum Openness {
    OPEN, CLOSED
}
