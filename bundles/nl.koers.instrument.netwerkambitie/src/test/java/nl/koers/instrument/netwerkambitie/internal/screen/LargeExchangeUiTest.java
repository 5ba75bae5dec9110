package nl.koers.instrument.netwerkambitie.internal.screen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

import nl.koers.domain.Category;
import nl.koers.domain.Contribution;
import nl.koers.domain.Direction;
import nl.koers.domain.Dossier;
import nl.koers.domain.Firmness;
import nl.koers.domain.Partner;
import nl.koers.domain.edit.Edits;
import nl.koers.instrument.api.swt.testing.Robot;
import nl.koers.instrument.api.swt.testing.StepWindow;
import nl.koers.instrument.netwerkambitie.internal.Dossiers;

/**
 * The steps at 200 partners, in a real window: an edit redraws the card it touched and no other, and the findings
 * are worked out off the UI thread, so the window does not wait for them.
 */
class LargeExchangeUiTest {
    private static final int PARTNERS = 200;

    @AutoClose
    private StepWindow window;
    private Robot robot;

    private void open() {
        open(Dossiers.many(PARTNERS));
    }

    private void open(Dossier d) {
        window = StepWindow.open(new NetwerkambitieScreens(), 4, Ui.PREFIX, d, Locale.of("nl"), false);
        robot = window.robot();
    }

    @Test
    void typingOneCharacterRedrawsOnlyTheCardOfThatPartner() {
        open();
        Dossier d = window.session().dossier();
        Partner typedIn = d.partners().get(7);
        window.show(2);
        Map<String, Control> before = cards(d);
        assertEquals(ExchangeStep.CARDS, before.size(), "a page of cards");

        window.show(0);
        robot.choose("partner", 7);
        String interest = typedIn.interests().get(0).id();
        List<Control> otherFields = List.of(robot.find("interest." + typedIn.interests().get(1).id() + ".text"),
                robot.find("interest." + typedIn.interests().get(2).id() + ".text"));
        String text = robot.<Text>find("interest." + interest + ".text").getText();
        robot.type("interest." + interest + ".text", text + "x");
        assertEquals(text + "x", window.session().dossier().partners().get(7).interests().get(0).text());
        assertEquals(otherFields, List.of(robot.find("interest." + typedIn.interests().get(1).id() + ".text"),
                robot.find("interest." + typedIn.interests().get(2).id() + ".text")), "the other rows keep their fields");

        window.show(2);
        Map<String, Control> after = cards(d);
        assertEquals(before.keySet(), after.keySet());
        for (String id : before.keySet()) {
            assertSame(before.get(id), after.get(id), "the card of " + id + " is the same widget");
            assertFalse(after.get(id).isDisposed());
        }
        List<Label> typedCard = CardLabels.lines((org.eclipse.swt.widgets.Composite) after.get(typedIn.id()));
        assertTrue(typedCard.stream().anyMatch(l -> l.getText().contains(text + "x")),
                "the card of the partner typed for shows what was typed");
        List<Control> otherLines = other(d, typedIn);
        robot.type("interest." + interest + ".text", text + "xy");
        window.show(2);
        assertEquals(otherLines, other(d, typedIn), "the other cards' lines are the same widgets");

        // the next page: the cards of the next partners, the typed one's gone with its page
        robot.click("cards.next");
        assertEquals(1, robot.all("exchange.card." + d.partners().get(ExchangeStep.CARDS).id()).size());
        assertTrue(robot.all("exchange.card." + typedIn.id()).isEmpty());
        // the bar says which cards, whole: it was laid out for "1–8 van 200", and kept that width
        Label where = (Label) robot.find("cards.page");
        assertTrue(where.getText().startsWith("9\u201316 "), where.getText());
        assertTrue(where.getSize().x >= where.computeSize(org.eclipse.swt.SWT.DEFAULT, org.eclipse.swt.SWT.DEFAULT,
                true).x, "room for \"" + where.getText() + "\": " + where.getSize());
    }

