package nl.voorbeeldadvies.energiekaart.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

import nl.koers.domain.Dossier;
import nl.koers.domain.Ids;
import nl.koers.domain.edit.Edit;

/**
 * The energy map's own data. A plugin cannot add to the domain, so it keeps its data in the dossier under its
 * instrument id, as a tree of maps, lists and strings that Koers saves and reads back as it is:
 * {@code {"themes": [{"id": "…", "name": "Werkplekken"}], "marks": {"<representative id>": {"<theme id>": "TAKE_PART"}}}}.
 * Keys this version does not know are kept. Every change is an {@link Edit}, so Ctrl+Z takes it back.
 */
public final class EnergyData {
    static final String THEMES = "themes";
    static final String MARKS = "marks";
    /** The label of every edit, a word the domain already has: "werk in instrument". */
    static final String EDIT_LABEL = "edit.instrumentData";

    private final Map<String, Object> data;

    private EnergyData(Map<String, Object> data) {
        this.data = data;
    }

    /** The data as it is in the dossier; empty when the energy map has not been used on it yet. */
    public static EnergyData of(Dossier d) {
        return new EnergyData(d.instrumentData().get(EnergiekaartInstrument.ID) instanceof Map<?, ?> m ? copy(m)
                : new LinkedHashMap<>());
    }

    /** The themes in the order they were added; an entry that is not a theme is skipped. */
    public List<Theme> themes() {
        List<Theme> out = new ArrayList<>();
        if (data.get(THEMES) instanceof List<?> list) {
            for (Object o : list) {
                if (o instanceof Map<?, ?> m && m.get("id") instanceof String id) {
                    out.add(new Theme(id, m.get("name") instanceof String n ? n : ""));
                }
            }
        }
        return List.copyOf(out);
    }

    public Optional<Theme> theme(String themeId) {
        return themes().stream().filter(t -> t.id().equals(themeId)).findFirst();
    }

    /** What a participant marked for a theme; empty when nothing, or something this version cannot read. */
    public Optional<Involvement> mark(String participantId, String themeId) {
        if (marksOf(participantId).get(themeId) instanceof String s) {
            try {
                return Optional.of(Involvement.valueOf(s.toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    // ---- edits

    /** Adds a theme at the end. */
    public static Edit addTheme(String name) {
        String id = Ids.next(); // made once, so redo brings back the same theme
        return change(e -> e.withThemes(append(e.themeMaps(), themeMap(id, name))));
    }

    public static Edit renameTheme(String themeId, String name) {
        return change(e -> {
            requireTheme(e, themeId);
            List<Object> themes = new ArrayList<>();
            for (Object o : e.themeMaps()) {
                themes.add(o instanceof Map<?, ?> m && themeId.equals(m.get("id")) ? renamed(m, name) : o);
            }
            return e.withThemes(themes);
        });
    }

    /** Removes a theme and every mark made for it. */
    public static Edit removeTheme(String themeId) {
        return change(e -> {
            requireTheme(e, themeId);
            List<Object> themes = new ArrayList<>(e.themeMaps());
            themes.removeIf(o -> o instanceof Map<?, ?> m && themeId.equals(m.get("id")));
            Map<String, Object> marks = new LinkedHashMap<>();
            e.section(MARKS).forEach((person, theirs) -> {
                Map<String, Object> kept = theirs instanceof Map<?, ?> m ? copy(m) : new LinkedHashMap<>();
                kept.remove(themeId);
                if (!kept.isEmpty()) {
                    marks.put(person, kept);
                }
            });
            return e.withThemes(themes).with(MARKS, marks);
        });
    }

    /** Marks how far a participant wants to be involved in a theme; null clears the mark. */
    public static Edit mark(String participantId, String themeId, Involvement involvement) {
        return change(e -> {
            requireTheme(e, themeId);
            Map<String, Object> theirs = e.marksOf(participantId);
            if (involvement == null) {
                theirs.remove(themeId);
            } else {
                theirs.put(themeId, involvement.name());
            }
            Map<String, Object> marks = e.section(MARKS);
            if (theirs.isEmpty()) {
                marks.remove(participantId);
            } else {
                marks.put(participantId, theirs);
            }
            return e.with(MARKS, marks);
        });
    }

    /** An edit made from the data as it is when applied, so it never undoes a change made in between. */
    private static Edit change(UnaryOperator<EnergyData> change) {
        return new Edit(EDIT_LABEL, d -> {
            EnergyData next = change.apply(of(d));
            return d.withInstrumentData(EnergiekaartInstrument.ID, next.data.isEmpty() ? null : next.data);
        });
    }

    /** An edit for a theme that was just removed (a click in a screen that is behind) is refused. */
    private static void requireTheme(EnergyData e, String themeId) {
        if (e.theme(themeId).isEmpty()) {
            throw new IllegalArgumentException("no theme " + themeId);
        }
    }

    // ---- the tree

    private List<Object> themeMaps() {
        return data.get(THEMES) instanceof List<?> l ? new ArrayList<>(l) : new ArrayList<>();
    }

    private Map<String, Object> marksOf(String participantId) {
        return section(MARKS).get(participantId) instanceof Map<?, ?> m ? copy(m) : new LinkedHashMap<>();
    }

    private Map<String, Object> section(String name) {
        return data.get(name) instanceof Map<?, ?> m ? copy(m) : new LinkedHashMap<>();
    }

    private EnergyData withThemes(List<Object> themes) {
        return with(THEMES, themes);
    }

    private EnergyData with(String key, Object value) {
        Map<String, Object> next = new LinkedHashMap<>(data);
        boolean empty = value instanceof Map<?, ?> m ? m.isEmpty() : value instanceof List<?> l && l.isEmpty();
        if (empty) {
            next.remove(key);
        } else {
            next.put(key, value);
        }
        return new EnergyData(next);
    }

    private static Map<String, Object> themeMap(String id, String name) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", id);
        m.put("name", name == null ? "" : name.strip());
        return m;
    }

    /** The theme with its new name; other keys a newer version wrote stay. */
    private static Map<String, Object> renamed(Map<?, ?> theme, String name) {
        Map<String, Object> m = copy(theme);
        m.put("name", name == null ? "" : name.strip());
        return m;
    }

    private static List<Object> append(List<Object> list, Object item) {
        List<Object> out = new ArrayList<>(list);
        out.add(item);
        return out;
    }

    private static Map<String, Object> copy(Map<?, ?> m) {
        Map<String, Object> out = new LinkedHashMap<>();
        m.forEach((k, v) -> out.put(String.valueOf(k), v));
        return out;
    }
}
