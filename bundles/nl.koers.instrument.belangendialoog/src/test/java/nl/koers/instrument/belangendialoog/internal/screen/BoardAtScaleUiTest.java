package nl.koers.instrument.belangendialoog.internal.screen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Listener;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

import nl.koers.domain.Dossier;
import nl.koers.domain.Firmness;
import nl.koers.domain.Interest;
import nl.koers.domain.Level;
import nl.koers.domain.Partner;
import nl.koers.domain.edit.Edits;
import nl.koers.instrument.api.swt.testing.Robot;
import nl.koers.instrument.api.swt.testing.StepWindow;
import nl.koers.instrument.belangendialoog.internal.Dossiers;

/**
 * The board at 200 partners, in a real window: it opens, its long lists show a page at a time with a way to every
 * row, an edit changes the rows it touched and keeps every other widget, and the comparing is done off the UI
 * thread. What is asserted is the structure, not a time: a board that rebuilds its widgets on every edit is what
 * made a keystroke cost a minute.
 */
class BoardAtScaleUiTest {
    private static final int PARTNERS = 200;
    private static final Map<Level, String> LEVELS = Map.of(Level.INDIVIDUAL, "individu", Level.ORGANISATION,
            "organisatie", Level.NETWORK, "netwerk");

    @AutoClose
    private StepWindow window;
    private Robot robot;

    /** Only the board, as step 0: the other steps are not what is measured here. */
    private void openBoard(Dossier start) {
        window = StepWindow.open(new OneStep(6), 1, Ui.PREFIX, start, Locale.of("nl"), false);
        robot = window.robot();
    }

    /**
     * GTK measures every wrapped label directly in a composite again when that composite changes size: a list of bare
     * sentences made each slice of new rows cost more than the one before (56 ms for the first slice of the mentions,
     * 90 for the fourth, at 200 partners). Every sentence of the board sits in a composite of its own; the small
     * table, with a builder who does not want vacancies filled faster, has a row in each of the four lists and several
     * contradictions.
     */
    @Test
    void everySentenceOfTheBoardSitsInACompositeOfItsOwn() {
        Dossier small = Dossiers.small();
        List<Partner> partners = new ArrayList<>(small.partners());
        // a builder that does not want vacancies filled faster: a second contradiction beside the diploma's
        partners.add(new Partner("p-bouw", "Bouwbedrijf Rivierenland", nl.koers.domain.Role.CHAIN, List.of(), "",
                List.of(new Interest("i-bouw", "Vacatures niet sneller vervullen dan veilig kan", Level.ORGANISATION,
                        Firmness.DEMAND)), List.of(), List.of(), List.of()));
        openBoard(small.withPartners(partners));
        List<Label> sentences = Robot.widgets(window.page(0)).stream().filter(Label.class::isInstance)
                .map(Label.class::cast).filter(l -> String.valueOf(l.getData(Ui.ID))
                        .matches(java.util.regex.Pattern.quote(Ui.PREFIX) + "(suggestion|mention|contradiction|open)\\.\\d+"))
                .toList();
        for (String list : List.of("suggestion", "mention", "contradiction", "open")) {
            assertTrue(sentences.stream().anyMatch(l -> String.valueOf(l.getData(Ui.ID)).startsWith(Ui.PREFIX + list)),
                    "the board shows " + list + " rows");
        }
        assertTrue(sentences.stream().filter(l -> String.valueOf(l.getData(Ui.ID)).startsWith(Ui.PREFIX
                + "contradiction")).count() >= 2, "several contradictions in one list");
        for (Label sentence : sentences) {
            long wrapped = List.of(sentence.getParent().getChildren()).stream()
                    .filter(c -> c instanceof Label l && (l.getStyle() & SWT.WRAP) != 0).count();
            assertEquals(1, wrapped, sentence.getData(Ui.ID) + " shares its composite with other sentences");
        }
    }

