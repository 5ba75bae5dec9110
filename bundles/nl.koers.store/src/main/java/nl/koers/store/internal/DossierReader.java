package nl.koers.store.internal;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

import nl.koers.domain.Ambition;
import nl.koers.domain.AmbitionVersion;
import nl.koers.domain.Category;
import nl.koers.domain.CanvasNote;
import nl.koers.domain.CanvasSnapshot;
import nl.koers.domain.Contribution;
import nl.koers.domain.CoreValue;
import nl.koers.domain.Direction;
import nl.koers.domain.Dossier;
import nl.koers.domain.Endorsement;
import nl.koers.domain.Fact;
import nl.koers.domain.Firmness;
import nl.koers.domain.Interest;
import nl.koers.domain.InterestLink;
import nl.koers.domain.IssueStatus;
import nl.koers.domain.Lens;
import nl.koers.domain.MatchDecision;
import nl.koers.domain.Level;
import nl.koers.domain.OpenIssue;
import nl.koers.domain.Openness;
import nl.koers.domain.Partner;
import nl.koers.domain.PlanItem;
import nl.koers.domain.PartnerSelection;
import nl.koers.domain.Position;
import nl.koers.domain.Rating;
import nl.koers.domain.Recognition;
import nl.koers.domain.Representative;
import nl.koers.domain.Role;
import nl.koers.domain.Route;
import nl.koers.domain.SessionPlan;
import nl.koers.domain.SnapshotKind;

/** Maps the JSON tree of a dossier (already upgraded to the current schema) onto the domain. */
final class DossierReader {
    /** The top-level fields this version knows; anything else is kept as it was. */
    static final Set<String> KNOWN = Set.of(DossierFormat.FORMAT, DossierFormat.SCHEMA_VERSION, "id", "title",
            "theme", "initiator", "route", "openness", "partners", "ambition", "canvas", "interestLinks", "instruments",
            "openIssues", "matchDecisions", "sessionPlans");

    private final Fields f;
    /**
     * Each spelling of a unit as one string: a dossier spells its units a handful of ways, and every analysis reads
     * the unit of every item. Thousands of copies of "uur/maand" cost memory and scatter the walks over it.
     */
    private final Map<String, String> units = new HashMap<>();

    DossierReader(String file) {
        this.f = new Fields(file);
    }

    Dossier dossier(JsonNode root) {
        Map<String, Object> unknown = new LinkedHashMap<>();
        root.properties().forEach(e -> {
            if (!KNOWN.contains(e.getKey())) {
                unknown.put(e.getKey(), plain(e.getValue()));
            }
        });
        JsonNode ambition = root.path("ambition");
        JsonNode canvas = root.path("canvas");
        Place top = Place.ROOT;
        Place ambitionAt = top.field("ambition");
        Place canvasAt = top.field("canvas");
        Map<String, Object> instruments = new LinkedHashMap<>();
        JsonNode inst = root.get("instruments");
        if (inst != null && !inst.isNull()) {
            f.object(inst, top.field("instruments")).properties()
                    .forEach(e -> instruments.put(e.getKey(), plain(e.getValue())));
        }
        return f.refusedAt(top, () -> new Dossier(
                f.text(root, "id", top),
                f.text(root, "title", top),
                f.text(root, "theme", top),
                f.text(root, "initiator", top),
                f.enumValue(root, "route", Route.class, top),
                f.enumValue(root, "openness", Openness.class, top),
                f.list(root, "partners", top, this::partner),
                ambition.isMissingNode() || ambition.isNull() ? Ambition.NONE
                        : new Ambition(f.list(f.object(ambition, ambitionAt), "versions", ambitionAt, this::version)),
                canvas.isMissingNode() || canvas.isNull() ? java.util.List.of()
                        : f.list(f.object(canvas, canvasAt), "notes", canvasAt, this::note),
                instruments,
                unknown,
                f.list(root, "interestLinks", top, this::link),
                canvas.isMissingNode() || canvas.isNull() ? java.util.List.of()
                        : f.list(canvas, "snapshots", canvasAt, this::snapshot),
                f.list(root, "openIssues", top, this::issue),
                f.list(root, "matchDecisions", top, this::decision),
                f.list(root, "sessionPlans", top, this::plan)));
    }

    private Partner partner(JsonNode n, Place at) {
        f.object(n, at);
        return new Partner(
                f.requiredText(n, "id", at),
                f.text(n, "name", at),
                f.enumValue(n, "role", Role.class, at),
                f.list(n, "representatives", at, this::representative),
                f.text(n, "essence", at),
                f.list(n, "interests", at, this::interest),
                f.list(n, "positions", at, this::position),
                f.list(n, "coreValues", at, this::coreValue),
                f.list(n, "contributions", at, this::contribution),
                selection(n.get("selection"), at.field("selection")));
    }

    /** Optional: a file from before partner selection has none, and reads as nothing judged yet. */
    private PartnerSelection selection(JsonNode n, Place at) {
        if (n == null || n.isNull()) {
            return PartnerSelection.NONE;
        }
        f.object(n, at);
        return new PartnerSelection(f.enumValue(n, "relation", Rating.class, at), f.text(n, "relationRemark", at),
                f.enumValue(n, "click", Rating.class, at), f.text(n, "clickRemark", at),
                f.enumValue(n, "reach", Rating.class, at), f.text(n, "reachRemark", at),
                f.enumValue(n, "energy", Rating.class, at), f.text(n, "energyRemark", at));
    }

