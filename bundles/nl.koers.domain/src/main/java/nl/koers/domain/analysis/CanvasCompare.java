package nl.koers.domain.analysis;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import nl.koers.domain.CanvasNote;
import nl.koers.domain.analysis.CanvasChange.Kind;

/**
 * Compares two pictures of the partner model canvas (two snapshots, or a snapshot and the canvas now): which
 * notes were added, which were taken off, which moved to another block and which were reworded.
 *
 * <p>A note is followed by its id. A note that was taken off and written again with the same words (the same
 * letters, whatever the capitals and spaces) is the same note, so rewriting a sticker by hand on paper does
 * not show as a removal and an addition. For the same reason a note counts as reworded only when its words
 * changed, not its capitals or spacing.
 */
public final class CanvasCompare {
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private final List<CanvasChange> changes;

    /** What happened to each note, by its id: a sheet asks this for every note it draws. */
    private final Map<String, Set<Kind>> kinds = new HashMap<>();

    private CanvasCompare(List<CanvasChange> changes) {
        this.changes = List.copyOf(changes);
        changes.forEach(c -> kinds.computeIfAbsent(c.noteId(), id -> EnumSet.noneOf(Kind.class)).add(c.kind()));
    }

    /** The changes from {@code before} to {@code after}: removed notes first, then in the order of after. */
    public static CanvasCompare of(List<CanvasNote> before, List<CanvasNote> after) {
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
        // the notes left over by their words, in their order: a note written again is looked up, not searched for
        Map<String, ArrayDeque<CanvasNote>> byWords = new HashMap<>();
        old.values().forEach(o -> byWords.computeIfAbsent(words(o.text()), w -> new ArrayDeque<>()).add(o));
        for (CanvasNote n : unmatched) {
            ArrayDeque<CanvasNote> same = byWords.getOrDefault(words(n.text()), new ArrayDeque<>());
            CanvasNote was = same.poll();
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
            if (!sameWords(was.text(), n.text())) {
                out.add(new CanvasChange(Kind.EDITED, was, n));
            }
        }
        return new CanvasCompare(out);
    }

    public List<CanvasChange> changes() {
        return changes;
    }

    public List<CanvasChange> changes(Kind kind) {
        return changes.stream().filter(c -> c.kind() == kind).toList();
    }

    /** What happened to the note with that id (its id before, for a removed note); empty: nothing. */
    public Set<Kind> kindsOf(String noteId) {
        Set<Kind> known = kinds.get(noteId);
        return known == null ? EnumSet.noneOf(Kind.class) : EnumSet.copyOf(known);
    }

    public boolean isEmpty() {
        return changes.isEmpty();
    }

    /** Whether two texts have the same words; a note that kept its text is not read word by word. */
    private static boolean sameWords(String a, String b) {
        return a.equals(b) || words(a).equals(words(b));
    }

    /** The words of a text in lower case, one space between them (a stripped text has none at either end). */
    private static String words(String text) {
        return SPACES.matcher(text.strip().toLowerCase(Locale.ROOT)).replaceAll(" ");
    }
}
