package nl.koers.domain;

import java.util.UUID;

/** Identifiers of records in a dossier: random, so records made on two laptops never collide. */
public final class Ids {
    private Ids() {
    }

    public static String next() {
        return UUID.randomUUID().toString();
    }
}
