package nl.koers.instrument.belangendialoog.internal.screen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Listener;
import org.junit.jupiter.api.Test;

import nl.koers.instrument.belangendialoog.internal.Dossiers;

/**
 * The positions step as Volgende first shows it: each position card is laid out once, with the step. A card laid
 * itself out as it was made and the step then laid it out again, so every check box of the interests a ladder can
 * end in was measured and placed twice (half the time the step took to appear).
 */
class PositionCardsFirstLayoutUiTest {
    @Test
    void aNewCardIsLaidOutOnceWithTheStep() {
        Display display = Display.getDefault();
        Map<Button, Integer> placed = new HashMap<>();
        Listener resized = e -> {
            if (e.widget instanceof Button b && b.getData(Ui.ID) instanceof String id && id.contains(".ends.")) {
                placed.merge(b, 1, Integer::sum);
            }
        };
        try (FreshStep positions = new FreshStep(Dossiers.table(20), 5, () -> display.addFilter(SWT.Resize,
                resized))) {
            positions.robot().spin();
            assertEquals(5, placed.size(), "the first partner's five interests under its position: " + placed);
            assertTrue(placed.values().stream().allMatch(n -> n == 1), "each placed once: " + placed.values());
            assertTrue(placed.keySet().stream().allMatch(b -> b.getSize().x > 0 && b.getSize().y > 0),
                    "each placed on screen");
        } finally {
            display.removeFilter(SWT.Resize, resized);
        }
    }
}
