package nl.koers.domain.edit;

import java.util.List;
import java.util.function.UnaryOperator;

import nl.koers.domain.Ambition;
import nl.koers.domain.AmbitionVersion;
import nl.koers.domain.CanvasNote;
import nl.koers.domain.Contribution;
import nl.koers.domain.Dossier;
import nl.koers.domain.Endorsement;
import nl.koers.domain.Interest;
import nl.koers.domain.Openness;
import nl.koers.domain.Partner;
import nl.koers.domain.Route;

/**
 * The edits every face of Koers offers on a dossier: its own details, its partners and what they said
 * (interests, bring and get, essence), and the shared ambition with its versions and endorsements.
 *
 * <p>An edit that names a partner, interest, contribution or ambition version that is not in the dossier
 * throws an {@link IllegalArgumentException} naming the id; a {@link DossierSession} then records nothing.
 */
public final class Edits {
    private Edits() {
    }

    public static Edit details(String title, String theme, String initiator, Route route, Openness openness) {
        return new Edit("edit.details", d -> d.withDetails(title, theme, initiator, route, openness));
    }

    public static Edit addPartner(Partner partner) {
        return new Edit("edit.addPartner", d -> {
            if (d.partner(partner.id()).isPresent()) {
                throw new IllegalArgumentException("partner " + partner.id() + " is already in the dossier");
            }
            return d.withPartner(partner);
        });
    }

    /** Replaces a partner by its new value (same id): name, role, representatives, anything it holds. */
    public static Edit updatePartner(Partner partner) {
        return new Edit("edit.updatePartner", d -> {
            if (d.partner(partner.id()).isEmpty()) {
                throw new IllegalArgumentException("partner " + partner.id() + " is not in the dossier");
            }
            return d.withPartner(partner);
        });
    }

    /**
     * Removes a partner and what it said. Its endorsements of earlier ambition versions stay, as history;
     * canvas notes it contributed stay on the canvas, no longer attributed.
     */
    public static Edit removePartner(String partnerId) {
        return new Edit("edit.removePartner", d -> {
            List<Partner> rest = d.partners().stream().filter(p -> !p.id().equals(partnerId)).toList();
            List<CanvasNote> notes = d.canvasNotes().stream()
                    .map(n -> n.partnerId().equals(partnerId)
                            ? new CanvasNote(n.id(), n.blockId(), n.text(), n.colour(), "")
                            : n)
                    .toList();
            return d.withPartners(rest).withCanvasNotes(notes);
        });
    }

    /** Moves a partner to another place in the order in which partners are shown. */
    public static Edit movePartner(String partnerId, int newIndex) {
        return new Edit("edit.movePartner", d -> {
            var list = new java.util.ArrayList<>(d.partners());
            Partner p = d.partner(partnerId).orElseThrow(
                    () -> new IllegalArgumentException("partner " + partnerId + " is not in the dossier"));
            list.remove(p);
            list.add(Math.max(0, Math.min(newIndex, list.size())), p);
            return d.withPartners(list);
        });
    }

    /** An instrument's own data, kept under its id. */
    public static Edit instrumentData(String instrumentId, Object data) {
        return new Edit("edit.instrumentData", d -> d.withInstrumentData(instrumentId, data));
    }

    /** Convenience for edits that only touch one partner. */
    public static Edit partner(String labelKey, String partnerId, UnaryOperator<Partner> change) {
        return new Edit(labelKey, (Dossier d) -> d.withPartner(change.apply(d.partner(partnerId).orElseThrow(
                () -> new IllegalArgumentException("partner " + partnerId + " is not in the dossier")))));
    }

    // ---- interests

    /** Adds an interest to a partner; an interest with the same id already there is refused. */
    public static Edit addInterest(String partnerId, Interest interest) {
        return partner("edit.addInterest", partnerId, p -> {
            if (p.hasInterest(interest.id())) {
                throw new IllegalArgumentException("interest " + interest.id() + " is already held by partner " + partnerId);
            }
            return p.withInterest(interest);
        });
    }

    /** Replaces a partner's interest by its new value (same id). */
    public static Edit updateInterest(String partnerId, Interest interest) {
        return partner("edit.updateInterest", partnerId, p -> {
            requireInterest(p, interest.id());
            return p.withInterest(interest);
        });
    }

