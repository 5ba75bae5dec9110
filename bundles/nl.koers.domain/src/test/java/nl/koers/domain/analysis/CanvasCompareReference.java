package nl.koers.domain.analysis;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import nl.koers.domain.CanvasNote;
import nl.koers.domain.analysis.CanvasChange.Kind;

/** The comparison as it was before the index by words: the reference for {@link FastAnalysesPropertyTest}. */
final class CanvasCompareReference {
    private final List<CanvasChange> changes;

    private CanvasCompareReference(List<CanvasChange> changes) {
        this.changes = List.copyOf(changes);
    }

    /** The changes from {@code before} to {@code after}: removed notes first, then in the order of after. */
    static CanvasCompareReference of(List<CanvasNote> before, List<CanvasNote> after) {
        Map<String, CanvasNote> old = new LinkedHashMap<>();
        before.forEach(n -> old.put(n.id(), n));
        List<CanvasNote> unmatched = new ArrayList<>();
        Map<CanvasNote, CanvasNote> pairs = new LinkedHashMap<>();
        for (CanvasNote n : after) {
            CanvasNote was = old.remove(n.id());
            if (was == null) {
                unmatched.add(n);
            } else {
                pairs.put(n, was);
            }
        }
        for (CanvasNote n : unmatched) {
            CanvasNote was = old.values().stream().filter(o -> words(o.text()).equals(words(n.text()))).findFirst()
                    .orElse(null);
            if (was != null) {
                old.remove(was.id());
                pairs.put(n, was);
            }
        }
        List<CanvasChange> out = new ArrayList<>();
        old.values().forEach(n -> out.add(new CanvasChange(Kind.REMOVED, n, null)));
        for (CanvasNote n : after) {
            CanvasNote was = pairs.get(n);
            if (was == null) {
                out.add(new CanvasChange(Kind.ADDED, null, n));
                continue;
            }
            if (!was.blockId().equals(n.blockId())) {
                out.add(new CanvasChange(Kind.MOVED, was, n));
            }
            if (!words(was.text()).equals(words(n.text()))) {
                out.add(new CanvasChange(Kind.EDITED, was, n));
            }
        }
        return new CanvasCompareReference(out);
    }

    public List<CanvasChange> changes() {
        return changes;
    }

    /** What happened to the note with that id (its id before, for a removed note); empty: nothing. */
    public Set<Kind> kindsOf(String noteId) {
        Set<Kind> kinds = EnumSet.noneOf(Kind.class);
        changes.stream().filter(c -> c.noteId().equals(noteId)).forEach(c -> kinds.add(c.kind()));
        return kinds;
    }

    private static String words(String text) {
        return String.join(" ", text.strip().toLowerCase(Locale.ROOT).split("\\s+"));
    }
}
