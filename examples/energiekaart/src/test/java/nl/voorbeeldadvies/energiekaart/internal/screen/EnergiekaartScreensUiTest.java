package nl.voorbeeldadvies.energiekaart.internal.screen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

import nl.koers.domain.Dossier;
import nl.koers.document.DocumentView;
import nl.koers.instrument.api.swt.InstrumentScreens;
import nl.koers.instrument.api.swt.testing.Robot;
import nl.koers.instrument.api.swt.testing.StepWindow;
import nl.voorbeeldadvies.energiekaart.internal.EnergyData;
import nl.voorbeeldadvies.energiekaart.internal.Involvement;
import nl.voorbeeldadvies.energiekaart.internal.Tables;
import nl.voorbeeldadvies.energiekaart.internal.Theme;

/**
 * Walks the three steps in a real SWT window (Xvfb in CI) with Koers's test kit: a real dossier session behind a
 * work context, and a robot that works the widgets by their ids. Without a display these tests fail, never skip.
 */
class EnergiekaartScreensUiTest {
    private static final Locale NL = Locale.of("nl");

    @AutoClose
    private StepWindow window;
    private DocumentView session;
    private Robot robot;

    private void open(Dossier start, Locale locale, boolean projector) {
        InstrumentScreens screens = new EnergiekaartScreens();
        assertEquals("energiekaart", screens.instrumentId());
        window = StepWindow.open(screens, EnergiekaartScreens.STEPS, Ui.PREFIX, start, locale, projector,
                new Point(1300, 850));
        session = window.session();
        robot = window.robot();
        assertThrows(IllegalArgumentException.class,
                () -> screens.createStep(3, new Composite(window.shell(), 0), window.context()));
    }

    private List<Theme> themes() {
        return EnergyData.of(session.dossier()).themes();
    }

    private String themeId(String name) {
        return Tables.theme(session.dossier(), name);
    }

    private String text(String id) {
        return ((Label) robot.find(id)).getText().replace("&&", "&");
    }

    @Test
    void fromThemesThroughMarksToWhereTheEnergyIs() {
        open(Tables.fourPeople(), NL, false);

        // ---- step 1: themes are added with Enter or the button, renamed where they stand
        robot.enter("theme.new", "Werkplekken");
        robot.fill("theme.new", "Taal op de werkvloer");
        robot.click("theme.add");
        assertEquals(List.of("Werkplekken", "Taal op de werkvloer"), themes().stream().map(Theme::name).toList());
        assertEquals("", ((Text) robot.find("theme.new")).getText(), "ready for the next theme");
        String werk = themeId("Werkplekken");
        String taal = themeId("Taal op de werkvloer");
        robot.type("theme." + taal + ".name", "Taal");
        assertEquals("Taal", EnergyData.of(session.dossier()).theme(taal).orElseThrow().name());

        // ---- step 2: everyone marks the themes, partner by partner
        window.show(1);
        Combo marieke = robot.find("mark.r-marieke." + werk);
        robot.choose("mark.r-marieke." + werk, 4);
        robot.choose("mark.r-peter." + werk, 3);
        robot.choose("mark.r-anouk." + taal, 2);
        robot.choose("mark.r-ruud." + taal, 1);
        EnergyData data = EnergyData.of(session.dossier());
        assertEquals(Optional.of(Involvement.CO_DECIDE), data.mark("r-marieke", werk));
        assertEquals(Optional.of(Involvement.TAKE_PART), data.mark("r-peter", werk));
        assertEquals(Optional.of(Involvement.THINK_ALONG), data.mark("r-anouk", taal));
        assertSame(marieke, robot.find("mark.r-marieke." + werk), "a mark moves a choice, the grid stays");
        assertEquals("meebeslissen", marieke.getText());

        // ---- step 3: the map
        window.show(2);
        assertEquals("1", text("map." + werk + ".CO_DECIDE"));
        assertEquals("1", text("map." + werk + ".TAKE_PART"));
        assertEquals("0", text("map." + werk + ".KNOW"));
        assertEquals("1", text("map." + taal + ".THINK_ALONG"));
        assertEquals("Marieke van Doorn (Gemeente Waalstede) en Peter Janssen (Ondernemers Waal & Linge)",
                text("map." + werk + ".pullers"));
        assertEquals("niemand", text("map." + taal + ".pullers"));
        assertEquals("Taal", text("map.noEnergy"));
        Label hot = robot.find("map." + werk + ".CO_DECIDE");
        Label cold = robot.find("map." + werk + ".KNOW");
        assertTrue(hot.getBackground().getGreen() < cold.getBackground().getGreen(), "energy shows warm");

        // undo takes Peter's mark back, and the map follows
        session.undo();
        session.undo();
        session.undo();
        robot.spin();
        assertEquals("Marieke van Doorn (Gemeente Waalstede)", text("map." + werk + ".pullers"));

        // Anouk now wants to co-decide on Taal: every theme has energy
        window.show(1);
        assertEquals("—", ((Combo) robot.find("mark.r-peter." + werk)).getText(), "the undone mark is gone");
        robot.choose("mark.r-anouk." + taal, 4);
        window.show(2);
        assertEquals("Elk thema heeft iemand die wil meedoen of meebeslissen.", text("map.noEnergy"));

        // ---- a theme removed in step 1 leaves the grid and the map
        window.show(0);
        robot.click("theme." + werk + ".remove");
        assertEquals(List.of("Taal"), themes().stream().map(Theme::name).toList());
        window.show(1);
        assertTrue(robot.all("mark.r-marieke." + werk).isEmpty());
        window.show(2);
        assertTrue(robot.all("map." + werk + ".KNOW").isEmpty());
        assertEquals(List.of(), robot.missingTexts());
    }

    @Test
    void inEnglishAndOnTheProjectorEveryTextIsThere() {
        Dossier d = Tables.after(Tables.fourPeople(), EnergyData.addTheme("Jobs"), EnergyData.addTheme("Transport"));
        open(d, Locale.ENGLISH, true);
        for (int step = 0; step < EnergiekaartScreens.STEPS; step++) {
            window.show(step);
        }
        assertEquals(List.of(), robot.missingTexts());
        assertEquals("think along", ((Combo) robot.find("mark.r-ruud." + Tables.theme(d, "Jobs"))).getItem(2));
        assertEquals("Jobs and Transport", text("map.noEnergy"));
    }

    @Test
    void withNobodyAtTheTableTheMarksStepSaysWhatToDo() {
        open(Dossier.titled("Leeg"), NL, false);
        robot.enter("theme.new", "Werkplekken");
        window.show(1);
        assertTrue(text("marks.empty").startsWith("Er zitten nog geen mensen aan tafel"));
        assertTrue(robot.find("marks.empty").isVisible());
        window.show(2);
        assertEquals("Werkplekken", text("map.noEnergy"));
    }
}
