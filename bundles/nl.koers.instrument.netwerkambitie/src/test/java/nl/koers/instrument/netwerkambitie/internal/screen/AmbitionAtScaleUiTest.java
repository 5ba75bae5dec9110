package nl.koers.instrument.netwerkambitie.internal.screen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

import nl.koers.domain.Ambition;
import nl.koers.domain.AmbitionVersion;
import nl.koers.domain.Dossier;
import nl.koers.domain.Partner;
import nl.koers.domain.edit.Edits;
import nl.koers.instrument.api.swt.testing.Robot;
import nl.koers.instrument.api.swt.testing.StepWindow;
import nl.koers.instrument.netwerkambitie.internal.Dossiers;

/**
 * The shared ambition at 200 partners, in a real window: the endorsements show a page of partners at a time, every
 * partner a page turn away, and an edit keeps the rows. What is asserted is the structure, not a time: 200 rows,
 * each measuring every partner's name, were what the window waited for on every edit.
 */
class AmbitionAtScaleUiTest {
    private static final int PARTNERS = 200;

    @AutoClose
    private StepWindow window;
    private Robot robot;

    @Test
    void theEndorsementsAreAPageOfPartnersAndEveryPartnerIsAPageTurnAway() {
        Dossier d = Dossiers.many(PARTNERS).withAmbition(new Ambition(List.of(new AmbitionVersion("v1", 1,
                LocalDate.of(2026, 9, 15), "Elke jongere een plek", "", List.of(), Map.of()))));
        window = StepWindow.open(new NetwerkambitieScreens(), 4, Ui.PREFIX, d, Locale.of("nl"), false);
        robot = window.robot();
        window.show(3);
        robot.spin();
        List<Partner> partners = window.session().dossier().partners();
        assertEquals(AmbitionStep.PAGE, rows(partners), "one page of endorsements is made, not 200");
        Label where = robot.find("endorse.pager.page");
        assertEquals("1\u2013" + AmbitionStep.PAGE + " van " + PARTNERS, where.getText());
        Control first = robot.find("endorse." + partners.get(0).id() + ".remark");

        window.document().apply(Edits.updatePartner(partners.get(1).withName("Hernoemd Bedrijf"))).join();
        robot.spin();
        assertFalse(first.isDisposed(), "an edit keeps the rows");

        // a page turn makes the first rows in its click and the others in the dispatches after it
        Button next = robot.find("endorse.pager.next");
        next.notifyListeners(SWT.Selection, new Event());
        List<Partner> second = partners.subList(AmbitionStep.PAGE, 2 * AmbitionStep.PAGE);
        assertEquals(AmbitionStep.ROWS_AT_ONCE, rows(second), "the click makes the first rows only");
        assertEquals(AmbitionStep.ROWS_AT_ONCE, rows(partners), "the first page's rows are gone");
        robot.spin();
        assertEquals(AmbitionStep.PAGE, rows(second), "the dispatches after it make the rest");
        assertTrue(robot.find("endorse." + second.get(AmbitionStep.PAGE - 1).id() + ".remark").getSize().y > 0,
                "the last row laid out");

        for (int page = 2; page < PARTNERS / AmbitionStep.PAGE; page++) {
            robot.click("endorse.pager.next");
        }
        assertEquals("181\u2013200 van 200", where.getText());
        assertTrue(robot.all("endorse." + partners.get(0).id() + ".remark").isEmpty());
        assertEquals(1, robot.all("endorse." + partners.get(PARTNERS - 1).id() + ".remark").size(),
                "the last partner is reached");
        assertEquals(AmbitionStep.PAGE, rows(partners));
    }

    /** How many partners have an endorsement row on screen. */
    private int rows(List<Partner> partners) {
        return (int) partners.stream().filter(p -> !robot.all("endorse." + p.id() + ".remark").isEmpty()).count();
    }
}
