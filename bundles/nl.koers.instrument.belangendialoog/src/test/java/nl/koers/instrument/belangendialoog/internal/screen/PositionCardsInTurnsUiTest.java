package nl.koers.instrument.belangendialoog.internal.screen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.junit.jupiter.api.Test;

import nl.koers.domain.Dossier;
import nl.koers.domain.Interest;
import nl.koers.domain.Partner;
import nl.koers.domain.Position;
import nl.koers.instrument.api.swt.testing.Robot;
import nl.koers.instrument.belangendialoog.internal.Dossiers;

/**
 * The positions step with partners of five positions (as the benchmark's dossiers have): the click makes the first
 * card, the display's queue the others one at a time, so no one go makes five cards of check boxes and choices.
 * When the queue is done every card is there, one below the other, each of its check boxes placed once (the first
 * card's twice: the cards below bring the scroll bar): a card made in a later turn is laid out by itself, not with
 * the cards above it again. Choosing another partner starts again from its first card.
 */
class PositionCardsInTurnsUiTest {
    private static final int POSITIONS = 5;

    @Test
    void aPartnersCardsComeOneATime() {
        Display display = Display.getDefault();
        try (PlacedChecks checks = new PlacedChecks(display); FreshStep step = new FreshStep(table(), 5, () -> {
        })) {
            Map<Button, Integer> placed = checks.placed;
            assertEquals(1, cards(step, "t0").size(), "cards made in the click");
            assertEquals(1, mostInOneGo(step, "t0"), "cards made in one turn");
            List<Control> all = cards(step, "t0");
            assertEquals(POSITIONS, all.size(), "every card in the end");
            oneBelowTheOther(all);
            int boxes = POSITIONS * table().partners().get(0).interests().size();
            assertEquals(boxes, placed.size(), "a check box per interest on every card: " + placed.size());
            // the first card, made in the click, is placed again once when the cards below bring the scroll bar
            placed.forEach((b, n) -> assertTrue(n <= (((String) b.getData(Ui.ID)).contains("-pos-0.") ? 2 : 1),
                    b.getData(Ui.ID) + " placed " + n + " times"));

            org.eclipse.swt.widgets.List partners = step.robot().find("partner");
            partners.select(1);
            partners.notifyListeners(SWT.Selection, new Event());
            assertEquals(1, cards(step, "t1").size(), "another partner's cards made in the click");
            assertEquals(1, mostInOneGo(step, "t1"), "another partner's cards made in one turn");
            assertEquals(POSITIONS, cards(step, "t1").size());
            assertEquals(0, cards(step, "t0").size(), "the first partner's cards gone");
        }
    }

    /** Runs the display one event at a time until the step is idle; {@return the most cards made in one event} */
    private static int mostInOneGo(FreshStep step, String partnerId) {
        int made = cards(step, partnerId).size();
        int most = 0;
        long end = System.currentTimeMillis() + 20_000;
        while (System.currentTimeMillis() < end && (step.display.readAndDispatch() || !step.context.idle())) {
            int now = cards(step, partnerId).size();
            most = Math.max(most, now - made);
            made = now;
        }
        return most;
    }

    private static void oneBelowTheOther(List<Control> cards) {
        List<Control> inOrder = cards.stream().sorted(Comparator.comparingInt(c -> c.toDisplay(0, 0).y)).toList();
        for (int i = 1; i < inOrder.size(); i++) {
            Control above = inOrder.get(i - 1).getParent().getParent();
            Control below = inOrder.get(i).getParent().getParent();
            assertTrue(below.getSize().y > 0 && below.toDisplay(0, 0).y >= above.toDisplay(0, above.getSize().y).y,
                    "laid out one below the other: " + above.getBounds() + " " + below.getBounds());
        }
    }

    /** {@return the position fields of the partner's cards, one a card} */
    private static List<Control> cards(FreshStep step, String partnerId) {
        Pattern id = Pattern.compile(Pattern.quote(Ui.PREFIX + "position." + partnerId + "-pos-") + "\\d+\\.text");
        return Robot.widgets(step.page).stream().filter(c -> !c.isDisposed() && c.getData(Ui.ID) instanceof String s
                && id.matcher(s).matches()).toList();
    }

    /** The large table, its first two partners with five positions of three whys, each ending in an interest. */
    private static Dossier table() {
        Dossier d = Dossiers.table(12);
        List<Partner> partners = new ArrayList<>(d.partners());
        for (int p = 0; p < 2; p++) {
            Partner partner = partners.get(p);
            List<Position> positions = new ArrayList<>();
            Interest first = partner.interests().get(0);
            for (int k = 0; k < POSITIONS; k++) {
                positions.add(new Position(partner.id() + "-pos-" + k, "Standpunt " + (k + 1),
                        List.of("Omdat " + k, "Want " + k, "Dus " + k), List.of(first.id())));
            }
            partners.set(p, partner.withPositions(positions));
        }
        return d.withPartners(partners);
    }
}
