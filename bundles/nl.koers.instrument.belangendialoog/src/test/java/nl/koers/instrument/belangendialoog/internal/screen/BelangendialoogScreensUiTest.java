package nl.koers.instrument.belangendialoog.internal.screen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.koers.domain.Dossier;
import nl.koers.domain.Firmness;
import nl.koers.domain.Interest;
import nl.koers.domain.InterestLink;
import nl.koers.domain.Lens;
import nl.koers.domain.Level;
import nl.koers.domain.Partner;
import nl.koers.domain.Position;
import nl.koers.domain.analysis.LensProfile;
import nl.koers.document.DocumentView;
import nl.koers.instrument.api.Step;
import nl.koers.instrument.api.swt.InstrumentScreens;
import nl.koers.instrument.api.swt.testing.Robot;
import nl.koers.instrument.api.swt.testing.SessionContext;
import nl.koers.instrument.api.swt.testing.StepWindow;
import nl.koers.instrument.belangendialoog.internal.DialogueData;
import nl.koers.instrument.belangendialoog.internal.DialogueData.Block;
import nl.koers.instrument.belangendialoog.internal.DialogueData.Logic;
import nl.koers.instrument.belangendialoog.internal.BelangendialoogInstrument;
import nl.koers.instrument.belangendialoog.internal.Dossiers;
import nl.koers.store.internal.JsonDossierStore;

/**
 * Walks the seven steps in a real SWT window on a real display (Xvfb in CI), through the widgets, against a
 * real dossier session; then saves and reads back. Without a display these tests fail: they are never skipped.
 */
class BelangendialoogScreensUiTest {
    private static final Locale NL = Locale.of("nl");

    @TempDir
    Path dir;

    @AutoClose
    private StepWindow window;
    private Display display;
    private SessionContext context;
    private DocumentView session;
    private Robot robot;

    private void open(Dossier start, Locale locale, boolean projector) {
        InstrumentScreens screens = new BelangendialoogScreens();
        assertEquals("belangendialoog", screens.instrumentId());
        window = StepWindow.open(screens, BelangendialoogScreens.STEPS, Ui.PREFIX, start, locale, projector);
        display = window.shell().getDisplay();
        context = window.context();
        session = window.session();
        robot = window.robot();
        assertThrows(IllegalArgumentException.class,
                () -> screens.createStep(BelangendialoogScreens.STEPS, new Composite(window.shell(), 0), context));
    }

    private Partner partner(String id) {
        return session.dossier().partner(id).orElseThrow();
    }

