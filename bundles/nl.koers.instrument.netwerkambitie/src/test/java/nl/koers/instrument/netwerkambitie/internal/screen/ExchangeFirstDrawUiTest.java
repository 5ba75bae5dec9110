package nl.koers.instrument.netwerkambitie.internal.screen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;

import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

import nl.koers.domain.Partner;
import nl.koers.instrument.api.swt.testing.LayoutCount;
import nl.koers.instrument.api.swt.testing.Robot;
import nl.koers.instrument.api.swt.testing.StepWindow;
import nl.koers.instrument.netwerkambitie.internal.Dossiers;

/**
 * The exchange at 200 partners, in a real window: every line of a page of cards drawn for the first time is sized
 * once, and the matches come a page at a time. Each card holds some forty wrapping lines; every extra pass over a page
 * measured them all again, and the window waited 15 to 29 seconds for the first page.
 */
class ExchangeFirstDrawUiTest {
    private static final int PARTNERS = 200;

    @AutoClose
    private StepWindow window;

    @Test
    void aNewPageOfCardsSizesEachLineOnce() {
        Robot robot = openTheExchange();
        ScrolledComposite scrolled = robot.find("exchange.cards");
        Composite row = (Composite) scrolled.getContent();
        LayoutCount passes = LayoutCount.under(window.page(2));

        robot.click("cards.next");

        Partner first = window.session().dossier().partners().get(ExchangeStep.CARDS);
        assertEquals(1, robot.all("exchange.card." + first.id()).size(), "the next page is shown");
        assertEquals(1, passes.mostSizings(row), "every line of the new cards is sized once");
        // the page once, then once for each turn that puts a few lines on a card (ExchangeInSlicesUiTest), each
        // time from the sizes the row cached for the other cards: not once a line
        int turns = 0;
        for (Control card : row.getChildren()) {
            int lines = CardLabels.lines((Composite) card).size();
            turns += (lines + ExchangeStep.LINES_AT_ONCE - 1) / ExchangeStep.LINES_AT_ONCE;
        }
        assertTrue(passes.of(row) <= 3 + 2 * turns, "the row of cards measured and laid out: " + passes.of(row)
                + " in " + turns + " turns");
    }

    @Test
    void theMatchesComeAPageAtATimeAndTheBarReachesTheOthers() {
        Robot robot = openTheExchange();
        robot.spin();
        int rows = ExchangeMatches.ROWS;
        assertEquals(1, robot.all("match." + (rows - 1)).size(), "a full page of matches");
        assertTrue(robot.all("match." + rows).isEmpty(), "and no more");

        robot.click("matches.next");

        assertEquals(1, robot.all("match." + rows).size(), "the next page goes on where the first ended");
        assertTrue(robot.all("match.0").isEmpty());
    }

    private Robot openTheExchange() {
        window = StepWindow.open(new NetwerkambitieScreens(), 4, Ui.PREFIX, Dossiers.many(PARTNERS),
                Locale.of("nl"), false);
        window.show(2);
        return window.robot();
    }
}
