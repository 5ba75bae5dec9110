package nl.voorbeeldadvies.energiekaart.internal;

/** How far a participant wants to be involved in a theme, from the least to the most. */
public enum Involvement {
    /** wants to be kept informed */
    KNOW,
    /** wants to think along */
    THINK_ALONG,
    /** wants to take part, to put in time and work */
    TAKE_PART,
    /** wants to decide with the others */
    CO_DECIDE;

    /** Taking part or deciding: someone who will pull the theme. That is the energy the map looks for. */
    public boolean pulls() {
        return compareTo(TAKE_PART) >= 0;
    }
}
