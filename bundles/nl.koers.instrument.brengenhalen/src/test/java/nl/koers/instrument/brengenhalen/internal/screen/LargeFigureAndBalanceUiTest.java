package nl.koers.instrument.brengenhalen.internal.screen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

import nl.koers.domain.Category;
import nl.koers.domain.Contribution;
import nl.koers.domain.Dossier;
import nl.koers.domain.Partner;
import nl.koers.domain.edit.Edits;
import nl.koers.instrument.api.swt.testing.LayoutCount;
import nl.koers.instrument.api.swt.testing.Robot;
import nl.koers.instrument.api.swt.testing.StepWindow;
import nl.koers.instrument.brengenhalen.internal.Dossiers;

/**
 * The figure and the balance of a large table, in a real window: a page of partners around the core at a time, with
 * a way to every page (a small table shows everyone at once, without the pager); and an edit redraws the part of the
 * balance it touched, not the rest.
 */
class LargeFigureAndBalanceUiTest {
    @AutoClose
    private StepWindow window;
    private Robot robot;

    private void open(Dossier d) {
        window = StepWindow.open(new BrengenhalenScreens(), BrengenhalenScreens.STEPS, Ui.PREFIX, d, Locale.of("nl"),
                false);
        robot = window.robot();
        window.show(5);
        robot.spin();
    }

    @Test
    void manyPartnersAreShownAPageAtATimeAndEveryPageCanBeReached() {
        open(Dossiers.table(60));
        Label page = robot.find("figure.page");
        assertTrue(page.isVisible());
        assertEquals("Partners 1 tot en met 24 van 60; de afdruk toont ze allemaal", page.getText());
        paint();
        robot.click("figure.next");
        assertEquals("Partners 25 tot en met 48 van 60; de afdruk toont ze allemaal", page.getText());
        robot.click("figure.next");
        robot.click("figure.next");
        assertEquals("Partners 49 tot en met 60 van 60; de afdruk toont ze allemaal", page.getText());
        paint();
        robot.click("figure.previous");
        assertEquals("Partners 25 tot en met 48 van 60; de afdruk toont ze allemaal", page.getText());
    }

    @Test
    void aSmallTableShowsEveryPartnerWithoutPages() {
        open(Dossiers.table(12));
        assertFalse(robot.<Label>find("figure.page").isVisible());
        paint();
    }

    /**
     * The step opens on the figure; the balance's hundreds of widgets are made when its tab is chosen (made with the
     * step, they held its opening for 88-95 ms at 200 partners), with the edits made meanwhile.
     */
    @Test
    void theBalanceIsMadeWhenItsTabIsChosen() {
        open(Dossiers.table(50));
        Partner p = window.session().dossier().partners().get(0);
        assertTrue(robot.all("balance.partner." + p.id()).isEmpty(), "no balance before its tab is chosen");
        window.session().apply(Edits.updatePartner(p.withName("Hernoemde Partner")));
        robot.spin();
        assertTrue(robot.all("balance.partner." + p.id()).isEmpty(), "nor after an edit");

        org.eclipse.swt.custom.CTabFolder tabs = robot.find("figure.tabs");
        tabs.setSelection(1);
        robot.spin();
        Label name = robot.find("balance.partner." + p.id());
        assertEquals("Hernoemde Partner", name.getText());
    }

    @Test
    void anEditInOneCategoryKeepsTheOtherCardsAndThePartnersLines() {
        Dossier d = openBalance(50);
        Partner p = d.partners().get(3);
        Contribution c = p.contributions().get(0);
        Map<Category, Control> cards = cards();
        assertTrue(cards.size() > 2 && cards.containsKey(c.category()), cards.keySet().toString());
        List<Control> names = new ArrayList<>();
        d.partners().forEach(x -> names.add(robot.find("balance.partner." + x.id())));

        reword(p, c);

        Map<Category, Control> after = cards();
        assertEquals(cards.keySet(), after.keySet());
        cards.forEach((category, card) -> {
            if (category != c.category()) {
                assertSame(card, after.get(category), "the card of " + category + " is the same widget");
                assertFalse(card.isDisposed());
            }
        });
        for (int i = 0; i < names.size(); i++) {
            assertSame(names.get(i), robot.find("balance.partner." + d.partners().get(i).id()),
                    "the line of partner " + i + " keeps its widgets");
        }
    }

