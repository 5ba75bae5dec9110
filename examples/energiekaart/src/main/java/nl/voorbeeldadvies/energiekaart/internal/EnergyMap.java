package nl.voorbeeldadvies.energiekaart.internal;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import nl.koers.domain.Dossier;

/**
 * Where the energy is: per theme how many participants want to know, think along, take part or co-decide, who
 * will pull it, and which themes nobody will pull. Marks of people who have left the table do not count.
 *
 * @param themes per theme, in the order of the themes
 * @param participants everyone at the table
 */
public record EnergyMap(List<ThemeEnergy> themes, List<Participant> participants) {

    /** One theme's row of the map. */
    public record ThemeEnergy(Theme theme, Map<Involvement, Integer> counts, List<Participant> pullers,
            List<Participant> unmarked) {
        public ThemeEnergy {
            counts = Map.copyOf(counts);
            pullers = List.copyOf(pullers);
            unmarked = List.copyOf(unmarked);
        }

        public int count(Involvement involvement) {
            return counts.getOrDefault(involvement, 0);
        }

        /** Whether someone will take part or co-decide: without them a theme stays talk. */
        public boolean hasEnergy() {
            return !pullers.isEmpty();
        }
    }

    public static EnergyMap of(Dossier dossier) {
        EnergyData data = EnergyData.of(dossier);
        List<Participant> people = Participant.of(dossier);
        List<ThemeEnergy> rows = new ArrayList<>();
        for (Theme theme : data.themes()) {
            Map<Involvement, Integer> counts = new EnumMap<>(Involvement.class);
            List<Participant> pullers = new ArrayList<>();
            List<Participant> unmarked = new ArrayList<>();
            for (Participant p : people) {
                var mark = data.mark(p.id(), theme.id());
                if (mark.isEmpty()) {
                    unmarked.add(p);
                    continue;
                }
                counts.merge(mark.get(), 1, Integer::sum);
                if (mark.get().pulls()) {
                    pullers.add(p);
                }
            }
            rows.add(new ThemeEnergy(theme, counts, pullers, unmarked));
        }
        return new EnergyMap(List.copyOf(rows), people);
    }

    /** The themes nobody will take part in or co-decide on. */
    public List<Theme> withoutEnergy() {
        return themes.stream().filter(t -> !t.hasEnergy()).map(ThemeEnergy::theme).toList();
    }

    /** The highest count in any cell: the map's colours are relative to it. */
    public int highest() {
        int max = 0;
        for (ThemeEnergy t : themes) {
            for (Involvement i : Involvement.values()) {
                max = Math.max(max, t.count(i));
            }
        }
        return max;
    }

    /** The themes from the most pullers to the fewest; equal ones keep their order. */
    public List<ThemeEnergy> byEnergy() {
        List<ThemeEnergy> sorted = new ArrayList<>(themes);
        sorted.sort((a, b) -> Integer.compare(b.pullers().size(), a.pullers().size()));
        return List.copyOf(sorted);
    }
}
