package nl.koers.instrument.belangendialoog.internal.screen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Comparator;
import java.util.List;

import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import nl.koers.instrument.api.swt.testing.Robot;
import nl.koers.instrument.belangendialoog.internal.Dossiers;

/**
 * The steps with a block per partner, at 200 partners, as Volgende shows them: the first block is made at once, the
 * rest of the page one block at a time from the display's queue, so no one go makes and lays out more than one
 * block of fields and choices (three at a time held the window up to a second on a loaded machine). When the queue
 * is done the page is whole and laid out, one block below the other.
 */
class SlicedPageUiTest {
    private FreshStep step;

    @AfterEach
    void close() {
        step.close();
    }

    @Test
    void theInterestsOfALevelComeAFewPartnersAtATime() {
        walk(2, "level\\.INDIVIDUAL\\.t\\d+\\.name");
    }

    @Test
    void thePeopleAndTheirLensesComeAFewPartnersAtATime() {
        walk(1, "person\\.t\\d+\\.new");
    }

    /** Builds the step as the instrument tab does, then runs the display one event at a time, counting blocks. */
    private void walk(int index, String blockId) {
        step = new FreshStep(Dossiers.table(200), index, () -> {
        });
        Display display = step.display;
        int made = blocks(blockId).size();
        assertEquals(1, made, "made at once");
        int mostInOneGo = made;
        long end = System.currentTimeMillis() + 20_000;
        while (System.currentTimeMillis() < end && (display.readAndDispatch() || !step.context.idle())) {
            int now = blocks(blockId).size();
            mostInOneGo = Math.max(mostInOneGo, now - made);
            made = now;
        }
        assertEquals(LevelStep.PAGE, made, "the whole page in the end");
        assertEquals(1, mostInOneGo, "made in one go");
        List<Control> inOrder = blocks(blockId).stream().sorted(Comparator.comparingInt(c -> c.toDisplay(0, 0).y))
                .toList();
        for (int i = 1; i < inOrder.size(); i++) {
            Control above = inOrder.get(i - 1);
            Control below = inOrder.get(i);
            assertTrue(below.getSize().y > 0 && below.toDisplay(0, 0).y >= above.toDisplay(0, above.getSize().y).y,
                    "laid out one below the other: " + above.getBounds() + " " + below.getBounds());
        }
    }

    private List<Control> blocks(String id) {
        return Robot.widgets(step.page).stream().filter(c -> !c.isDisposed() && c.getData(Ui.ID) instanceof String s
                && s.matches(java.util.regex.Pattern.quote(Ui.PREFIX) + id))
                .toList();
    }
}
