package nl.koers.domain;

/** How a partner stands in the collaboration. Core partners own the partner model; chain partners supply it. */
public enum Role {
    CORE, CHAIN
}