    @Test
    void anEditOnTheBoardOf200PartnersKeepsTheOtherRowsWidgets() {
        openBoard(Dossiers.table(PARTNERS));
        Label firstSuggestion = robot.find("suggestion.0");
        Set<Control> before = Robot.widgets(window.page(0));

        // a typed edit: the note of a shared interest
        String linkId = window.session().dossier().interestLinks().get(0).id();
        robot.type("link." + linkId + ".note", "Samen de regio sterker");
        assertEquals("Samen de regio sterker", window.session().dossier().interestLinks().get(0).note());
        assertKept(before, "the step keeps every widget it had: nothing rebuilt");

        // an edit from another face to the interest the first suggestion names: that row's text changes in place
        Partner p = window.session().dossier().partners().get(0);
        Interest i = p.interests().get(0);
        Composite content = (Composite) ((ScrolledComposite) Robot.widgets(window.page(0)).stream()
                .filter(ScrolledComposite.class::isInstance).findFirst().orElseThrow()).getContent();
        long[] painted = {0};
        Listener paint = e -> painted[0] += (long) e.width * e.height;
        content.addListener(SWT.Paint, paint);
        window.document().apply(Edits.updateInterest(p.id(), i.withText(i.text() + " nu meteen"))).join();
        robot.spin();
        content.removeListener(SWT.Paint, paint);
        assertTrue(firstSuggestion.getText().contains("nu meteen"), firstSuggestion.getText());
        assertKept(before, "the edited row is the same widget, and so is every other");
        Rectangle view = content.getParent().getClientArea();
        assertTrue(painted[0] < view.width * view.height / 2, "the board painted whole again, not only the rows "
                + "whose words changed: " + painted[0] + " pixels of " + view);
    }

    @Test
    void longListsShowAPageAtATimeAndReachEveryRow() {
        openBoard(Dossiers.table(PARTNERS));
        assertEquals(BoardStep.PAGE, count("suggestion.", BoardStep.PAGE + 1),
                "one page of suggestions is laid out, not thousands");
        assertEquals(BoardStep.PAGE, count("open.", PARTNERS));
        Label where = robot.find("open.page");
        assertEquals("1\u2013" + BoardStep.PAGE + " van " + PARTNERS, where.getText());

        robot.click("open.next");
        assertEquals("21\u201340 van 200", where.getText());
        assertTrue(robot.all("open.0").isEmpty());
        assertTrue(((Label) robot.find("open.20")).getText().startsWith("Partner 21:"),
                ((Label) robot.find("open.20")).getText());
        for (int k = 2; k < PARTNERS / BoardStep.PAGE; k++) {
            robot.click("open.next");
        }
        assertEquals("181\u2013200 van 200", where.getText(), "the last page is reached and not passed");
        assertFalse(((org.eclipse.swt.widgets.Button) robot.find("open.next")).isEnabled());
        assertTrue(((Label) robot.find("open.199")).getText().startsWith("Partner 200:"));
    }

    @Test
    void turningAPagePutsTheNextRowsWordsInTheSameWidgets() {
        openBoard(Dossiers.table(PARTNERS));
        Label first = robot.find("open.0");
        Set<Control> before = Robot.widgets(window.page(0));

        robot.click("open.next");
        assertKept(before, "a page of the same length is the same rows with other words");
        assertTrue(first.getText().startsWith("Partner 21:"), first.getText());
        assertEquals(List.of(first), robot.all("open.20"), "the row is named by the place it shows now");
        robot.click("suggestions.next");
        robot.click("open.previous");
        assertKept(before, "every list, both ways");
        assertTrue(first.getText().startsWith("Partner 1:"), first.getText());
    }

