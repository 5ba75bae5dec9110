package nl.koers.domain.edit;

import java.util.List;
import java.util.function.UnaryOperator;

import nl.koers.domain.Ambition;
import nl.koers.domain.AmbitionVersion;
import nl.koers.domain.CanvasNote;
import nl.koers.domain.Contribution;
import nl.koers.domain.Dossier;
import nl.koers.domain.EditRefused;
import nl.koers.domain.EditRefused.Reason;
import nl.koers.domain.Endorsement;
import nl.koers.domain.Interest;
import nl.koers.domain.InterestLink;
import nl.koers.domain.Lens;
import nl.koers.domain.OpenIssue;
import nl.koers.domain.Openness;
import nl.koers.domain.Partner;
import nl.koers.domain.PartnerSelection;
import nl.koers.domain.Position;
import nl.koers.domain.Representative;
import nl.koers.domain.Route;

/**
 * The edits every face of Koers offers on a dossier: its own details, its partners and what they said
 * (representatives and their lenses, interests, positions with their why-ladders, bring and get, essence),
 * the interests the partners share, and the shared ambition with its versions and endorsements.
 *
 * <p>An edit that names a partner, representative, interest, position, link, contribution or ambition version
 * that is not in the dossier, or adds one that is there already, throws an {@link EditRefused} naming the id (and
 * the partner, by name); a {@link DossierSession} then records nothing.
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
                throw new EditRefused(Reason.PARTNER_EXISTS, name(partner));
            }
            return d.withPartner(partner);
        });
    }

    /** Replaces a partner by its new value (same id): name, role, representatives, anything it holds. */
    public static Edit updatePartner(Partner partner) {
        return new Edit("edit.updatePartner", d -> {
            if (d.partner(partner.id()).isEmpty()) {
                throw new EditRefused(Reason.PARTNER_MISSING, partner.id());
            }
            return d.withPartner(partner);
        });
    }

    /**
     * Removes a partner and what it said. Its endorsements of earlier ambition versions stay, as history;
     * canvas notes it contributed stay on the canvas, no longer attributed; spannende punten it took up stay, with
     * its name as who takes them up, so nobody's work goes without an owner unnoticed.
     */
    public static Edit removePartner(String partnerId) {
        return new Edit("edit.removePartner", d -> {
            List<Partner> rest = d.partners().stream().filter(p -> !p.id().equals(partnerId)).toList();
            List<CanvasNote> notes = d.canvasNotes().stream()
                    .map(n -> n.partnerId().equals(partnerId)
                            ? new CanvasNote(n.id(), n.blockId(), n.text(), n.colour(), "")
                            : n)
                    .toList();
            Dossier without = d.withPartners(rest).withCanvasNotes(notes).withOpenIssues(d.openIssues().stream()
                    .map(i -> i.partnerId().equals(partnerId) ? ownedByName(d, i) : i).toList());
            for (Interest i : d.partner(partnerId).map(Partner::interests).orElse(List.of())) {
                without = without.withoutLinksTo(i.id());
            }
            return without;
        });
    }

    private static OpenIssue ownedByName(Dossier d, OpenIssue issue) {
        return issue.withOwner("", issue.owner(d));
    }

    /** The partner's marks and remarks on the criteria of partner selection, all at once. */
    public static Edit selection(String partnerId, PartnerSelection selection) {
        return partner("edit.partnerSelection", partnerId, p -> p.withSelection(selection));
    }

    /** Moves a partner to another place in the order in which partners are shown. */
    public static Edit movePartner(String partnerId, int newIndex) {
        return new Edit("edit.movePartner", d -> {
            var list = new java.util.ArrayList<>(d.partners());
            Partner p = requirePartner(d, partnerId);
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
        return new Edit(labelKey, (Dossier d) -> d.withPartner(change.apply(requirePartner(d, partnerId))));
    }

    // ---- interests

    /** Adds an interest to a partner; an interest with the same id already there is refused. */
    public static Edit addInterest(String partnerId, Interest interest) {
        return partner("edit.addInterest", partnerId, p -> {
            if (p.hasInterest(interest.id())) {
                throw new EditRefused(Reason.INTEREST_EXISTS, interest.id(), name(p));
            }
            return p.withInterest(interest);
        });
    }

    /**
     * Replaces a partner's interest by its new value (same id): its text, level and wish or demand. Whether it
     * is a core value stays as it was, whatever the new value says, so a face that does not know the mark
     * cannot clear it by changing the text; {@link #markCoreValue} changes the mark.
     */
    public static Edit updateInterest(String partnerId, Interest interest) {
        return partner("edit.updateInterest", partnerId, p -> {
            boolean mark = requireInterest(p, interest.id()).coreValue();
            return p.withInterest(interest.withCoreValue(mark));
        });
    }

    /** Marks a partner's interest as a core value (something it will not give up), or takes the mark away. */
    public static Edit markCoreValue(String partnerId, String interestId, boolean coreValue) {
        return partner("edit.markCoreValue", partnerId,
                p -> p.withInterest(requireInterest(p, interestId).withCoreValue(coreValue)));
    }

    /**
     * Removes a partner's interest, the references to it from that partner's positions, and its place in the
     * links of shared interests (a link left with fewer than two partners goes).
     */
    public static Edit removeInterest(String partnerId, String interestId) {
        return new Edit("edit.removeInterest", d -> {
            Partner p = requirePartner(d, partnerId);
            requireInterest(p, interestId);
            return d.withPartner(p.withoutInterest(interestId)).withoutLinksTo(interestId);
        });
    }

    // ---- representatives and their lenses

    /** Adds a person who speaks for a partner; one with the same id already there is refused. */
    public static Edit addRepresentative(String partnerId, Representative representative) {
        return partner("edit.addRepresentative", partnerId, p -> {
            if (p.representative(representative.id()).isPresent()) {
                throw new EditRefused(Reason.REPRESENTATIVE_EXISTS, representative.id(), name(p));
            }
            return p.withRepresentative(representative);
        });
    }

    /** Replaces a representative by its new value (same id): name, function, lenses. */
    public static Edit updateRepresentative(String partnerId, Representative representative) {
        return partner("edit.updateRepresentative", partnerId, p -> {
            requireRepresentative(p, representative.id());
            return p.withRepresentative(representative);
        });
    }

    public static Edit removeRepresentative(String partnerId, String representativeId) {
        return partner("edit.removeRepresentative", partnerId, p -> {
            requireRepresentative(p, representativeId);
            return p.withoutRepresentative(representativeId);
        });
    }

    /** The lenses a representative looks through (usually one or two); an empty list: not known yet. */
    public static Edit setLenses(String partnerId, String representativeId, List<Lens> lenses) {
        return partner("edit.setLenses", partnerId,
                p -> p.withRepresentative(requireRepresentative(p, representativeId).withLenses(lenses)));
    }

    // ---- positions and their why-ladders

    /** Adds a position a partner states; one with the same id already there is refused. */
    public static Edit addPosition(String partnerId, Position position) {
        return partner("edit.addPosition", partnerId, p -> {
            if (p.position(position.id()).isPresent()) {
                throw new EditRefused(Reason.POSITION_EXISTS, position.id(), name(p));
            }
            requireOwnInterests(p, position.interestIds());
            return p.withPosition(position);
        });
    }

    /** Replaces a position by its new value (same id): its text, its ladder and the interests it ends in. */
    public static Edit updatePosition(String partnerId, Position position) {
        return partner("edit.updatePosition", partnerId, p -> {
            requirePosition(p, position.id());
            requireOwnInterests(p, position.interestIds());
            return p.withPosition(position);
        });
    }

    public static Edit removePosition(String partnerId, String positionId) {
        return partner("edit.removePosition", partnerId, p -> {
            requirePosition(p, positionId);
            return p.withoutPosition(positionId);
        });
    }

    /** One more answer to "why?" at the bottom of a position's ladder. */
    public static Edit addWhy(String partnerId, String positionId, String why) {
        return position("edit.addWhy", partnerId, positionId, pos -> pos.plusWhy(why));
    }

    /** Changes the answer on rung {@code index} (0 is the first "why?") of a position's ladder. */
    public static Edit updateWhy(String partnerId, String positionId, int index, String why) {
        return position("edit.updateWhy", partnerId, positionId, pos -> pos.withWhy(rung(pos, index), why));
    }

    /** Takes rung {@code index} out of a position's ladder; the answers below it move up. */
    public static Edit removeWhy(String partnerId, String positionId, int index) {
        return position("edit.removeWhy", partnerId, positionId, pos -> pos.withoutWhy(rung(pos, index)));
    }

    /** Lets a position's ladder end (also) in one of the same partner's interests. */
    public static Edit linkPositionInterest(String partnerId, String positionId, String interestId) {
        return partner("edit.linkPositionInterest", partnerId, p -> {
            requireInterest(p, interestId);
            return p.withPosition(requirePosition(p, positionId).withInterest(interestId));
        });
    }

    public static Edit unlinkPositionInterest(String partnerId, String positionId, String interestId) {
        return partner("edit.unlinkPositionInterest", partnerId,
                p -> p.withPosition(requirePosition(p, positionId).withoutInterest(interestId)));
    }

    /**
     * The interest a why-ladder arrives at, new: adds it to the partner and lets the position end in it, as
     * one edit (one undo).
     */
    public static Edit addInterestUnderPosition(String partnerId, String positionId, Interest interest) {
        return partner("edit.addInterestUnderPosition", partnerId, p -> {
            Position pos = requirePosition(p, positionId);
            if (p.hasInterest(interest.id())) {
                throw new EditRefused(Reason.INTEREST_EXISTS, interest.id(), name(p));
            }
            return p.withInterest(interest).withPosition(pos.withInterest(interest.id()));
        });
    }

    // ---- shared interests

    /**
     * Links interests as one shared interest. Every interest must be in the dossier, and they must come from at
     * least two different partners: a partner does not share an interest with itself.
     */
    public static Edit linkInterests(InterestLink link) {
        return new Edit("edit.linkInterests", d -> {
            if (d.interestLink(link.id()).isPresent()) {
                throw new EditRefused(Reason.LINK_EXISTS, link.id());
            }
            requireShared(d, link);
            return d.withInterestLink(link);
        });
    }

    /** Adds an interest to a link of shared interests. */
    public static Edit addToLink(String linkId, String interestId) {
        return new Edit("edit.addToLink", d -> {
            InterestLink l = requireLink(d, linkId).with(interestId);
            requireShared(d, l);
            return d.withInterestLink(l);
        });
    }

    /** What the partners share, in their words, as the note of a link. */
    public static Edit noteLink(String linkId, String note) {
        return new Edit("edit.noteLink", d -> d.withInterestLink(requireLink(d, linkId).withNote(note)));
    }

    /** Undoes a link: the interests stay, they are just no longer marked as shared. */
    public static Edit unlinkInterests(String linkId) {
        return new Edit("edit.unlinkInterests", d -> {
            requireLink(d, linkId);
            return d.withInterestLinks(d.interestLinks().stream().filter(l -> !l.id().equals(linkId)).toList());
        });
    }

    // ---- bring and get

    /** Adds something a partner brings or gets; a contribution with the same id already there is refused. */
    public static Edit addContribution(String partnerId, Contribution contribution) {
        return partner("edit.addContribution", partnerId, p -> {
            if (p.hasContribution(contribution.id())) {
                throw new EditRefused(Reason.CONTRIBUTION_EXISTS, contribution.id(), name(p));
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
                throw new EditRefused(Reason.VERSION_EXISTS, version.id());
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
                throw new EditRefused(Reason.PARTNER_MISSING, partnerId);
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
        return d.ambition().version(versionId).orElseThrow(() -> new EditRefused(Reason.VERSION_MISSING, versionId));
    }

    private static Partner requirePartner(Dossier d, String partnerId) {
        return d.partner(partnerId).orElseThrow(() -> new EditRefused(Reason.PARTNER_MISSING, partnerId));
    }

    private static Interest requireInterest(Partner p, String interestId) {
        return p.interest(interestId).orElseThrow(() -> new EditRefused(Reason.INTEREST_MISSING, interestId, name(p)));
    }

    private static void requireOwnInterests(Partner p, List<String> interestIds) {
        interestIds.forEach(i -> requireInterest(p, i));
    }

    private static Representative requireRepresentative(Partner p, String representativeId) {
        return p.representative(representativeId)
                .orElseThrow(() -> new EditRefused(Reason.REPRESENTATIVE_MISSING, representativeId, name(p)));
    }

    private static Position requirePosition(Partner p, String positionId) {
        return p.position(positionId).orElseThrow(() -> new EditRefused(Reason.POSITION_MISSING, positionId, name(p)));
    }

    private static Edit position(String labelKey, String partnerId, String positionId, UnaryOperator<Position> change) {
        return partner(labelKey, partnerId, p -> p.withPosition(change.apply(requirePosition(p, positionId))));
    }

    private static int rung(Position pos, int index) {
        if (index < 0 || index >= pos.whys().size()) {
            throw new EditRefused(Reason.WHY_MISSING, pos.id(), index + 1, pos.whys().size());
        }
        return index;
    }

    private static InterestLink requireLink(Dossier d, String linkId) {
        return d.interestLink(linkId).orElseThrow(() -> new EditRefused(Reason.LINK_MISSING, linkId));
    }

    private static void requireShared(Dossier d, InterestLink link) {
        for (String id : link.interestIds()) {
            if (d.partnerOfInterest(id).isEmpty()) {
                throw new EditRefused(Reason.INTEREST_NOT_IN_DOSSIER, id);
            }
        }
        if (d.partnersIn(link) < 2) {
            throw new EditRefused(Reason.LINK_NEEDS_TWO_PARTNERS, link.id(), String.join(", ", link.interestIds()));
        }
    }

    private static void requireContribution(Partner p, String contributionId) {
        if (!p.hasContribution(contributionId)) {
            throw new EditRefused(Reason.CONTRIBUTION_MISSING, contributionId, name(p));
        }
    }

    /** A partner as a message names it: by name, or by id while it has none. */
    private static String name(Partner p) {
        return p.name().isBlank() ? p.id() : p.name();
    }
}
