package nl.koers.instrument.belangendialoog.internal.print;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;

import nl.koers.domain.Dossier;
import nl.koers.domain.InterestLink;
import nl.koers.domain.Level;
import nl.koers.domain.Partner;
import nl.koers.instrument.api.figure.Shape;
import nl.koers.instrument.api.figure.kit.Flow;
import nl.koers.instrument.api.figure.kit.Sheet.Frame;
import nl.koers.instrument.belangendialoog.internal.Phrases;

/**
 * The shared interests of a dossier as the interest map shows them: numbered by the dossier (G1, G2...), not by
 * the sheet, so a tag means the same on every sheet; each sheet's legend explains the ones its partners are in.
 */
final class SharedInterests {
    private final Phrases say;
    private final double k;
    private final boolean none;
    /** Per interest id, the indexes of the links it is in. */
    private final Map<String, List<Integer>> links = new LinkedHashMap<>();
    private final Map<String, List<String>> tags = new LinkedHashMap<>();
    private final List<Flow.Entry> lines = new ArrayList<>();
    /** Per level, the tags of its interest in the most links, joined: "G1 G3". */
    private final Map<Level, String> widest = new EnumMap<>(Level.class);

    /** @param k how much larger than on A3 everything is */
    SharedInterests(Phrases say, Dossier d, double k) {
        this.say = say;
        this.k = k;
        // whose interest is whose, looked up once: a walk over every partner per link costs seconds at 1000
        Map<String, Partner> owner = new HashMap<>();
        d.partners().forEach(p -> p.interests().forEach(i -> owner.putIfAbsent(i.id(), p)));
        // the links that still link interests of this dossier
        List<InterestLink> linked = d.interestLinks().stream()
                .filter(l -> l.interestIds().stream().anyMatch(owner::containsKey)).toList();
        this.none = linked.isEmpty();
        for (int i = 0; i < linked.size(); i++) {
            int link = i;
            String tag = say.format("map.tag", i + 1);
            for (String id : linked.get(i).interestIds()) {
                links.computeIfAbsent(id, x -> new ArrayList<>()).add(link);
                tags.computeIfAbsent(id, x -> new ArrayList<>()).add(tag);
            }
            lines.add(line(owner, linked.get(i), tag));
        }
        tags.forEach((id, t) -> {
            Partner p = owner.get(id);
            if (p != null) {
                String joined = String.join(" ", t);
                widest.merge(p.interest(id).orElseThrow().level(), joined, (a, b) -> b.length() > a.length() ? b : a);
            }
        });
    }

    /** Per interest id, the tags of the links it is in: "G1", "G2". */
    Map<String, List<String>> tags() {
        return tags;
    }

    /** {@return the widest tags an interest of this level carries, joined: "G1 G3"; "" when none has a tag} */
    String widest(Level level) {
        return widest.getOrDefault(level, "");
    }

    /** "G3  Elke jongere een plek: ROC Lingedal en Gemeente Waalstede". */
    private Flow.Entry line(Map<String, Partner> owner, InterestLink l, String tag) {
        List<String> who = new ArrayList<>();
        List<String> what = new ArrayList<>();
        for (String id : l.interestIds()) {
            Partner p = owner.get(id);
            if (p != null) {
                who.add(say.name(p));
                what.add(say.text(p.interest(id).orElseThrow()));
            }
        }
        String about = l.note().isBlank() ? String.join(" / ", what) : l.note().strip();
        return new Flow.Entry(tag, Sheet.ACCENT,
                say.format("map.sharedLine", about, say.joined(who.stream().distinct().toList())), Sheet.INK);
    }

    /** The legend for these partners: a line for each shared interest they are in, in the dossier's order. */
    List<Flow.Entry> legend(List<Partner> partners) {
        SortedSet<Integer> in = new TreeSet<>();
        for (Partner p : partners) {
            p.interests().forEach(i -> in.addAll(links.getOrDefault(i.id(), List.of())));
        }
        return in.stream().map(lines::get).toList();
    }

    /** The height of a legend in a box {@code width} wide, every line whole. */
    double height(List<Flow.Entry> legend, double width, double pt) {
        double need = Flow.need(Sheet.PRINTED, legend, width - 5, pt, marker(legend, pt), Flow.WHOLE, 0.8 * k);
        return Sheet.boxHeight(Math.max(need, Sheet.height(1, pt)), pt + 2 * k);
    }

    /** The least a legend box takes: its title and one line. */
    double least(double pt) {
        return Sheet.boxHeight(Sheet.height(1, pt), pt + 2 * k);
    }

    /** The legend in its box; what does not fit (only when one sheet's rows leave too little) is counted. */
    void draw(List<Shape> out, Frame f, List<Flow.Entry> legend, double pt) {
        Frame inner = Sheet.box(out, f, say.get("map.shared"), pt + 2 * k);
        new Flow(Sheet.PRINTED, out, inner, pt, marker(legend, pt), Flow.WHOLE).set(legend,
                say.get(none ? "map.sharedNone" : "map.sharedNotHere"), n -> say.format("list.more", n), 0.8 * k);
    }

    /** The marker column holds the widest tag: the last, as they are in order. */
    private static double marker(List<Flow.Entry> legend, double pt) {
        return Sheet.markerWidth(pt, legend.isEmpty() ? "G9" : legend.get(legend.size() - 1).marker());
    }
}