    @Test
    void theBoardComparesOffTheUiThreadAndShowsTheResultWhenReady() throws Exception {
        openBoard(Dossiers.table(PARTNERS));
        Label firstSuggestion = robot.find("suggestion.0");
        Label total = robot.find("suggestions.page");
        String counted = total.getText();
        Partner p = window.session().dossier().partners().get(0);
        Interest i = p.interests().get(0);
        try (AutoCloseable held = window.context().holdBackground()) {
            window.document().apply(Edits.updateInterest(p.id(), i.withText(i.text() + " nu meteen"))).join();
            while (window.shell().getDisplay().readAndDispatch()) {
                // the edit reaches the step; the comparing waits for the background thread
            }
            assertTrue(firstSuggestion.getText().contains("nu meteen"), "the rows there read the edit at once: "
                    + firstSuggestion.getText());
            window.document().apply(Edits.updateInterest(p.id(), i.withText(""))).join();
            while (window.shell().getDisplay().readAndDispatch()) {
                // an interest without words shares none: which pairs there are waits for the comparing
            }
            assertEquals(counted, total.getText(), "nothing compared on the UI thread");
        }
        robot.spin();
        assertNotEquals(counted, total.getText(), "the pairs of the interest without words are gone");
    }

    private void assertKept(Set<Control> before, String what) {
        assertEquals(0, before.stream().filter(Control::isDisposed).count(), what + ": widgets were disposed");
        assertEquals(before.size(), Robot.widgets(window.page(0)).size(), what + ": widgets were made");
    }

    @Test
    void theChoiceOfInterestsFollowsEveryInterestAddedChangedOrRemoved() {
        int partners = InterestChoices.MOST / 5 - 1; // every interest fits in the choice
        openBoard(Dossiers.table(partners));
        Combo first = robot.find("link.first");
        assertEquals(5 * partners, first.getItemCount(), "every interest at the table can be chosen");
        assertFalse(((org.eclipse.swt.widgets.Text) robot.find("link.first.search")).isVisible(), "without searching");
        Partner p = window.session().dossier().partners().get(7);
        window.document().apply(Edits.addInterest(p.id(), Interest.of("Een nieuw belang", Level.NETWORK,
                Firmness.WISH))).join();
        robot.spin();
        assertEquals(5 * partners, first.getItemCount(), "a choice nobody is using waits: GTK measures every item");
        goTo(first);
        assertEquals(5 * partners + 1, first.getItemCount(), "and has every interest once the mouse is on it");
        assertEquals("Partner 8 \u00b7 netwerk \u00b7 Een nieuw belang", first.getItem(7 * 5 + 5));
        assertEquals(List.of(first.getItems()), choices(), "in the order of the table");
        window.document().apply(Edits.removeInterest(p.id(), p.interests().get(2).id())).join();
        Interest last = window.session().dossier().partners().get(partners - 1).interests().get(4);
        window.document().apply(Edits.updateInterest("t" + (partners - 1), last.withText("Anders gezegd"))).join();
        robot.spin();
        goAway();
        first.notifyListeners(SWT.FocusIn, new Event()); // the keyboard's way to it
        assertEquals(5 * partners, first.getItemCount());
        assertEquals(List.of(first.getItems()), choices());
        assertTrue(first.getItem(5 * partners - 1).endsWith("Anders gezegd"), first.getItem(5 * partners - 1));
    }

    /**
     * At 200 partners (1,000 interests) a choice is searched, not scrolled: it offers a few hundred, so an analysis
     * that lands while the mouse is on it costs GTK a few milliseconds, not the 100-400 ms of measuring 1,000 or
     * 2,000 items. An interest changed while the mouse rests on the choice is offered with its new words, and is
     * found by them.
     */
    @Test
    void atTwoHundredPartnersAChoiceOffersAFewHundredAndFindsAChangedInterestBySearching() {
        openBoard(Dossiers.table(PARTNERS));
        Combo first = robot.find("link.first");
        org.eclipse.swt.widgets.Text search = robot.find("link.first.search");
        goTo(first);
        assertTrue(first.getItemCount() <= InterestChoices.MOST && InterestChoices.MOST <= 250,
                first.getItemCount() + " items of " + 5 * PARTNERS);
        assertTrue(search.isVisible(), "the table has more: a search field finds them");

        Partner p = window.session().dossier().partners().get(PARTNERS - 1);
        Interest i = p.interests().get(3);
        window.document().apply(Edits.updateInterest(p.id(), i.withText("Een wachtlijst voor bijscholing"))).join();
        robot.spin();
        goAway();
        goTo(first);
        search.setText("wachtlijst voor bij");
        robot.spin();
        assertEquals(List.of("Partner 200 \u00b7 " + LEVELS.get(i.level()) + " \u00b7 Een wachtlijst voor bijscholing"),
                List.of(first.getItems()), "the changed interest, found by its new words");
    }

