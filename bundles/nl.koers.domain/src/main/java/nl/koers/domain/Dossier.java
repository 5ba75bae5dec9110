package nl.koers.domain;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One collaboration (samenwerking): what it is about, how it came about, the partners at the table, the
 * shared ambition, the partner model canvas, and the interests the partners found they share.
 *
 * <p>Two maps carry data this domain does not interpret. {@code instrumentData} holds each instrument's own
 * working state under its id (a step it was at, a timer setting); {@code unknownFields} holds whatever a
 * newer or extended Koers wrote that this one does not know. Both are JSON-like trees of maps, lists,
 * strings, numbers and booleans, and are written back exactly as they were read, so that data of an
 * instrument that is not installed is never lost.
 *
 * @param route how the idea came about, or null when not recorded
 * @param openness whether the network is open or closed, or null when not recorded
 * @param interestLinks interests of different partners that the facilitator linked as one shared interest
 * @param canvasSnapshots the canvas as it was at dated moments (first design, evaluation, re-think), oldest first
 * @param openIssues the spannende punten: issues to resolve soon and agreements about them, with who takes them up
 * @param matchDecisions the matches the facilitator confirmed or dismissed, at most one per pair of items
 * @param sessionPlans the plans of the meetings with the partners, in the order the facilitator keeps them
 */
