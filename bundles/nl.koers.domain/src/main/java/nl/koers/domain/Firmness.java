package nl.koers.domain;

/** Whether something is a wish (negotiable) or a demand (not negotiable). */
public enum Firmness {
    WISH, DEMAND
}
