package nl.koers.instrument.netwerkambitie.internal.screen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.swt.graphics.Point;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

import nl.koers.domain.Ambition;
import nl.koers.domain.AmbitionVersion;
import nl.koers.domain.Partner;
import nl.koers.instrument.api.swt.testing.ClickWindow;
import nl.koers.instrument.api.swt.testing.Robot;
import nl.koers.instrument.netwerkambitie.internal.Dossiers;

/**
 * The shared ambition built by a click, as the workbench builds a step the first time it is shown: the click makes
 * the round's text and the first endorsements, the dispatches after it the rest of the page; the comparison's tab
 * is made when it is chosen. Before, the click made a page of 20 endorsement rows and the comparison, and held the
 * window for about 0.3 s.
 */
class AmbitionInTurnsUiTest {
    private final @AutoClose ClickWindow window = ClickWindow.open(Dossiers.many(40).withAmbition(new Ambition(
            List.of(new AmbitionVersion("v1", 1, LocalDate.of(2026, 9, 15), "Elke jongere een plek", "", List.of(),
                    Map.of())))), Locale.of("nl"), false, new Point(1280, 960));

    @Test
    void theClickMakesTheFirstEndorsementsAndTheTurnsAfterItThePage() {
        Robot robot = window.robot(Ui.PREFIX);
        window.click(new NetwerkambitieScreens(), 3);
        List<Partner> partners = window.session().dossier().partners();
        assertEquals(AmbitionStep.ROWS_AT_ONCE, rows(robot, partners), "endorsement rows made in the click");
        assertTrue(robot.all("compare").isEmpty(), "the comparison made in the click");

        robot.spin();
        assertEquals(AmbitionStep.PAGE, rows(robot, partners), "the page made in the dispatches after it");
        for (Partner p : partners.subList(0, AmbitionStep.PAGE)) {
            assertTrue(robot.find("endorse." + p.id() + ".recognition").getSize().y > 0, "laid out: " + p.id());
        }
        assertTrue(robot.all("compare").isEmpty(), "the comparison waits until its tab is chosen");
    }

    private static int rows(Robot robot, List<Partner> partners) {
        return (int) partners.stream().filter(p -> !robot.all("endorse." + p.id() + ".remark").isEmpty()).count();
    }
}
