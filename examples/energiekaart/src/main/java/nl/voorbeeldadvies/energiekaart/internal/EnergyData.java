package nl.voorbeeldadvies.energiekaart.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import nl.koers.domain.Dossier;
import nl.koers.domain.Ids;
import nl.koers.domain.edit.Edit;
import nl.koers.instrument.api.data.InstrumentData;

/**
 * The energy map's own data, kept in the dossier under the instrument's id. Koers's {@link InstrumentData} reads
 * and writes this record as the plain tree the dossier keeps:
 * {@code {"themes": [{"id": "…", "name": "Werkplekken"}], "marks": {"<representative id>": {"<theme id>": "TAKE_PART"}}}};
 * what a newer version wrote and this one cannot read is kept. Every change is an {@link Edit}, so Ctrl+Z takes
 * it back.
 *
 * @param themes the themes in the order they were added
 * @param marks per participant, per theme, how far they want to be involved
 */
public record EnergyData(List<Theme> themes, Map<String, Map<String, Involvement>> marks) {
    static final InstrumentData<EnergyData> DATA = InstrumentData.of(EnergiekaartInstrument.ID, EnergyData.class);

    public EnergyData {
        themes = List.copyOf(themes);
        marks = Collections.unmodifiableMap(new LinkedHashMap<>(marks));
    }

    /** The data as it is in the dossier; empty when the energy map has not been used on it yet. */
    public static EnergyData of(Dossier d) {
        return DATA.read(d);
    }

    public Optional<Theme> theme(String themeId) {
        return themes.stream().filter(t -> t.id().equals(themeId)).findFirst();
    }

    /** What a participant marked for a theme; empty when nothing, or something this version cannot read. */
    public Optional<Involvement> mark(String participantId, String themeId) {
        return Optional.ofNullable(marks.getOrDefault(participantId, Map.of()).get(themeId));
    }

    // ---- edits: each made from the data as it is when applied, so it never undoes a change made in between

    /** Adds a theme at the end. */
    public static Edit addTheme(String name) {
        String id = Ids.next(); // made once, so redo brings back the same theme
        return DATA.update(e -> e.withThemes(append(e.themes, new Theme(id, name))));
    }

    public static Edit renameTheme(String themeId, String name) {
        return DATA.update(e -> e.requireTheme(themeId)
                .withThemes(e.themes.stream().map(t -> t.id().equals(themeId) ? new Theme(themeId, name) : t).toList()));
    }

    /** Removes a theme and every mark made for it. */
    public static Edit removeTheme(String themeId) {
        return DATA.update(e -> {
            e.requireTheme(themeId);
            Map<String, Map<String, Involvement>> marks = new LinkedHashMap<>(e.marks);
            e.marks.forEach((person, theirs) -> {
                if (theirs.containsKey(themeId)) {
                    marks.compute(person, (p, m) -> without(m, themeId));
                }
            });
            return new EnergyData(e.themes.stream().filter(t -> !t.id().equals(themeId)).toList(), marks);
        });
    }

    /** Marks how far a participant wants to be involved in a theme; null clears the mark. */
    public static Edit mark(String participantId, String themeId, Involvement involvement) {
        return DATA.update(e -> {
            e.requireTheme(themeId);
            Map<String, Involvement> theirs = new LinkedHashMap<>(e.marks.getOrDefault(participantId, Map.of()));
            if (involvement == null) {
                theirs.remove(themeId);
            } else {
                theirs.put(themeId, involvement);
            }
            Map<String, Map<String, Involvement>> marks = new LinkedHashMap<>(e.marks);
            marks.compute(participantId, (p, m) -> theirs.isEmpty() ? null : theirs);
            return new EnergyData(e.themes, marks);
        });
    }

    /** An edit for a theme that was just removed (a click in a screen that is behind) is refused. */
    private EnergyData requireTheme(String themeId) {
        if (theme(themeId).isEmpty()) {
            throw new IllegalArgumentException("no theme " + themeId);
        }
        return this;
    }

    private EnergyData withThemes(List<Theme> next) {
        return new EnergyData(next, marks);
    }

    /** A participant's marks without one theme; null (no entry) when none are left. */
    private static Map<String, Involvement> without(Map<String, Involvement> marks, String themeId) {
        Map<String, Involvement> kept = new LinkedHashMap<>(marks);
        kept.remove(themeId);
        return kept.isEmpty() ? null : kept;
    }

    private static <T> List<T> append(List<T> list, T item) {
        List<T> out = new ArrayList<>(list);
        out.add(item);
        return out;
    }
}