    /** Removes a partner's interest, and the references to it from that partner's positions. */
    public static Edit removeInterest(String partnerId, String interestId) {
        return partner("edit.removeInterest", partnerId, p -> {
            requireInterest(p, interestId);
            return p.withoutInterest(interestId);
        });
    }

    // ---- bring and get

    /** Adds something a partner brings or gets; a contribution with the same id already there is refused. */
    public static Edit addContribution(String partnerId, Contribution contribution) {
        return partner("edit.addContribution", partnerId, p -> {
            if (p.hasContribution(contribution.id())) {
                throw new IllegalArgumentException(
                        "contribution " + contribution.id() + " is already held by partner " + partnerId);
            }
            return p.withContribution(contribution);
        });
    }

    /** Replaces a partner's contribution by its new value (same id), in the same place in the list. */
    public static Edit updateContribution(String partnerId, Contribution contribution) {
        return partner("edit.updateContribution", partnerId, p -> {
            requireContribution(p, contribution.id());
            return p.withContribution(contribution);
        });
    }

    public static Edit removeContribution(String partnerId, String contributionId) {
        return partner("edit.removeContribution", partnerId, p -> {
            requireContribution(p, contributionId);
            return p.withoutContribution(contributionId);
        });
    }

    /** What the partner sees as the essence and the ambition of the collaboration (homework question 1). */
    public static Edit setEssence(String partnerId, String essence) {
        return partner("edit.setEssence", partnerId, p -> p.withEssence(essence));
    }

    // ---- the shared ambition

    /** Adds a version of the shared ambition after the others; one with the same id already there is refused. */
    public static Edit addAmbitionVersion(AmbitionVersion version) {
        return new Edit("edit.addAmbitionVersion", d -> {
            if (d.ambition().version(version.id()).isPresent()) {
                throw new IllegalArgumentException("ambition version " + version.id() + " is already in the dossier");
            }
            return d.withAmbition(d.ambition().withVersion(version));
        });
    }

    /** Replaces a version of the shared ambition by its new value (same id), in the same place. */
    public static Edit updateAmbitionVersion(AmbitionVersion version) {
        return ambition("edit.updateAmbitionVersion", version.id(), a -> a.withVersion(version));
    }

    public static Edit removeAmbitionVersion(String versionId) {
        return ambition("edit.removeAmbitionVersion", versionId, a -> a.withoutVersion(versionId));
    }

    /**
     * Records how far a partner recognises itself in a version of the shared ambition; a null endorsement
     * removes it. The partner must be in the dossier, except when removing the endorsement of a partner that
     * has since left.
     */
    public static Edit endorse(String versionId, String partnerId, Endorsement endorsement) {
        return new Edit("edit.endorse", d -> {
            AmbitionVersion v = requireVersion(d, versionId);
            boolean leftPartnersHistory = endorsement == null && v.endorsements().containsKey(partnerId);
            if (d.partner(partnerId).isEmpty() && !leftPartnersHistory) {
                throw new IllegalArgumentException("partner " + partnerId + " is not in the dossier");
            }
            return d.withAmbition(d.ambition().withVersion(v.withEndorsement(partnerId, endorsement)));
        });
    }

    private static Edit ambition(String labelKey, String versionId, UnaryOperator<Ambition> change) {
        return new Edit(labelKey, d -> {
            requireVersion(d, versionId);
            return d.withAmbition(change.apply(d.ambition()));
        });
    }

    private static AmbitionVersion requireVersion(Dossier d, String versionId) {
        return d.ambition().version(versionId).orElseThrow(
                () -> new IllegalArgumentException("ambition version " + versionId + " is not in the dossier"));
    }

    private static void requireInterest(Partner p, String interestId) {
        if (!p.hasInterest(interestId)) {
            throw new IllegalArgumentException("interest " + interestId + " is not held by partner " + p.id());
        }
    }

    private static void requireContribution(Partner p, String contributionId) {
        if (!p.hasContribution(contributionId)) {
            throw new IllegalArgumentException(
                    "contribution " + contributionId + " is not held by partner " + p.id());
        }
    }
}
