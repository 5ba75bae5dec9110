package nl.koers.instrument.partnermodel.internal.print;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import nl.koers.domain.CanvasNote;
import nl.koers.domain.analysis.CanvasChange;
import nl.koers.domain.analysis.CanvasChange.Kind;
import nl.koers.domain.analysis.CanvasCompare;
import nl.koers.instrument.api.figure.Colour;
import nl.koers.instrument.partnermodel.internal.Phrases;
import nl.koers.instrument.partnermodel.internal.template.CanvasTemplate;

/**
 * What changed on a note since the picture it is compared with, as the poster and the screen both mark it: an
 * outline in the colour of the change, a tag the room reads ("nieuw", "van Kanalen", "eerder: ..."), and the
 * notes taken off shown as ghosts where they were.
 */
public final class Marks {
    static final Colour ADDED = new Colour(20, 130, 50);
    static final Colour MOVED = new Colour(25, 90, 200);
    static final Colour EDITED = new Colour(220, 120, 0);
    /** The outline and strike of a note taken off. */
    public static final Colour REMOVED = new Colour(190, 30, 30);

    /** The colours of the legend, in its order, with the key of each one's words. */
    public static final Map<Colour, String> LEGEND = legend();

    /**
     * A note as it is shown: with what changed since the picture it is compared with, if anything.
     *
     * @param tag what the room reads on a marked sticker; "" for none
     * @param ghost whether the note was taken off and is shown struck through where it was
     */
    public record Marked(CanvasNote note, Set<Kind> kinds, String tag, boolean ghost) {
        /** {@return the note unmarked, as on a canvas compared with nothing} */
        public static Marked plain(CanvasNote note) {
            return new Marked(note, Set.of(), "", false);
        }

        /** {@return the outline's colour, or {@code null} for a note that did not change} */
        public Colour edge() {
            return ghost ? REMOVED
                    : kinds.contains(Kind.ADDED) ? ADDED
                    : kinds.contains(Kind.MOVED) ? MOVED
                    : kinds.contains(Kind.EDITED) ? EDITED : null;
        }
    }

    private final Phrases say;
    private final CanvasTemplate template;

    public Marks(Phrases say, CanvasTemplate template) {
        this.say = say;
        this.template = template;
    }

    /**
     * {@return the notes by block id, marked with what changed since {@code compare}'s first picture, and the
     * notes taken off as ghosts in the block they were on} {@code compare} may be null: nothing is marked.
     */
    public Map<String, List<Marked>> byBlock(List<CanvasNote> notes, CanvasCompare compare) {
        Map<String, List<Marked>> byBlock = new LinkedHashMap<>();
        for (CanvasNote n : notes) {
            Set<Kind> kinds = compare == null ? Set.of() : compare.kindsOf(n.id());
            byBlock.computeIfAbsent(n.blockId(), k -> new ArrayList<>()).add(new Marked(n, kinds, tag(compare, n), false));
        }
        if (compare != null) {
            for (CanvasChange c : compare.changes(Kind.REMOVED)) {
                byBlock.computeIfAbsent(c.before().blockId(), k -> new ArrayList<>())
                        .add(new Marked(c.before(), Set.of(Kind.REMOVED), say.get("compare.tag.removed"), true));
            }
        }
        return byBlock;
    }

    /** "nieuw", "van Kanalen", "eerder: ..." : what the room reads on a marked sticker. */
    private String tag(CanvasCompare compare, CanvasNote n) {
        if (compare == null) {
            return "";
        }
        List<String> parts = new ArrayList<>();
        for (CanvasChange c : compare.changes()) {
            if (c.after() == null || !c.after().id().equals(n.id())) {
                continue;
            }
            switch (c.kind()) {
                case ADDED -> parts.add(say.get("compare.tag.added"));
                case MOVED -> parts.add(say.get("compare.tag.moved", say.blockName(template, c.before().blockId())));
                case EDITED -> parts.add(say.get("compare.tag.edited", c.before().text().strip()));
                default -> {
                }
            }
        }
        return String.join(" \u00b7 ", parts);
    }

    private static Map<Colour, String> legend() {
        Map<Colour, String> items = new LinkedHashMap<>();
        items.put(ADDED, "compare.legend.added");
        items.put(MOVED, "compare.legend.moved");
        items.put(EDITED, "compare.legend.edited");
        items.put(REMOVED, "compare.legend.removed");
        return java.util.Collections.unmodifiableMap(items);
    }
}
