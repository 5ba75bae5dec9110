package nl.koers.domain;

/** What is brought or got. */
public enum Category {
    PEOPLE, MEANS, KNOWLEDGE, NETWORK, RELATIONS, REPUTATION, CONTINUITY, OTHER
}
