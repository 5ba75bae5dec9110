package nl.koers.domain;

import java.util.Objects;

/**
 * What the facilitator decided about a match (one partner brings what another comes to get): the partners
 * confirmed it, or it was dismissed as meaningless. Keyed by the two items, so the decision stays with them
 * whatever else changes; a decision about an item that was removed stays, unseen, so an undo brings it back.
 *
 * @param bringId the id of the item one partner brings
 * @param getId the id of the item another partner comes to get
 */
public record MatchDecision(String bringId, String getId, Verdict verdict) {
    /** Confirmed: an agreed match, printed as such. Dismissed: not shown again unless asked for. */
    public enum Verdict {
        CONFIRMED, DISMISSED
    }

    public MatchDecision {
        bringId = Limits.text(Objects.requireNonNull(bringId, "bringId"));
        getId = Limits.text(Objects.requireNonNull(getId, "getId"));
        Objects.requireNonNull(verdict, "verdict");
    }

    /** Whether this decision is about the match of these two items. */
    public boolean about(String bring, String get) {
        return bringId.equals(bring) && getId.equals(get);
    }

    public boolean confirmed() {
        return verdict == Verdict.CONFIRMED;
    }

    public boolean dismissed() {
        return verdict == Verdict.DISMISSED;
    }
}