    @Test
    void aCardNamesTwelveOfWhoBringsAndGetsAndCountsTheRest() {
        openBalance(200);
        List<Label> lines = new ArrayList<>();
        for (Category category : Category.values()) {
            String key = "balance." + category.name().toLowerCase(Locale.ROOT);
            robot.all(key + ".bringers").forEach(c -> lines.add((Label) c));
            robot.all(key + ".getters").forEach(c -> lines.add((Label) c));
        }
        assertFalse(lines.isEmpty());
        // a label naming hundreds of partners took GTK seconds to measure, a minute at 1000 partners
        for (Label line : lines) {
            assertTrue(line.getText().split("Partner ").length <= 1 + 12, line.getText());
        }
        assertTrue(lines.stream().anyMatch(l -> l.getText().matches(".* en nog \\d+ andere")),
                lines.get(0).getText());
    }

    /**
     * An item worded differently keeps its card's widgets: the lines and match rows that read differently get their
     * new words. Made anew for it, the card had GTK measure every long line of it again: 95 ms from the edit to the
     * repaint at 200 partners, 48 ms since.
     */
    @Test
    void aRewordedItemKeepsItsCardsWidgets() {
        Partner p = openBalance(200).partners().get(0);
        Contribution c = p.contributions().get(0);
        Composite card = (Composite) cards().get(c.category());
        java.util.Set<Control> before = Robot.widgets(card);

        reword(p, c);

        assertEquals(c.description() + " en meer",
                window.session().dossier().partners().get(0).contributions().get(0).description());
        assertSame(card, cards().get(c.category()), "the same card");
        assertEquals(before, Robot.widgets(card), "the card keeps every widget it had");
    }

    @Test
    void aCardDrawnAgainIsLaidOutWithTheBalanceNotBeforeItToo() {
        Partner p = openBalance(200).partners().get(3);
        Contribution c = p.contributions().get(0);
        Composite card = (Composite) cards().get(c.category());
        LayoutCount count = LayoutCount.under(card);

        reword(p, c);

        // measured and laid out by the balance's reflow, as the edit's texts and the analysis land; the card and
        // its match rows laid themselves out before that as well (six in all)
        assertTrue(count.of(card) <= 4, "the card was laid out or measured " + count.of(card) + " times");
        for (Control line : card.getChildren()) {
            assertTrue(!line.getVisible() || line.getSize().x > 0 && line.getSize().y > 0, "laid out: " + line);
        }
    }

    /** Opens the figure and balance step on a table of {@code partners} and shows the balance; {@return the dossier} */
    private Dossier openBalance(int partners) {
        open(Dossiers.table(partners));
        org.eclipse.swt.custom.CTabFolder tabs = robot.find("figure.tabs");
        tabs.setSelection(1);
        robot.spin();
        return window.session().dossier();
    }

    /** Words partner {@code p}'s item {@code c} a little differently and lets the balance draw it. */
    private void reword(Partner p, Contribution c) {
        window.session().apply(Edits.updateContribution(p.id(), new Contribution(c.id(), c.direction(), c.category(),
                c.description() + " en meer", c.amount(), c.unit(), c.firmness())));
        robot.spin();
    }

    private Map<Category, Control> cards() {
        Map<Category, Control> out = new EnumMap<>(Category.class);
        for (Category category : Category.values()) {
            robot.all("balance." + category.name().toLowerCase(Locale.ROOT)).forEach(c -> out.put(category, c));
        }
        return out;
    }

    /** Paints the figure now: a box too small to draw in must not break the paint. */
    private void paint() {
        robot.spin();
        Canvas canvas = robot.find("figure.canvas");
        canvas.redraw();
        canvas.update();
        robot.spin();
    }
}
