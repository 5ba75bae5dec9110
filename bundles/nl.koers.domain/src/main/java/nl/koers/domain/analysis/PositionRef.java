package nl.koers.domain.analysis;

import java.util.Objects;

/** Points at one position of one partner. */
public record PositionRef(String partnerId, String positionId) {
    public PositionRef {
        Objects.requireNonNull(partnerId, "partnerId");
        Objects.requireNonNull(positionId, "positionId");
    }
}
