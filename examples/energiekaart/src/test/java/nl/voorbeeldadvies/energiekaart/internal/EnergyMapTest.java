package nl.voorbeeldadvies.energiekaart.internal;

import static nl.voorbeeldadvies.energiekaart.internal.Involvement.CO_DECIDE;
import static nl.voorbeeldadvies.energiekaart.internal.Involvement.KNOW;
import static nl.voorbeeldadvies.energiekaart.internal.Involvement.TAKE_PART;
import static nl.voorbeeldadvies.energiekaart.internal.Involvement.THINK_ALONG;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import nl.koers.domain.Dossier;
import nl.koers.domain.edit.Edits;
import nl.voorbeeldadvies.energiekaart.internal.EnergyMap.ThemeEnergy;

class EnergyMapTest {

    private static ThemeEnergy row(EnergyMap map, String name) {
        return map.themes().stream().filter(t -> t.theme().name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void countsEveryLevelPerTheme() {
        EnergyMap map = EnergyMap.of(Tables.marked());
        ThemeEnergy werk = row(map, "Werkplekken");
        assertEquals(List.of(1, 1, 1, 1), List.of(werk.count(KNOW), werk.count(THINK_ALONG), werk.count(TAKE_PART),
                werk.count(CO_DECIDE)));
        ThemeEnergy taal = row(map, "Taal");
        assertEquals(List.of(1, 2, 0, 0), List.of(taal.count(KNOW), taal.count(THINK_ALONG), taal.count(TAKE_PART),
                taal.count(CO_DECIDE)));
        assertEquals(2, map.highest());
        assertEquals(4, map.participants().size());
    }

    @Test
    void thoseWhoTakePartOrCoDecidePullATheme() {
        EnergyMap map = EnergyMap.of(Tables.marked());
        assertEquals(List.of("Marieke van Doorn", "Peter Janssen"),
                row(map, "Werkplekken").pullers().stream().map(Participant::name).toList());
        assertEquals("p-werkgevers", row(map, "Werkplekken").pullers().get(1).partnerId());
        assertEquals(List.of("Ruud Hendriks"), row(map, "Taal").unmarked().stream().map(Participant::name).toList());
        assertTrue(row(map, "Werkplekken").hasEnergy());
        assertFalse(row(map, "Taal").hasEnergy(), "thinking along is not pulling");
    }

    @Test
    void themesWithoutEnergyAreThoseNobodyPullsMarkedOrNot() {
        EnergyMap map = EnergyMap.of(Tables.marked());
        assertEquals(List.of("Taal", "Vervoer"), map.withoutEnergy().stream().map(Theme::name).toList());
        assertEquals("Werkplekken", map.byEnergy().get(0).theme().name());
    }

    @Test
    void someoneWhoLeftTheTableNoLongerCounts() {
        Dossier d = Edits.removeRepresentative("p-werkgevers", "r-peter").applyTo(Tables.marked());
        EnergyMap map = EnergyMap.of(d);
        assertEquals(0, row(map, "Werkplekken").count(TAKE_PART));
        assertEquals(List.of("Marieke van Doorn"),
                row(map, "Werkplekken").pullers().stream().map(Participant::name).toList());
        assertEquals(3, map.participants().size());
    }

    @Test
    void aDossierWithoutThemesHasAnEmptyMap() {
        EnergyMap map = EnergyMap.of(Tables.fourPeople());
        assertTrue(map.themes().isEmpty());
        assertTrue(map.withoutEnergy().isEmpty());
        assertEquals(0, map.highest());
    }

    @Test
    void theHeatDeepensWithTheCountAndPullingGlowsWarm() {
        assertEquals(List.of(255, 255, 255), List.of(box(Heat.rgb(TAKE_PART, 0, 4))));
        int[] one = Heat.rgb(TAKE_PART, 1, 4);
        int[] four = Heat.rgb(TAKE_PART, 4, 4);
        assertTrue(four[1] < one[1] && one[1] < 255, "deeper with more people");
        assertTrue(four[0] > four[2], "taking part is warm");
        int[] cool = Heat.rgb(THINK_ALONG, 4, 4);
        assertTrue(cool[2] > cool[0], "thinking along is cool");
        assertTrue(Heat.dark(four));
        assertFalse(Heat.dark(one));
    }

    private static Integer[] box(int[] rgb) {
        return new Integer[] {rgb[0], rgb[1], rgb[2]};
    }
}
