package nl.koers.domain;

import java.time.LocalDate;

/**
 * A spannend punt: an issue the partners see that must be resolved soon, or an agreement made about one (the fourth
 * core question of the brengen-halen gesprek). It goes on a list of its own, with who takes it up.
 *
 * @param partnerId the partner that takes it up, or empty
 * @param ownerName the person who takes it up, or empty; with a partner as well, the person at that partner
 * @param date when it is due or was agreed, or null when not recorded
 * @param status null reads as open
 */
public record OpenIssue(String id, String text, String partnerId, String ownerName, LocalDate date,
        IssueStatus status) {
    public OpenIssue {
        id = Values.id(id);
        text = Values.text(text);
        partnerId = Values.text(partnerId);
        ownerName = Values.text(ownerName);
        status = status == null ? IssueStatus.OPEN : status;
    }

    /** A new, open point with a fresh id, taken up by a partner (or nobody yet: empty). */
    public static OpenIssue of(String text, String partnerId) {
        return new OpenIssue(null, text, partnerId, "", null, IssueStatus.OPEN);
    }

    public OpenIssue withText(String newText) {
        return new OpenIssue(id, newText, partnerId, ownerName, date, status);
    }

    /** Who takes it up: a partner of the dossier and/or a person's name. */
    public OpenIssue withOwner(String newPartnerId, String newOwnerName) {
        return new OpenIssue(id, text, newPartnerId, newOwnerName, date, status);
    }

    public OpenIssue withDate(LocalDate newDate) {
        return new OpenIssue(id, text, partnerId, ownerName, newDate, status);
    }

    public OpenIssue withStatus(IssueStatus newStatus) {
        return new OpenIssue(id, text, partnerId, ownerName, date, newStatus);
    }

    /** Who takes it up, as a person reads it: the person, the partner, or both; empty when nobody does yet. */
    public String owner(Dossier dossier) {
        String partner = dossier.partner(partnerId).map(Partner::name).orElse("");
        if (partner.isEmpty() || ownerName.isEmpty()) {
            return partner.isEmpty() ? ownerName : partner;
        }
        return ownerName + " (" + partner + ")";
    }
}