    @Test
    void fromAPositionTwoWhysDownToAnInterestThatIsSharedOnTheBoard() throws Exception {
        open(Dossiers.small(), NL, false);

        // ---- step 6: the employers state a position and the facilitator asks why, twice
        window.show(5);
        robot.choose("partner", 2);
        assertEquals("Ondernemersvereniging Waal & Linge", this.<Label>find("card.name").getText().replace("&&", "&"));
        robot.enter("position.new", "Wij doen niet mee aan nóg een subsidieproject");
        Position pos = partner("p-werkgevers").positions().get(0);
        assertEquals("", this.<Text>find("position.new").getText(), "ready for the next position");
        robot.enter("position." + pos.id() + ".why.new", "Omdat eerdere projecten na twee jaar stopten");
        robot.fill("position." + pos.id() + ".why.new", "Omdat een mkb-bedrijf geen mensen heeft voor formulieren");
        robot.click("position." + pos.id() + ".why.add");
        assertEquals(List.of("Omdat eerdere projecten na twee jaar stopten",
                "Omdat een mkb-bedrijf geen mensen heeft voor formulieren"), position("p-werkgevers", pos.id()).whys());
        // each answer a step further in than the one above it
        Control first = find("position." + pos.id() + ".why.0");
        Control second = find("position." + pos.id() + ".why.1");
        assertTrue(display.map(second, null, 0, 0).x > display.map(first, null, 0, 0).x, "the ladder descends");

        // an answer is changed where it stands; undo puts it back
        robot.type("position." + pos.id() + ".why.0", "Omdat eerdere projecten na twee jaar stopten en vooral papier opleverden");
        assertTrue(position("p-werkgevers", pos.id()).whys().get(0).endsWith("papier opleverden"));
        session.undo();
        robot.spin();
        assertEquals("Omdat eerdere projecten na twee jaar stopten",
                this.<Text>find("position." + pos.id() + ".why.0").getText());

        // ... down to the interest behind it: new, an organisation's demand, and a core value
        String newInterest = "position." + pos.id() + ".interest.new";
        robot.fill(newInterest, "Weinig administratieve last voor het bedrijf");
        robot.choose(newInterest + ".level", Level.ORGANISATION.ordinal());
        robot.choose(newInterest + ".firmness", Firmness.DEMAND.ordinal());
        robot.tick(newInterest + ".core", true);
        robot.click(newInterest + ".add");
        Interest found = interest("p-werkgevers", "Weinig administratieve last voor het bedrijf");
        assertEquals("Weinig administratieve last voor het bedrijf", found.text());
        assertEquals(Level.ORGANISATION, found.level());
        assertEquals(Firmness.DEMAND, found.firmness());
        assertTrue(found.coreValue());
        assertEquals(List.of(found.id()), position("p-werkgevers", pos.id()).interestIds());
        assertTrue(this.<Button>find("position." + pos.id() + ".ends." + found.id()).getSelection());
        // the ladder may end in an interest the partner named before too; and be unticked again
        robot.tick("position." + pos.id() + ".ends.i-w1", true);
        assertEquals(List.of(found.id(), "i-w1"), position("p-werkgevers", pos.id()).interestIds());
        robot.tick("position." + pos.id() + ".ends.i-w1", false);
        assertEquals(List.of(found.id()), position("p-werkgevers", pos.id()).interestIds());

        // ---- step 7: that interest is shared with the municipality's, and the board shows it first
        window.show(6);
        assertFalse(robot.all("open.0").isEmpty(), "the ROC's position has no known interest yet");
        robot.choose("link.first", robot.indexOf("link.first", "Weinig administratieve last"));
        robot.choose("link.second", robot.indexOf("link.second", "Zichtbaar resultaat"));
        robot.fill("link.note", "Resultaat zonder papierwerk");
        robot.click("link.add");
        List<InterestLink> links = session.dossier().interestLinks();
        assertEquals(2, links.size());
        InterestLink made = links.get(1);
        assertEquals(List.of(found.id(), "i-g3"), made.interestIds());
        assertEquals("Resultaat zonder papierwerk", made.note());
        String members = this.<Label>find("link." + made.id() + ".interests").getText();
        assertTrue(members.contains("Ondernemersvereniging Waal && Linge: Weinig administratieve last voor het bedrijf"),
                members);
        assertTrue(members.contains("Gemeente Waalstede: Zichtbaar resultaat voor de wethouder"), members);
        assertEquals("Resultaat zonder papierwerk", this.<Text>find("link." + made.id() + ".note").getText());
        // commonalities first: the shared interests stand above the differences
        assertTrue(y(find("link." + made.id())) < y(find("open.0")), "what is shared comes before what divides");

        // "deelt met" offers only the other partners' interests: never the partner's own, nor the interest itself
        robot.choose("link.first", robot.indexOf("link.first", "Minder jongeren"));
        List<String> offered = List.of(this.<Combo>find("link.second").getItems());
        assertFalse(offered.isEmpty());
        assertTrue(offered.stream().noneMatch(item -> item.startsWith("Gemeente Waalstede")), offered.toString());
        assertTrue(offered.stream().anyMatch(item -> item.contains("Minder voortijdig schoolverlaters")),
                offered.toString());
        robot.choose("link.first", robot.indexOf("link.first", "Vacatures sneller"));
        offered = List.of(this.<Combo>find("link.second").getItems());
        assertTrue(offered.stream().noneMatch(item -> item.startsWith("Ondernemersvereniging")), offered.toString());
        assertTrue(offered.stream().anyMatch(item -> item.contains("Minder jongeren")), offered.toString());
        robot.click("link.add");
        assertEquals(2, session.dossier().interestLinks().size(), "a link needs two interests");

        // a suggestion is linked with one click; unlinking takes the link away, not the interests
        int before = session.dossier().interestLinks().size();
        robot.click("suggestion.0.link");
        assertEquals(before + 1, session.dossier().interestLinks().size());
        robot.click("link." + made.id() + ".remove");
        assertEquals(before, session.dossier().interestLinks().size());
        session.undo();
        robot.spin();
        assertEquals(made, session.dossier().interestLinks().get(1));

        // from an open position to its ladder
        robot.click("open.0.ask");
        assertEquals(5, context.lastStep());

        assertEquals(List.of(), robot.missingTexts());

        // ---- saved and read back, it is the same dossier
        JsonDossierStore store = new JsonDossierStore();
        Path file = dir.resolve("dialoog.koers");
        store.write(session.dossier(), file);
        assertEquals(session.dossier(), store.read(file));
    }