    /**
     * A table with more interests than a choice offers: each choice offers the first {@link InterestChoices#MOST}
     * and has a search field; what is typed there narrows the choice to the interests whose line holds it, so every
     * interest can be found, and a link made, without GTK measuring ten thousand items on every layout.
     */
    @Test
    void aTableWithMoreInterestsThanAChoiceOffersSearchesThem() {
        int partners = InterestChoices.MOST / 5 + 10;
        openBoard(Dossiers.table(partners));
        Combo first = robot.find("link.first");
        goTo(first);
        assertEquals(InterestChoices.MOST, first.getItemCount(), "a choice offers at most this many");
        org.eclipse.swt.widgets.Text search = robot.find("link.first.search");
        assertTrue(search.isVisible(), "the first choice has a search field");
        assertTrue(search.getMessage().contains(String.format(Locale.of("nl"), "%,d", 5 * partners)),
                search.getMessage());

        String last = "Partner " + partners + " \u00b7";
        search.setText(last.toLowerCase(Locale.ROOT));
        robot.spin();
        assertEquals(5, first.getItemCount(), "the interests of the last partner, found by its name");
        for (String item : first.getItems()) {
            assertTrue(item.startsWith(last), item);
        }
        robot.choose("link.first", 0);
        org.eclipse.swt.widgets.Text secondSearch = robot.find("link.second.search");
        secondSearch.setText("Partner 3 \u00b7");
        robot.spin();
        Combo second = robot.find("link.second");
        assertEquals(5, second.getItemCount(), List.of(second.getItems()).toString());
        robot.choose("link.second", 0);
        int links = window.session().dossier().interestLinks().size();
        robot.fill("link.note", "Samen sterker");
        robot.click("link.add");
        assertEquals(links + 1, window.session().dossier().interestLinks().size(), "the link is made");
    }

    /** Moves the mouse onto {@code c}, as a facilitator does before choosing, and waits for what that does. */
    private void goTo(Control c) {
        for (Control p = c.getParent(); p != null; p = p.getParent()) {
            if (p instanceof org.eclipse.swt.custom.ScrolledComposite scrolled) {
                // at the top of the view: the sign of what is below the fold covers its lower edge
                Point at = c.getDisplay().map(c.getParent(), scrolled.getContent(), c.getLocation());
                scrolled.setOrigin(0, Math.max(0, at.y - c.getSize().y));
            }
        }
        robot.spin();
        Point centre = c.toDisplay(c.getSize().x / 2, c.getSize().y / 2);
        move(centre.x, centre.y);
    }

    /** Moves the mouse into a corner, away from the choices. */
    private void goAway() {
        move(1, 1);
    }

    private void move(int x, int y) {
        Event e = new Event();
        e.type = SWT.MouseMove;
        e.x = x;
        e.y = y;
        window.shell().getDisplay().post(e);
        robot.spin();
        robot.waitUntil("the mouse has moved", () -> window.shell().getDisplay().getCursorLocation().equals(
                new Point(x, y)));
        robot.spin();
    }

        /** What the choice should offer: every interest, partner by partner, as the board names it. */
    private List<String> choices() {
        List<String> out = new ArrayList<>();
        for (Partner p : window.session().dossier().partners()) {
            for (Interest i : p.interests()) {
                out.add(p.name() + " \u00b7 " + LEVELS.get(i.level()) + " \u00b7 " + i.text());
            }
        }
        return out;
    }

    /** How many of the ids {@code prefix0 .. prefix(n-1)} are on screen. */
    private int count(String prefix, int n) {
        int found = 0;
        for (int k = 0; k < n; k++) {
            found += robot.all(prefix + k).size();
        }
        return found;
    }
}
