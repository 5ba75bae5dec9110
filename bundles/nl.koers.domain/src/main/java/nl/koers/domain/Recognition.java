package nl.koers.domain;

/** Whether a partner recognises itself in a version of the shared ambition. */
public enum Recognition {
    YES, PARTLY, NO
}