    @Test
    void theDialogueTheLensesAndTheLevels() throws Exception {
        open(Dossiers.small(), NL, false);

        // ---- step 1: building blocks and the logic of the table
        robot.tick("block.listen", true);
        robot.tick("block.win_win", true);
        assertTrue(DialogueData.of(session.dossier()).ticked(Block.LISTEN));
        assertEquals("2 van 5 bouwstenen staan", this.<Label>find("blocks.count").getText());
        // the choice offers every partner once the mouse comes to it, as a user's does
        this.<Combo>find("logic.partner").notifyListeners(SWT.MouseEnter, new Event());
        robot.choose("logic.partner", 1);
        for (int row = 1; row <= 7; row++) {
            robot.tick("logic." + row + (row <= 5 ? ".network" : ".hierarchy"), true);
        }
        assertEquals(java.util.Optional.of(Logic.HIERARCHY), DialogueData.of(session.dossier()).answer("p-roc", 7));
        assertTrue(this.<Label>find("logic.score.p-roc").getText().startsWith("ROC Lingedal: 5 van 7"),
                this.<Label>find("logic.score.p-roc").getText());
        assertTrue(this.<Label>find("logic.score.p-gemeente").getText().contains("nog niet besproken"));
        // figure 1, which the hint refers to, stands between the hint and the rows to choose, drawn
        Canvas figure = find("logic.figure");
        assertTrue(figure.isVisible() && figure.getSize().y > 100 && figure.getSize().x > 400, figure.getSize().toString());
        assertTrue(y(figure) < y(find("logic.1.hierarchy")), "the figure above the rows");
        assertTrue(drawn(figure), "the figure is drawn, not an empty canvas");

        // ---- step 2: Anouk looks through the relational lens too; a third lens cannot be added
        window.show(1);
        assertEquals(List.of(Lens.RELATIONAL), LensProfile.of(session.dossier()).nobody());
        assertTrue(this.<Label>find("lenses.RELATIONAL").getText().contains("niemand"));
        robot.tick("person.r-anouk.lens.RELATIONAL", true);
        assertEquals(List.of(Lens.MEANING, Lens.RELATIONAL), partner("p-roc").representatives().get(0).lenses());
        assertEquals(List.of(), LensProfile.of(session.dossier()).nobody());
        assertFalse(this.<Label>find("lenses.RELATIONAL").getText().contains("niemand"));
        assertFalse(this.<Button>find("person.r-anouk.lens.POLITICAL").isEnabled(), "one or two lenses");
        // a new person at the table
        robot.fill("person.p-werkgevers.new", "Sandra Kok");
        robot.enter("person.p-werkgevers.newFunction", "bestuurslid");
        assertEquals("Sandra Kok", partner("p-werkgevers").representatives().get(1).name());
        assertEquals(5, LensProfile.of(session.dossier()).people());

        // ---- steps 3 to 5: round the table per level
        window.show(4);
        robot.enter("level.NETWORK.p-werkgevers.new", "Een sterke regionale arbeidsmarkt");
        Interest network = interest("p-werkgevers", "Een sterke regionale arbeidsmarkt");
        assertEquals(Level.NETWORK, network.level());
        robot.tick("interest." + network.id() + ".core", true);
        assertTrue(interest("p-werkgevers", "Een sterke regionale arbeidsmarkt").coreValue());
        robot.type("interest." + network.id() + ".text", "Een sterke regionale arbeidsmarkt voor jongeren");
        assertTrue(interest("p-werkgevers", "Een sterke regionale arbeidsmarkt voor jongeren").coreValue(),
                "changing the text keeps the mark");
        // moved to another level, it leaves this step
        robot.choose("interest." + network.id() + ".level", Level.ORGANISATION.ordinal());
        robot.spin();
        assertTrue(robot.all("interest." + network.id() + ".text").stream()
                .noneMatch(c -> inside(c, window.page(4))), "gone from the network's step");
        window.show(3);
        assertTrue(inside(find("interest." + network.id() + ".text"), window.page(3)),
                "now on the organisation's step");
        assertEquals(List.of(), robot.missingTexts());
        assertEquals("Een sterke regionale arbeidsmarkt voor jongeren",
                this.<Text>find("interest." + network.id() + ".text").getText());

        JsonDossierStore store = new JsonDossierStore();
        Path file = dir.resolve("dialoog.koers");
        store.write(session.dossier(), file);
        assertEquals(session.dossier(), store.read(file));
    }

