package nl.voorbeeldadvies.energiekaart.internal;

import static nl.voorbeeldadvies.energiekaart.internal.Tables.after;
import static nl.voorbeeldadvies.energiekaart.internal.Tables.theme;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import nl.koers.domain.Dossier;
import nl.koers.domain.edit.DossierSession;

class EnergyDataTest {
    private final Dossier start = Tables.fourPeople();

    @Test
    void themesAreAddedInOrderRenamedAndKeptUnderTheInstrumentsId() {
        Dossier d = after(start, EnergyData.addTheme(" Werkplekken "), EnergyData.addTheme("Taal op de werkvloer"));
        assertEquals(List.of("Werkplekken", "Taal op de werkvloer"),
                EnergyData.of(d).themes().stream().map(Theme::name).toList());
        String id = theme(d, "Werkplekken");
        d = EnergyData.renameTheme(id, "Stageplekken").applyTo(d);
        assertEquals("Stageplekken", EnergyData.of(d).theme(id).orElseThrow().name());
        assertTrue(d.instrumentData().get("energiekaart") instanceof Map<?, ?>, "its own data, under its own id");
    }

    @Test
    void aMarkIsSetChangedAndClearedAndRemovingAThemeTakesItsMarksAlong() {
        Dossier d = after(start, EnergyData.addTheme("Werkplekken"), EnergyData.addTheme("Taal"));
        String werk = theme(d, "Werkplekken");
        String taal = theme(d, "Taal");
        d = after(d, EnergyData.mark("r-anouk", werk, Involvement.THINK_ALONG),
                EnergyData.mark("r-anouk", werk, Involvement.CO_DECIDE), EnergyData.mark("r-anouk", taal, Involvement.KNOW));
        assertEquals(Optional.of(Involvement.CO_DECIDE), EnergyData.of(d).mark("r-anouk", werk));
        d = EnergyData.mark("r-anouk", taal, null).applyTo(d);
        assertEquals(Optional.empty(), EnergyData.of(d).mark("r-anouk", taal));

        d = EnergyData.removeTheme(werk).applyTo(d);
        assertEquals(List.of("Taal"), EnergyData.of(d).themes().stream().map(Theme::name).toList());
        assertEquals(Optional.empty(), EnergyData.of(d).mark("r-anouk", werk));
        assertEquals(null, ((Map<?, ?>) d.instrumentData().get("energiekaart")).get("marks"),
                "no empty leftovers for people without marks");
    }

    @Test
    void aMarkForARemovedThemeIsRefused() {
        Dossier d = EnergyData.addTheme("Werkplekken").applyTo(start);
        String werk = theme(d, "Werkplekken");
        Dossier gone = EnergyData.removeTheme(werk).applyTo(d);
        assertThrows(IllegalArgumentException.class,
                () -> EnergyData.mark("r-anouk", werk, Involvement.KNOW).applyTo(gone));
        assertThrows(IllegalArgumentException.class, () -> EnergyData.renameTheme(werk, "x").applyTo(gone));
    }

    @Test
    void whatANewerVersionWroteIsKeptAndWhatItCannotReadIsSkipped() {
        Dossier d = start.withInstrumentData("energiekaart", Map.of(
                "themes", List.of(Map.of("id", "t1", "name", "Werk", "colour", "red"), "not a theme"),
                "marks", Map.of("r-anouk", Map.of("t1", "LEAD")),
                "layout", Map.of("zoom", 2)));
        assertEquals(List.of(new Theme("t1", "Werk")), EnergyData.of(d).themes());
        assertEquals(Optional.empty(), EnergyData.of(d).mark("r-anouk", "t1"), "a level this version does not know");

        d = after(d, EnergyData.renameTheme("t1", "Werkplekken"), EnergyData.mark("r-peter", "t1", Involvement.TAKE_PART));
        Map<?, ?> data = (Map<?, ?>) d.instrumentData().get("energiekaart");
        assertEquals(Map.of("zoom", 2), data.get("layout"));
        assertEquals("red", ((Map<?, ?>) ((List<?>) data.get("themes")).get(0)).get("colour"));
        assertEquals("LEAD", ((Map<?, ?>) ((Map<?, ?>) data.get("marks")).get("r-anouk")).get("t1"));
    }

    @Test
    void everyChangeIsOneEditThatUndoAndRedoTakeBackAndBringBack() {
        DossierSession session = new DossierSession(start);
        session.apply(EnergyData.addTheme("Werkplekken"));
        String werk = theme(session.dossier(), "Werkplekken");
        session.apply(EnergyData.mark("r-ruud", werk, Involvement.TAKE_PART));
        assertEquals(Optional.of("werk in instrument"),
                session.undoLabel().map(l -> nl.koers.domain.Texts.words(java.util.Locale.of("nl")).get(l)));
        session.undo();
        assertEquals(Optional.empty(), EnergyData.of(session.dossier()).mark("r-ruud", werk));
        session.undo();
        assertTrue(EnergyData.of(session.dossier()).themes().isEmpty());
        assertFalse(session.dossier().instrumentData().containsKey("energiekaart"), "nothing left behind");
        session.redo();
        assertEquals(werk, theme(session.dossier(), "Werkplekken"), "redo brings back the same theme");
    }
}
