package nl.koers.domain;

/** The level an interest plays on. The person, the organisation, or the network as a whole. */
public enum Level {
    INDIVIDUAL, ORGANISATION, NETWORK
}