public record Dossier(String id, String title, String theme, String initiator, Route route, Openness openness,
        List<Partner> partners, Ambition ambition, List<CanvasNote> canvasNotes, Map<String, Object> instrumentData,
        Map<String, Object> unknownFields, List<InterestLink> interestLinks, List<CanvasSnapshot> canvasSnapshots,
        List<OpenIssue> openIssues, List<MatchDecision> matchDecisions, List<SessionPlan> sessionPlans) {

    /**
     * Fills in what is missing (a new id, empty texts and lists, no ambition) and copies the lists and maps, so a
     * dossier never changes once made.
     *
     * @throws EditRefused when a text, a key or an instrument's data is past the {@link Limits} of a file
     */
    public Dossier {
        id = Values.id(id);
        title = Values.text(title);
        theme = Values.text(theme);
        initiator = Values.text(initiator);
        partners = PartnerList.of(partners);
        ambition = ambition == null ? Ambition.NONE : ambition;
        canvasNotes = Values.list(canvasNotes);
        instrumentData = Values.map(instrumentData);
        unknownFields = Values.map(unknownFields);
        // the file keeps an instrument's data under its id inside "instruments"; unknown fields one level higher
        instrumentData.forEach((key, data) -> {
            Limits.key(key);
            Limits.data(data, Limits.DATA_DEPTH);
        });
        unknownFields.forEach((key, data) -> {
            Limits.key(key);
            Limits.data(data, Limits.DATA_DEPTH + 1);
        });
        interestLinks = Values.list(interestLinks);
        canvasSnapshots = Values.list(canvasSnapshots);
        openIssues = Values.list(openIssues);
        matchDecisions = Values.list(matchDecisions);
        sessionPlans = Values.list(sessionPlans);
    }

    /** A dossier without session plans. */
    public Dossier(String id, String title, String theme, String initiator, Route route, Openness openness,
            List<Partner> partners, Ambition ambition, List<CanvasNote> canvasNotes,
            Map<String, Object> instrumentData, Map<String, Object> unknownFields, List<InterestLink> interestLinks,
            List<CanvasSnapshot> canvasSnapshots, List<OpenIssue> openIssues, List<MatchDecision> matchDecisions) {
        this(id, title, theme, initiator, route, openness, partners, ambition, canvasNotes, instrumentData,
                unknownFields, interestLinks, canvasSnapshots, openIssues, matchDecisions, List.of());
    }

    /** A dossier without decisions about matches. */
    public Dossier(String id, String title, String theme, String initiator, Route route, Openness openness,
            List<Partner> partners, Ambition ambition, List<CanvasNote> canvasNotes,
            Map<String, Object> instrumentData, Map<String, Object> unknownFields, List<InterestLink> interestLinks,
            List<CanvasSnapshot> canvasSnapshots, List<OpenIssue> openIssues) {
        this(id, title, theme, initiator, route, openness, partners, ambition, canvasNotes, instrumentData,
                unknownFields, interestLinks, canvasSnapshots, openIssues, List.of());
    }

    /** A dossier without spannende punten and without decisions about matches. */
    public Dossier(String id, String title, String theme, String initiator, Route route, Openness openness,
            List<Partner> partners, Ambition ambition, List<CanvasNote> canvasNotes,
            Map<String, Object> instrumentData, Map<String, Object> unknownFields, List<InterestLink> interestLinks,
            List<CanvasSnapshot> canvasSnapshots) {
        this(id, title, theme, initiator, route, openness, partners, ambition, canvasNotes, instrumentData,
                unknownFields, interestLinks, canvasSnapshots, List.of());
    }

    /** A dossier without canvas snapshots. */
    public Dossier(String id, String title, String theme, String initiator, Route route, Openness openness,
            List<Partner> partners, Ambition ambition, List<CanvasNote> canvasNotes,
            Map<String, Object> instrumentData, Map<String, Object> unknownFields, List<InterestLink> interestLinks) {
        this(id, title, theme, initiator, route, openness, partners, ambition, canvasNotes, instrumentData,
                unknownFields, interestLinks, List.of());
    }

    /** A dossier without linked interests. */
    public Dossier(String id, String title, String theme, String initiator, Route route, Openness openness,
            List<Partner> partners, Ambition ambition, List<CanvasNote> canvasNotes,
            Map<String, Object> instrumentData, Map<String, Object> unknownFields) {
        this(id, title, theme, initiator, route, openness, partners, ambition, canvasNotes, instrumentData,
                unknownFields, List.of(), List.of());
    }

    /** A new, empty dossier with a title. */
    public static Dossier titled(String title) {
        return new Dossier(null, title, "", "", null, null, List.of(), Ambition.NONE, List.of(), Map.of(), Map.of(),
                List.of(), List.of(), List.of(), List.of(), List.of());
    }

    /** The partner with that id, found without reading the others: screens ask for partners inside loops. */
    public Optional<Partner> partner(String partnerId) {
        return ((PartnerList) partners).find(partnerId);
    }

    /** The partner that holds the interest with that id. */
    public Optional<Partner> partnerOfInterest(String interestId) {
        return ((PartnerList) partners).holding(interestId);
    }

    /** The link with that id. */
    public Optional<InterestLink> interestLink(String linkId) {
        return interestLinks.stream().filter(l -> l.id().equals(linkId)).findFirst();
    }

    public Dossier withDetails(String newTitle, String newTheme, String newInitiator, Route newRoute,
            Openness newOpenness) {
        return new Dossier(id, newTitle, newTheme, newInitiator, newRoute, newOpenness, partners, ambition,
                canvasNotes, instrumentData, unknownFields, interestLinks, canvasSnapshots,
                openIssues, matchDecisions, sessionPlans);
    }

    public Dossier withPartners(List<Partner> newPartners) {
        return new Dossier(id, title, theme, initiator, route, openness, newPartners, ambition, canvasNotes,
                instrumentData, unknownFields, interestLinks, canvasSnapshots,
                openIssues, matchDecisions, sessionPlans);
    }

    /** Replaces the partner with the same id, or adds it at the end. */
    public Dossier withPartner(Partner partner) {
        return withPartners(((PartnerList) partners).put(partner));
    }

    public Dossier withAmbition(Ambition newAmbition) {
        return new Dossier(id, title, theme, initiator, route, openness, partners, newAmbition, canvasNotes,
                instrumentData, unknownFields, interestLinks, canvasSnapshots,
                openIssues, matchDecisions, sessionPlans);
    }

    public Dossier withCanvasNotes(List<CanvasNote> newNotes) {
        return new Dossier(id, title, theme, initiator, route, openness, partners, ambition, newNotes,
                instrumentData, unknownFields, interestLinks, canvasSnapshots,
                openIssues, matchDecisions, sessionPlans);
    }

    public Dossier withCanvasSnapshots(List<CanvasSnapshot> newSnapshots) {
        return new Dossier(id, title, theme, initiator, route, openness, partners, ambition, canvasNotes,
                instrumentData, unknownFields, interestLinks, newSnapshots, openIssues, matchDecisions, sessionPlans);
    }

    /** The note on the canvas with that id. */
    public Optional<CanvasNote> canvasNote(String noteId) {
        return canvasNotes.stream().filter(n -> n.id().equals(noteId)).findFirst();
    }

    /** The snapshot with that id. */
    public Optional<CanvasSnapshot> canvasSnapshot(String snapshotId) {
        return canvasSnapshots.stream().filter(s -> s.id().equals(snapshotId)).findFirst();
    }

    public Dossier withInterestLinks(List<InterestLink> newLinks) {
        return new Dossier(id, title, theme, initiator, route, openness, partners, ambition, canvasNotes,
                instrumentData, unknownFields, newLinks, canvasSnapshots, openIssues, matchDecisions, sessionPlans);
    }

    /** Replaces the link with the same id, or adds it at the end. */
    public Dossier withInterestLink(InterestLink link) {
        return withInterestLinks(Values.put(interestLinks, link, InterestLink::id));
    }

    /**
     * The links without that interest; a link left with the interests of fewer than two partners goes, as it
     * no longer links anything.
     */
    public Dossier withoutLinksTo(String interestId) {
        if (interestLinks.stream().noneMatch(l -> l.contains(interestId))) {
            return this;
        }
        return withInterestLinks(interestLinks.stream()
                .map(l -> l.contains(interestId) ? l.without(interestId) : l)
                .filter(l -> !l.interestIds().isEmpty() && (partnersIn(l) >= 2 || !touched(l, interestId)))
                .toList());
    }

    private boolean touched(InterestLink kept, String interestId) {
        return interestLinks.stream().anyMatch(l -> l.id().equals(kept.id()) && l.contains(interestId));
    }

    /** How many different partners of this dossier hold an interest of the link. */
    public long partnersIn(InterestLink link) {
        return link.interestIds().stream().map(this::partnerOfInterest).flatMap(Optional::stream).map(Partner::id)
                .distinct().count();
    }

    /** Sets one instrument's own data; an empty or null value removes it. */
    public Dossier withInstrumentData(String instrumentId, Object data) {
        var copy = new LinkedHashMap<>(instrumentData);
        if (data == null) {
            copy.remove(instrumentId);
        } else {
            copy.put(instrumentId, data);
        }
        return new Dossier(id, title, theme, initiator, route, openness, partners, ambition, canvasNotes, copy,
                unknownFields, interestLinks, canvasSnapshots, openIssues, matchDecisions, sessionPlans);
    }

    public Dossier withOpenIssues(List<OpenIssue> newIssues) {
        return new Dossier(id, title, theme, initiator, route, openness, partners, ambition, canvasNotes,
                instrumentData, unknownFields, interestLinks, canvasSnapshots, newIssues, matchDecisions, sessionPlans);
    }

    public Dossier withMatchDecisions(List<MatchDecision> newDecisions) {
        return new Dossier(id, title, theme, initiator, route, openness, partners, ambition, canvasNotes,
                instrumentData, unknownFields, interestLinks, canvasSnapshots, openIssues, newDecisions, sessionPlans);
    }

    /** What was decided about the match of these two items, if anything. */
    public Optional<MatchDecision> matchDecision(String bringId, String getId) {
        return matchDecisions.stream().filter(m -> m.about(bringId, getId)).findFirst();
    }

    public Dossier withSessionPlans(List<SessionPlan> newPlans) {
        return new Dossier(id, title, theme, initiator, route, openness, partners, ambition, canvasNotes,
                instrumentData, unknownFields, interestLinks, canvasSnapshots, openIssues, matchDecisions, newPlans);
    }

    /** The session plan with that id. */
    public Optional<SessionPlan> sessionPlan(String planId) {
        return sessionPlans.stream().filter(p -> p.id().equals(planId)).findFirst();
    }

    /** The spannend punt with that id. */
    public Optional<OpenIssue> openIssue(String issueId) {
        return openIssues.stream().filter(i -> i.id().equals(issueId)).findFirst();
    }
}
