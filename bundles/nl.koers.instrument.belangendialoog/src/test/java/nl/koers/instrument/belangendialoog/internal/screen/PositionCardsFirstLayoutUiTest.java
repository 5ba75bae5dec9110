package nl.koers.instrument.belangendialoog.internal.screen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Display;
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
        try (PlacedChecks checks = new PlacedChecks(display);
                FreshStep positions = new FreshStep(Dossiers.table(20), 5, () -> {
                })) {
            Map<Button, Integer> placed = checks.placed;
            positions.robot().spin();
            assertEquals(5, placed.size(), "the first partner's five interests under its position: " + placed);
            assertTrue(placed.values().stream().allMatch(n -> n == 1), "each placed once: " + placed.values());
            assertTrue(placed.keySet().stream().allMatch(b -> b.getSize().x > 0 && b.getSize().y > 0),
                    "each placed on screen");
        }
    }
}
