package nl.koers.instrument.netwerkambitie.internal.screen;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;

import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

import nl.koers.instrument.api.swt.testing.LayoutCount;
import nl.koers.instrument.api.swt.testing.Robot;
import nl.koers.instrument.api.swt.testing.StepWindow;
import nl.koers.instrument.netwerkambitie.internal.Dossiers;

/**
 * The exchange's matches at 200 partners, in a real window: drawn again (another page), they lay out the list and
 * the page bar, not the whole panel.
 */
class ExchangeMatchesRedrawUiTest {
    private static final int PARTNERS = 200;

    @AutoClose
    private StepWindow window;

    @Test
    void anotherPageOfMatchesLeavesTheChoicesAboveAsTheyWere() {
        window = StepWindow.open(new NetwerkambitieScreens(), 4, Ui.PREFIX, Dossiers.many(PARTNERS),
                Locale.of("nl"), false);
        window.show(2);
        Robot robot = window.robot();
        robot.spin();
        Composite choices = ((Control) robot.find("matches.all")).getParent();
        LayoutCount passes = LayoutCount.under(window.page(2));

        robot.click("matches.next");

        assertEquals(1, robot.all("match." + ExchangeMatches.ROWS).size(), "the next page is drawn");
        // before, the whole panel was measured and laid out again: the choices with it
        assertEquals(0, passes.of(choices), "the choices above the matches measured or laid out again");
    }
}