    @Test
    void theFindingsAreWorkedOutOffTheUiThreadAndShownWhenReady() throws Exception {
        open();
        window.show(2);
        Display display = window.shell().getDisplay();
        List<String> before = findings();
        assertFalse(before.isEmpty());

        // whatever waits for the background thread has not been done on the UI thread
        AutoCloseable held = window.context().holdBackground();
        Partner p = window.session().dossier().partners().get(1);
        // a demand for more hours than all partners bring together: it pulls against the others' demands
        Contribution demand = new Contribution("c-new", Direction.GET, Category.values()[0],
                "Al het personeel van de regio", new BigDecimal("1000000000"), "uur/maand", Firmness.DEMAND);
        window.session().apply(Edits.addContribution(p.id(), demand));
        while (display.readAndDispatch()) {
            // what the UI thread does of the edit, and no more
        }
        assertEquals(1, robot.all("exchange.item.c-new").size(), "the card shows the new item at once");
        assertEquals(before, findings(), "the findings wait for the background thread");

        held.close();
        robot.spin();
        assertNotEquals(before, findings(), "and then show the demands that pull against each other");
    }

    @Test
    void anEditRedrawsTheFindingItChangesAndKeepsTheRowsOfTheOthers() {
        // a demand nobody answers and an offer nobody asks for
        open(Dossiers.small());
        window.show(2);
        List<Control> rows = findingRows();
        assertTrue(rows.size() >= 2, "several findings");
        // the item the first finding is about, worded differently: the same findings, one of them reads differently
        Label first = (Label) robot.find("finding.0");
        String was = first.getText();
        Dossier d = window.session().dossier();
        var ref = findingRefs(d).get(0);
        Partner p = d.partner(ref.partnerId()).orElseThrow();
        Contribution c = p.contributions().stream().filter(x -> x.id().equals(ref.contributionId())).findFirst()
                .orElseThrow();
        window.session().apply(Edits.updateContribution(p.id(), new Contribution(c.id(), c.direction(), c.category(),
                c.description() + " en meer", c.amount(), c.unit(), c.firmness())));
        robot.spin();

        List<Control> after = findingRows();
        assertEquals(rows.size(), after.size());
        assertNotEquals(was, ((Label) robot.find("finding.0")).getText(), "the finding shows the new words");
        for (int i = 0; i < rows.size(); i++) {
            assertSame(rows.get(i), after.get(i), "finding " + i + " keeps its widget");
            assertFalse(after.get(i).isDisposed());
        }
    }

    @Test
    void anEditToOneItemSetsItsLineAndKeepsTheOtherLinesOfTheCard() {
        open(Dossiers.small());
        window.show(2);
        Partner p = window.session().dossier().partner("p-gemeente").orElseThrow();
        Contribution c = p.contributions().get(0);
        org.eclipse.swt.widgets.Composite card = robot.find("exchange.card." + p.id());
        List<Control> lines = List.of(card.getChildren());

        window.session().apply(Edits.updateContribution(p.id(), new Contribution(c.id(), c.direction(), c.category(),
                c.description() + " en meer", c.amount(), c.unit(), c.firmness())));
        robot.spin();

        assertEquals(lines, List.of(card.getChildren()), "the card keeps its lines");
        assertTrue(robot.<Label>find("exchange.item." + c.id()).getText().contains(c.description() + " en meer"));
    }

    /** The labels of the findings shown, in order. */
    private List<Control> findingRows() {
        List<Control> out = new ArrayList<>();
        for (int i = 0; i < ExchangeStep.PAGE; i++) {
            out.addAll(robot.all("finding." + i));
        }
        return out;
    }

    private static List<nl.koers.domain.analysis.ContributionRef> findingRefs(Dossier d) {
        return nl.koers.domain.analysis.BringGet.findings(d).get(0).refs();
    }

    private Map<String, Control> cards(Dossier d) {
        Map<String, Control> cards = new LinkedHashMap<>();
        for (Partner p : d.partners()) {
            robot.all("exchange.card." + p.id()).forEach(c -> cards.put(p.id(), c));
        }
        return cards;
    }

    /** The lines of every card shown but one. */
    private List<Control> other(Dossier d, Partner but) {
        List<Control> lines = new ArrayList<>();
        cards(d).forEach((id, card) -> {
            if (!id.equals(but.id())) {
                lines.addAll(CardLabels.lines((org.eclipse.swt.widgets.Composite) card));
            }
        });
        return lines;
    }

    /** What the findings panel says, its last line ("and n more", or "nothing") included. */
    private List<String> findings() {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < ExchangeStep.PAGE; i++) {
            robot.all("finding." + i).forEach(c -> out.add(((Label) c).getText()));
        }
        robot.all("findings.none").forEach(c -> out.add(((Label) c).getText()));
        robot.all("findings.more").forEach(c -> out.add(((Label) c).getText()));
        return out;
    }
}
