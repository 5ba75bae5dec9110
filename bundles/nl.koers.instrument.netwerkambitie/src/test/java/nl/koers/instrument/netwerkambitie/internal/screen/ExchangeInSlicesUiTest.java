package nl.koers.instrument.netwerkambitie.internal.screen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Listener;
import org.eclipse.swt.widgets.Widget;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

import nl.koers.domain.Partner;
import nl.koers.domain.edit.Edits;
import nl.koers.instrument.api.swt.testing.ClickWindow;
import nl.koers.instrument.api.swt.testing.Robot;
import nl.koers.instrument.netwerkambitie.internal.Dossiers;

/**
 * The exchange built by a click, as the workbench builds a step the first time it is shown: the click makes the
 * page of cards empty and lays it out; each card's lines come in a turn of the event loop of their own. A page of
 * eight cards (some forty wrapping lines each) made and measured in the click froze the window for most of a
 * second.
 */
class ExchangeInSlicesUiTest {
    private final @AutoClose ClickWindow window = ClickWindow.open(Dossiers.many(12), Locale.of("nl"), false,
            new Point(1280, 960));

    @Test
    void theClickMakesNoLinesOfCardsAndTheTurnsAfterItMakeThemAll() {
        Robot robot = robot();

        // Volgende: the step built and laid out in one go, before the display runs anything else
        Composite row = buildTheExchange(robot);
        int inTheClick = labels(row).size();

        // then a few lines of one card per dispatch: a whole card in one held the window a fifth of a second
        int most = 0;
        int before = inTheClick;
        for (int i = 0; i < 10_000 && window.shell().getDisplay().readAndDispatch(); i++) {
            int now = labels(row).size();
            most = Math.max(most, now - before);
            before = now;
        }
        robot.spin();
        assertTrue(most <= ExchangeStep.LINES_AT_ONCE, "lines of cards made in one dispatch: " + most);
        List<Partner> shown = window.session().dossier().partners().subList(0, ExchangeStep.CARDS);
        for (Partner p : shown) {
            assertEquals(1, robot.all("exchange.card." + p.id() + ".name").size(), "the card of " + p.id());
            assertEquals(1, robot.all("exchange.balance." + p.id()).size(), "its sums, the card's last line");
        }
        assertTrue(labels(row).size() >= ExchangeStep.CARDS * 15, "every card has its lines: " + labels(row).size());
        // before, all of them: 8 cards of 19 lines
        assertEquals(0, inTheClick, "lines of cards made in the click");
    }

    /**
     * A card is as high as its own lines, not as the row: a card getting lines leaves the other cards as they are.
     * Stretched to the row's height, every card was sized again whenever the highest grew, and GTK placed all their
     * lines again, a fifth of a second a card at 200 partners.
     */
    @Test
    void aCardIsSizedOnlyWhenItsOwnLinesCome() {
        Robot robot = robot();
        Composite row = buildTheExchange(robot);
        Map<Widget, Integer> sized = new HashMap<>();
        Listener count = e -> sized.merge(e.widget, 1, Integer::sum);
        window.shell().getDisplay().addFilter(SWT.Resize, count);
        try {
            robot.spin();
        } finally {
            window.shell().getDisplay().removeFilter(SWT.Resize, count);
        }

        for (Control card : row.getChildren()) {
            int lines = CardLabels.lines((Composite) card).size();
            int turns = (lines + ExchangeStep.LINES_AT_ONCE - 1) / ExchangeStep.LINES_AT_ONCE;
            assertTrue(sized.getOrDefault(card, 0) <= turns, card.getData(Ui.ID) + " sized "
                    + sized.getOrDefault(card, 0) + " times for " + turns + " turns of its own lines");
        }
    }

    /** A partner renamed while its card gets its lines: the card starts again and ends with the new name only. */
    @Test
    void aCardChangedWhileItIsFilledStartsAgain() {
        Robot robot = robot();
        Composite row = buildTheExchange(robot);
        Partner first = window.session().dossier().partners().get(0);
        Composite card = robot.find("exchange.card." + first.id());
        robot.waitUntil("the first lines of the first card", () -> !CardLabels.lines(card).isEmpty());
        int partly = CardLabels.lines(card).size();
        assertTrue(partly > 0 && partly <= ExchangeStep.LINES_AT_ONCE, "lines on the card so far: " + partly);

        window.session().apply(Edits.updatePartner(first.withName("Hernoemde Partner")));
        robot.spin();

        Label name = robot.find("exchange.card." + first.id() + ".name");
        assertEquals("Hernoemde Partner", name.getText());
        assertEquals(1, robot.all("exchange.card." + first.id() + ".name").size(), "one name on the card");
        Composite other = robot.find("exchange.card." + window.session().dossier().partners().get(1).id());
        assertEquals(CardLabels.lines(other).size(), CardLabels.lines(card).size(),
                "as many lines as a card of the same shape filled once");
        assertTrue(labels(row).stream().noneMatch(l -> l.getText().equals(first.name())), "the old name is gone");
    }

    /**
     * GridLayout measures a wrapping line at its width hint and, when its column is wider or narrower, once more at
     * the column's width: a line hinted at the width it gets is measured once. Before, every line was hinted at 120
     * pixels and measured twice.
     */
    @Test
    void everyLineOfACardIsHintedAtTheWidthItGets() {
        Robot robot = robot();
        Composite row = buildTheExchange(robot);
        robot.spin();

        List<Label> lines = labels(row);
        assertTrue(lines.size() >= ExchangeStep.CARDS * 15);
        for (Label line : lines) {
            assertEquals(line.getSize().x, ((GridData) line.getLayoutData()).widthHint, line.getText());
        }
    }

    private Robot robot() {
        return window.robot(Ui.PREFIX);
    }

    /** Builds the exchange on a page in view and lays it out, as a click on Volgende does; {@return its cards} */
    private Composite buildTheExchange(Robot robot) {
        window.click(new NetwerkambitieScreens(), 2);
        return (Composite) ((ScrolledComposite) robot.find("exchange.cards")).getContent();
    }

    private static List<Label> labels(Composite parent) {
        List<Label> out = new ArrayList<>();
        List<Control> todo = new ArrayList<>(List.of(parent.getChildren()));
        while (!todo.isEmpty()) {
            Control c = todo.remove(todo.size() - 1);
            if (c instanceof Composite composite) {
                todo.addAll(List.of(composite.getChildren()));
            } else if (c instanceof Label label) {
                out.add(label);
            }
        }
        return out;
    }
}
