package nl.koers.domain.analysis;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import nl.koers.domain.Dossier;
import nl.koers.domain.Lens;
import nl.koers.domain.Partner;
import nl.koers.domain.Representative;

/**
 * How the people at the table look at the collaboration: per lens who wears it, and who has no lens noted yet.
 * Every representative of every partner counts once per lens they wear; a person with two lenses counts for
 * both. The lens nobody wears is as telling as the one most wear: its questions will not be asked unless the
 * facilitator asks them.
 *
 * @param wearers per lens, in the order of {@link Lens}, the ids of the representatives who wear it, in
 *        partner order and then in the order of each partner's representatives
 * @param people how many representatives the dossier has
 * @param withoutLens the ids of the representatives without a lens noted
 */
public record LensProfile(Map<Lens, List<String>> wearers, int people, List<String> withoutLens) {
    public LensProfile {
        EnumMap<Lens, List<String>> copy = new EnumMap<>(Lens.class);
        for (Lens l : Lens.values()) {
            copy.put(l, List.copyOf(wearers.getOrDefault(l, List.of())));
        }
        wearers = java.util.Collections.unmodifiableMap(copy);
        withoutLens = List.copyOf(withoutLens);
    }

    /** The profile of everyone at the table. */
    public static LensProfile of(Dossier dossier) {
        Map<Lens, List<String>> wearers = new EnumMap<>(Lens.class);
        for (Lens l : Lens.values()) {
            wearers.put(l, new ArrayList<>());
        }
        List<String> without = new ArrayList<>();
        int people = 0;
        for (Partner p : dossier.partners()) {
            for (Representative r : p.representatives()) {
                people++;
                r.lenses().forEach(l -> wearers.get(l).add(r.id()));
                if (r.lenses().isEmpty()) {
                    without.add(r.id());
                }
            }
        }
        return new LensProfile(wearers, people, without);
    }

    /** How many people wear this lens. */
    public int count(Lens lens) {
        return wearers.get(lens).size();
    }

    /** The lenses nobody at the table wears, in the order of {@link Lens}; empty when there are no people. */
    public List<Lens> nobody() {
        if (people == 0) {
            return List.of();
        }
        return wearers.entrySet().stream().filter(e -> e.getValue().isEmpty()).map(Map.Entry::getKey).toList();
    }

    /** The highest count of any lens (0 when nobody has a lens): the scale of a bar chart. */
    public int most() {
        return wearers.values().stream().mapToInt(List::size).max().orElse(0);
    }
}
