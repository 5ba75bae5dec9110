package nl.koers.domain.analysis;

import java.util.Objects;

/** Points at one interest of one partner. */
public record InterestRef(String partnerId, String interestId) {
    public InterestRef {
        Objects.requireNonNull(partnerId, "partnerId");
        Objects.requireNonNull(interestId, "interestId");
    }
}