    @Test
    void inEnglishAndOnTheProjectorWithAnEmptyDossier() {
        open(Dossier.titled("Leeg"), Locale.ENGLISH, true);
        for (int i = 0; i < BelangendialoogScreens.STEPS; i++) {
            window.show(i);
        }
        assertTrue(this.<Label>find("board.shared").getText().contains("What we share"));
        assertEquals(List.of(), robot.missingTexts());
        window.show(1);
        assertEquals("Relational", this.<Label>find("lenses.RELATIONAL").getText(), "nobody at the table yet");
    }

    @Test
    void everyScreenSpeaksEnglishOnAFullTable() {
        open(Dossiers.small(), Locale.ENGLISH, false);
        for (int i = 0; i < BelangendialoogScreens.STEPS; i++) {
            window.show(i);
        }
        assertEquals(List.of(), robot.missingTexts());
        assertTrue(this.<Label>find("lenses.RELATIONAL").getText().startsWith("Relational: nobody"));
        assertTrue(this.<Label>find("contradiction.0").getText().contains("\u201cdiploma\u201d"),
                this.<Label>find("contradiction.0").getText());
        assertTrue(this.<Label>find("open.0").getText().startsWith("ROC Lingedal: \u201cEerst een diploma"),
                this.<Label>find("open.0").getText());
    }

    @Test
    void aStepDoesNotRepeatTheQuestionOrTheTipThatTheWorkbenchShowsAboveIt() {
        for (Locale locale : List.of(NL, Locale.ENGLISH)) {
            open(Dossiers.small(), locale, false);
            List<Step> steps = new BelangendialoogInstrument().describe(locale).steps();
            for (int i = 0; i < BelangendialoogScreens.STEPS; i++) {
                window.show(i);
                Step step = steps.get(i);
                for (String said : texts(window.page(i))) {
                    assertFalse(said.contains(step.question()), "step " + (i + 1) + " repeats its question: " + said);
                    assertFalse(!step.tip().isEmpty() && said.contains(step.tip()),
                            "step " + (i + 1) + " repeats its tip: " + said);
                }
            }
            window.close();
        }
    }

    /** Whether a canvas shows more than one colour: something is drawn on it. */
    private boolean drawn(Canvas canvas) {
        robot.spin();
        org.eclipse.swt.graphics.Image shot = new org.eclipse.swt.graphics.Image(display, canvas.getSize().x,
                canvas.getSize().y);
        org.eclipse.swt.graphics.GC gc = new org.eclipse.swt.graphics.GC(canvas);
        try {
            gc.copyArea(shot, 0, 0);
            org.eclipse.swt.graphics.ImageData data = shot.getImageData();
            int first = data.getPixel(1, 1);
            for (int x = 0; x < data.width; x += 3) {
                for (int y = 0; y < data.height; y += 3) {
                    if (data.getPixel(x, y) != first) {
                        return true;
                    }
                }
            }
            return false;
        } finally {
            gc.dispose();
            shot.dispose();
        }
    }

    /** Every text a person reads on a page: labels, buttons, and the grey text of empty fields. */
    private static List<String> texts(Control c) {
        List<String> out = new java.util.ArrayList<>();
        if (c instanceof Label l) {
            out.add(l.getText().replace("&&", "&"));
        } else if (c instanceof Button b) {
            out.add(b.getText().replace("&&", "&"));
        } else if (c instanceof Text t) {
            out.add(t.getMessage());
        }
        if (c instanceof Composite parent) {
            for (Control child : parent.getChildren()) {
                out.addAll(texts(child));
            }
        }
        return out;
    }

    private Interest interest(String partnerId, String text) {
        return partner(partnerId).interests().stream().filter(i -> i.text().equals(text)).findFirst().orElseThrow(
                () -> new AssertionError("no interest '" + text + "' of " + partnerId));
    }

    private Position position(String partnerId, String positionId) {
        return partner(partnerId).position(positionId).orElseThrow();
    }

    private static boolean inside(Control c, Composite page) {
        for (Control p = c; p != null; p = p.getParent()) {
            if (p == page) {
                return true;
            }
        }
        return false;
    }

    private int y(Control c) {
        return display.map(c, null, 0, 0).y;
    }

    private <T extends Control> T find(String id) {
        return robot.find(id);
    }
}