    private OpenIssue issue(JsonNode n, Place at) {
        f.object(n, at);
        return new OpenIssue(f.text(n, "id", at), f.text(n, "text", at), f.text(n, "partnerId", at),
                f.text(n, "ownerName", at), f.date(n, "date", at), f.enumValue(n, "status", IssueStatus.class, at));
    }

    private Representative representative(JsonNode n, Place at) {
        f.object(n, at);
        return new Representative(f.text(n, "id", at), f.text(n, "name", at), f.text(n, "function", at),
                f.list(n, "lenses", at, (e, w) -> f.enumElement(e, Lens.class, w)));
    }

    private Interest interest(JsonNode n, Place at) {
        f.object(n, at);
        return new Interest(f.text(n, "id", at), f.text(n, "text", at), f.enumValue(n, "level", Level.class, at),
                f.enumValue(n, "firmness", Firmness.class, at), f.bool(n, "coreValue", at, false));
    }

    private InterestLink link(JsonNode n, Place at) {
        f.object(n, at);
        return new InterestLink(f.text(n, "id", at), f.list(n, "interestIds", at, f::textElement), f.text(n, "note", at));
    }

    /** Optional: files from before matches could be decided have none. */
    private MatchDecision decision(JsonNode n, Place at) {
        f.object(n, at);
        f.requiredText(n, "verdict", at);
        return new MatchDecision(f.requiredText(n, "bring", at), f.requiredText(n, "get", at),
                f.enumValue(n, "verdict", MatchDecision.Verdict.class, at));
    }

    /** Optional: files from before session plans have none. */
    private SessionPlan plan(JsonNode n, Place at) {
        f.object(n, at);
        return new SessionPlan(f.text(n, "id", at), f.text(n, "title", at), f.date(n, "date", at),
                f.time(n, "start", at), f.text(n, "place", at), f.list(n, "items", at, this::planItem));
    }

    private PlanItem planItem(JsonNode n, Place at) {
        f.object(n, at);
        f.requiredText(n, "kind", at);
        return new PlanItem(f.text(n, "id", at), f.enumValue(n, "kind", PlanItem.Kind.class, at),
                f.text(n, "instrument", at), f.whole(n, "step", at, -1), f.text(n, "title", at),
                f.whole(n, "minutes", at, 0));
    }

    private Position position(JsonNode n, Place at) {
        f.object(n, at);
        return new Position(f.text(n, "id", at), f.text(n, "text", at), f.list(n, "whys", at, f::textElement),
                f.list(n, "interestIds", at, f::textElement));
    }

    private CoreValue coreValue(JsonNode n, Place at) {
        f.object(n, at);
        return new CoreValue(f.text(n, "id", at), f.text(n, "text", at));
    }

    private Contribution contribution(JsonNode n, Place at) {
        f.object(n, at);
        return new Contribution(f.text(n, "id", at), f.enumValue(n, "direction", Direction.class, at),
                f.enumValue(n, "category", Category.class, at), f.text(n, "description", at),
                f.decimal(n, "amount", at), units.computeIfAbsent(f.text(n, "unit", at), u -> u), f.enumValue(n, "firmness", Firmness.class, at));
    }

    private AmbitionVersion version(JsonNode n, Place at) {
        f.object(n, at);
        Map<String, Endorsement> endorsements = new LinkedHashMap<>();
        JsonNode e = n.get("endorsements");
        if (e != null && !e.isNull()) {
            Place where = at.field("endorsements");
            f.object(e, where).properties().forEach(entry -> {
                Place w = where.field(entry.getKey());
                JsonNode v = f.object(entry.getValue(), w);
                endorsements.put(entry.getKey(), new Endorsement(
                        f.enumValue(v, "recognition", Recognition.class, w), f.text(v, "remark", w)));
            });
        }
        return new AmbitionVersion(f.text(n, "id", at), f.whole(n, "round", at, 1), f.date(n, "date", at),
                f.text(n, "statement", at), f.text(n, "concretisation", at),
                f.list(n, "facts", at, (x, w) -> new Fact(f.text(f.object(x, w), "text", w), f.text(x, "source", w))),
                endorsements);
    }

    private CanvasNote note(JsonNode n, Place at) {
        f.object(n, at);
        return new CanvasNote(f.text(n, "id", at), f.text(n, "blockId", at), f.text(n, "text", at),
                f.text(n, "colour", at), f.text(n, "partnerId", at));
    }

    private CanvasSnapshot snapshot(JsonNode n, Place at) {
        f.object(n, at);
        return new CanvasSnapshot(f.text(n, "id", at), f.text(n, "name", at),
                f.enumValue(n, "kind", SnapshotKind.class, at), f.date(n, "takenOn", at),
                f.list(n, "notes", at, this::note), f.text(n, "templateId", at));
    }

    /** A subtree as plain maps, lists, strings, numbers and booleans, for data this version does not know. */
    private Object plain(JsonNode node) {
        return JsonTrees.plain(node);
    }
}
