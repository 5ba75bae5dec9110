package nl.koers.store.internal;

import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import nl.koers.domain.AmbitionVersion;
import nl.koers.domain.CanvasNote;
import nl.koers.domain.CanvasSnapshot;
import nl.koers.domain.Contribution;
import nl.koers.domain.Dossier;
import nl.koers.domain.OpenIssue;
import nl.koers.domain.Partner;
import nl.koers.domain.PartnerSelection;
import nl.koers.domain.Representative;
import nl.koers.domain.SessionPlan;
import nl.koers.store.DossierStore;

/** Maps a dossier onto the JSON tree of the current schema. Field order is fixed, so files diff well. */
final class DossierWriter {
    private final ObjectMapper mapper;

    DossierWriter(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    ObjectNode dossier(Dossier d) {
        ObjectNode root = mapper.createObjectNode();
        root.put(DossierFormat.FORMAT, DossierFormat.FORMAT_NAME);
        root.put(DossierFormat.SCHEMA_VERSION, DossierStore.SCHEMA_VERSION);
        root.put("id", d.id());
        root.put("title", d.title());
        root.put("theme", d.theme());
        root.put("initiator", d.initiator());
        putEnum(root, "route", d.route());
        putEnum(root, "openness", d.openness());
        ArrayNode partners = root.putArray("partners");
        d.partners().forEach(p -> partners.add(partner(p)));
        ArrayNode versions = root.putObject("ambition").putArray("versions");
        d.ambition().versions().forEach(v -> versions.add(version(v)));
        ObjectNode canvas = root.putObject("canvas");
        ArrayNode notes = canvas.putArray("notes");
        d.canvasNotes().forEach(n -> notes.add(note(n)));
        ArrayNode snapshots = canvas.putArray("snapshots");
        d.canvasSnapshots().forEach(s -> snapshots.add(snapshot(s)));
        ArrayNode links = root.putArray("interestLinks");
        d.interestLinks().forEach(l -> {
            ObjectNode o = links.addObject().put("id", l.id());
            ArrayNode ids = o.putArray("interestIds");
            l.interestIds().forEach(ids::add);
            o.put("note", l.note());
        });
        ArrayNode issues = root.putArray("openIssues");
        d.openIssues().forEach(i -> issues.add(issue(i)));
        if (!d.matchDecisions().isEmpty()) {
            // only when there are any: a file without decisions stays as it was before they existed
            ArrayNode decisions = root.putArray("matchDecisions");
            d.matchDecisions().forEach(m -> decisions.addObject().put("bring", m.bringId()).put("get", m.getId())
                    .put("verdict", m.verdict().name()));
        }
        if (!d.sessionPlans().isEmpty()) {
            // only when there are any, as the decisions: a dossier without plans is written as before them
            ArrayNode plans = root.putArray("sessionPlans");
            d.sessionPlans().forEach(p -> plans.add(plan(p)));
        }
        ObjectNode instruments = root.putObject("instruments");
        d.instrumentData().forEach((k, v) -> instruments.set(k, mapper.valueToTree(v)));
        for (Map.Entry<String, Object> e : d.unknownFields().entrySet()) {
            root.set(e.getKey(), mapper.valueToTree(e.getValue()));
        }
        return root;
    }

    private ObjectNode partner(Partner p) {
        ObjectNode n = mapper.createObjectNode();
        n.put("id", p.id());
        n.put("name", p.name());
        putEnum(n, "role", p.role());
        n.put("essence", p.essence());
        ArrayNode reps = n.putArray("representatives");
        p.representatives().forEach(r -> reps.add(representative(r)));
        ArrayNode interests = n.putArray("interests");
        p.interests().forEach(i -> interests.addObject().put("id", i.id()).put("text", i.text())
                .put("level", i.level().name()).put("firmness", i.firmness().name())
                .put("coreValue", i.coreValue()));
        ArrayNode positions = n.putArray("positions");
        p.positions().forEach(pos -> {
            ObjectNode o = positions.addObject().put("id", pos.id()).put("text", pos.text());
            ArrayNode whys = o.putArray("whys");
            pos.whys().forEach(whys::add);
            ArrayNode ids = o.putArray("interestIds");
            pos.interestIds().forEach(ids::add);
        });
        ArrayNode values = n.putArray("coreValues");
        p.coreValues().forEach(c -> values.addObject().put("id", c.id()).put("text", c.text()));
        ArrayNode contributions = n.putArray("contributions");
        p.contributions().forEach(c -> contributions.add(contribution(c)));
        PartnerSelection s = p.selection();
        ObjectNode selection = n.putObject("selection");
        putEnum(selection, "relation", s.relation());
        selection.put("relationRemark", s.relationRemark());
        putEnum(selection, "click", s.click());
        selection.put("clickRemark", s.clickRemark());
        putEnum(selection, "reach", s.reach());
        selection.put("reachRemark", s.reachRemark());
        putEnum(selection, "energy", s.energy());
        selection.put("energyRemark", s.energyRemark());
        return n;
    }

    private ObjectNode issue(OpenIssue i) {
        return mapper.createObjectNode().put("id", i.id()).put("text", i.text()).put("partnerId", i.partnerId())
                .put("ownerName", i.ownerName()).put("date", i.date() == null ? null : i.date().toString())
                .put("status", i.status().name());
    }

    private ObjectNode plan(SessionPlan p) {
        ObjectNode n = mapper.createObjectNode().put("id", p.id()).put("title", p.title())
                .put("date", p.date() == null ? null : p.date().toString())
                .put("start", p.start() == null ? null : p.start().toString()).put("place", p.place());
        ArrayNode items = n.putArray("items");
        p.items().forEach(i -> items.addObject().put("id", i.id()).put("kind", i.kind().name())
                .put("instrument", i.instrumentId()).put("step", i.step()).put("title", i.title())
                .put("minutes", i.minutes()));
        return n;
    }

    private ObjectNode representative(Representative r) {
        ObjectNode n = mapper.createObjectNode().put("id", r.id()).put("name", r.name()).put("function", r.function());
        ArrayNode lenses = n.putArray("lenses");
        r.lenses().forEach(l -> lenses.add(l.name()));
        return n;
    }

    private ObjectNode contribution(Contribution c) {
        ObjectNode n = mapper.createObjectNode().put("id", c.id()).put("direction", c.direction().name())
                .put("category", c.category().name()).put("description", c.description());
        if (c.amount() == null) {
            n.putNull("amount");
        } else {
            n.put("amount", c.amount());
        }
        return n.put("unit", c.unit()).put("firmness", c.firmness().name());
    }

    private ObjectNode version(AmbitionVersion v) {
        ObjectNode n = mapper.createObjectNode().put("id", v.id()).put("round", v.round())
                .put("date", v.date() == null ? null : v.date().toString()).put("statement", v.statement())
                .put("concretisation", v.concretisation());
        ArrayNode facts = n.putArray("facts");
        v.facts().forEach(f -> facts.addObject().put("text", f.text()).put("source", f.source()));
        ObjectNode endorsements = n.putObject("endorsements");
        v.endorsements().forEach((partner, e) -> endorsements.putObject(partner)
                .put("recognition", e.recognition().name()).put("remark", e.remark()));
        return n;
    }

    private ObjectNode note(CanvasNote c) {
        return mapper.createObjectNode().put("id", c.id()).put("blockId", c.blockId()).put("text", c.text())
                .put("colour", c.colour()).put("partnerId", c.partnerId());
    }

    private ObjectNode snapshot(CanvasSnapshot s) {
        ObjectNode n = mapper.createObjectNode().put("id", s.id()).put("name", s.name())
                .put("kind", s.kind().name()).put("takenOn", s.takenOn() == null ? null : s.takenOn().toString())
                .put("templateId", s.templateId());
        ArrayNode notes = n.putArray("notes");
        s.notes().forEach(c -> notes.add(note(c)));
        return n;
    }

    private static void putEnum(ObjectNode n, String field, Enum<?> value) {
        if (value == null) {
            n.putNull(field);
        } else {
            n.put(field, value.name());
        }
    }
}
