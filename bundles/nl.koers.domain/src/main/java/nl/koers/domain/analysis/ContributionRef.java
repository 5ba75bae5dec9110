package nl.koers.domain.analysis;

import java.util.Objects;

/** Points at one bring or get item of one partner, so that a finding can link to the card it comes from. */
public record ContributionRef(String partnerId, String contributionId) {
    public ContributionRef {
        Objects.requireNonNull(partnerId, "partnerId");
        Objects.requireNonNull(contributionId, "contributionId");
    }
}
