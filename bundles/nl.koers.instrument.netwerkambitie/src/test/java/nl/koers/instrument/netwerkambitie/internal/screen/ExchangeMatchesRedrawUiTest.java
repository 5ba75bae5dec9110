package nl.koers.instrument.netwerkambitie.internal.screen;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

import nl.koers.instrument.api.swt.testing.LayoutCount;
import nl.koers.instrument.api.swt.testing.Robot;
import nl.koers.instrument.api.swt.testing.StepWindow;
import nl.koers.instrument.netwerkambitie.internal.Dossiers;

/**
 * The exchange's matches at 200 partners, in a real window: drawn again (another page), they lay out the list and
 * the page bar, not the whole panel, and a few rows at a time.
 */
class ExchangeMatchesRedrawUiTest {
    private static final int PARTNERS = 200;

    @AutoClose
    private StepWindow window;

    @Test
    void anotherPageOfMatchesLeavesTheChoicesAboveAsTheyWere() {
        Robot robot = openTheExchange();
        Composite choices = ((Control) robot.find("matches.all")).getParent();
        LayoutCount passes = LayoutCount.under(window.page(2));

        robot.click("matches.next");

        assertEquals(1, robot.all("match." + ExchangeMatches.ROWS).size(), "the next page is drawn");
        // before, the whole panel was measured and laid out again: the choices with it
        assertEquals(0, passes.of(choices), "the choices above the matches measured or laid out again");
    }

    @Test
    void anotherPageDrawsAFewRowsInTheClickAndTheRestInTheTurnsAfterIt() {
        Robot robot = openTheExchange();
        Button next = robot.find("matches.next");

        // the click's own work, before the display runs what it queued
        next.notifyListeners(SWT.Selection, new Event());
        int inTheClick = rowsOfTheSecondPage(robot);
        robot.spin();

        assertEquals(ExchangeMatches.ROWS, rowsOfTheSecondPage(robot), "the whole page once the turns are done");
        // before, the whole page of 20 (about half a second of the window's time on a loaded machine)
        assertEquals(ExchangeMatches.ROWS_A_TURN, inTheClick, "rows drawn in the click");
    }

    private static int rowsOfTheSecondPage(Robot robot) {
        int n = 0;
        for (int i = ExchangeMatches.ROWS; i < 2 * ExchangeMatches.ROWS; i++) {
            n += robot.all("match." + i).size();
        }
        return n;
    }

    private Robot openTheExchange() {
        window = StepWindow.open(new NetwerkambitieScreens(), 4, Ui.PREFIX, Dossiers.many(PARTNERS),
                Locale.of("nl"), false);
        window.show(2);
        Robot robot = window.robot();
        robot.spin();
        return robot;
    }
}
