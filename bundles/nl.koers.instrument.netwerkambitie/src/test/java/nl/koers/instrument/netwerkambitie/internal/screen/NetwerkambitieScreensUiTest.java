package nl.koers.instrument.netwerkambitie.internal.screen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.custom.StyledText;
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

import nl.koers.domain.AmbitionVersion;
import nl.koers.domain.Category;
import nl.koers.domain.Contribution;
import nl.koers.domain.Direction;
import nl.koers.domain.Dossier;
import nl.koers.domain.Endorsement;
import nl.koers.domain.Fact;
import nl.koers.domain.Firmness;
import nl.koers.domain.Interest;
import nl.koers.domain.Level;
import nl.koers.domain.Partner;
import nl.koers.domain.Recognition;
import nl.koers.document.DocumentView;
import nl.koers.instrument.api.swt.InstrumentScreens;
import nl.koers.instrument.api.swt.testing.Robot;
import nl.koers.instrument.api.swt.testing.SessionContext;
import nl.koers.instrument.api.swt.testing.StepWindow;
import nl.koers.instrument.netwerkambitie.internal.Dossiers;
import nl.koers.store.internal.JsonDossierStore;

/**
 * Walks the four steps in a real SWT window on a real display (Xvfb in CI), through the widgets, against a
 * real dossier session; then saves and reads back. Without a display these tests fail: they are never skipped.
 */
class NetwerkambitieScreensUiTest {
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
        InstrumentScreens screens = new NetwerkambitieScreens();
        assertEquals("netwerkambitie", screens.instrumentId());
        window = StepWindow.open(screens, 4, Ui.PREFIX, start, locale, projector);
        display = window.shell().getDisplay();
        context = window.context();
        session = window.session();
        robot = window.robot();
        assertThrows(IllegalArgumentException.class,
                () -> screens.createStep(4, new Composite(window.shell(), 0), context));
    }

    @Test
    void walkTheFourStepsSaveAndReadBack() throws Exception {
        open(Dossiers.small(), NL, false);
        Partner jeugdzorg = session.dossier().partners().get(2);

        // ---- step 1: Jeugdzorg names its own interest, a demand, and the overarching interest, a wish
        robot.choose("partner", 2);
        assertEquals("Jeugdzorg De Overstap", this.<Label>find("card.name").getText());
        robot.fill("interest.own.new", "Passende zorg voor jongeren die uitvallen");
        robot.choose("interest.own.newLevel", robot.indexOf("interest.own.newLevel", "organisatie"));
        robot.choose("interest.own.newFirmness", 1);
        robot.click("interest.own.add");
        robot.enter("interest.network.new", "Geen jongere tussen wal en schip");
        List<Interest> interests = partner(jeugdzorg.id()).interests();
        assertEquals(2, interests.size());
        assertEquals(List.of("Passende zorg voor jongeren die uitvallen", "Geen jongere tussen wal en schip"),
                interests.stream().map(Interest::text).toList());
        assertEquals(Level.ORGANISATION, interests.get(0).level());
        assertEquals(Firmness.DEMAND, interests.get(0).firmness());
        assertEquals(Level.NETWORK, interests.get(1).level());
        assertEquals(Firmness.WISH, interests.get(1).firmness());
        assertEquals("", this.<Text>find("interest.own.new").getText(), "the field is ready for the next one");

        // edit one where it stands; undo puts the old text back in the field
        String own = interests.get(0).id();
        robot.type("interest." + own + ".text", "Passende zorg voor elke jongere die uitvalt");
        assertEquals("Passende zorg voor elke jongere die uitvalt", partner(jeugdzorg.id()).interests().get(0).text());
        session.undo();
        robot.spin();
        assertEquals("Passende zorg voor jongeren die uitvallen", this.<Text>find("interest." + own + ".text").getText());
        session.redo();
        robot.spin();
        // the interest moves to the other level, then is removed, and comes back with undo
        robot.choose("interest." + own + ".level", Level.INDIVIDUAL.ordinal());
        assertEquals(Level.INDIVIDUAL, partner(jeugdzorg.id()).interests().get(0).level());
        String network = interests.get(1).id();
        robot.click("interest." + network + ".remove");
        assertEquals(1, partner(jeugdzorg.id()).interests().size());
        assertTrue(robot.all("interest." + network + ".text").isEmpty(), "its row is gone");
        session.undo();
        robot.spin();
        assertEquals(1, robot.all("interest." + network + ".text").size(), "and back");

        // ---- step 2: the same partner is still chosen; it comes to get continuity and brings people
        window.show(1);
        assertEquals(2, this.<org.eclipse.swt.widgets.List>find("partner").getSelectionIndex());
        robot.choose("get.new.category", Category.CONTINUITY.ordinal());
        robot.fill("get.new.description", "Financiering na 2028");
        robot.fill("get.new.amount", "25.000");
        robot.fill("get.new.unit", "euro/jaar");
        robot.choose("get.new.firmness", 1);
        robot.click("get.add");
        robot.choose("bring.new.category", Category.PEOPLE.ordinal());
        robot.fill("bring.new.description", "Ambulant begeleiders");
        robot.fill("bring.new.amount", "2,5");
        robot.fill("bring.new.unit", "fte");
        robot.click("bring.add");
        // not a number: nothing is added, the field says why
        robot.fill("bring.new.description", "Iets vaags");
        robot.fill("bring.new.amount", "veel");
        robot.click("bring.add");
        assertNotEquals(null, this.<Text>find("bring.new.amount").getToolTipText());
        robot.fill("bring.new.description", "");
        robot.fill("bring.new.amount", "");

        List<Contribution> items = partner(jeugdzorg.id()).contributions();
        assertEquals(2, items.size());
        Contribution get = items.get(0);
        assertEquals(Direction.GET, get.direction());
        assertEquals(Category.CONTINUITY, get.category());
        assertEquals("Financiering na 2028", get.description());
        assertEquals(0, new BigDecimal("25000").compareTo(get.amount()));
        assertEquals("euro/jaar", get.unit());
        assertEquals(Firmness.DEMAND, get.firmness());
        Contribution bring = items.get(1);
        assertEquals(Direction.BRING, bring.direction());
        assertEquals(0, new BigDecimal("2.5").compareTo(bring.amount()));
        assertEquals("fte", bring.unit());
        assertEquals("25.000", this.<Text>find("item." + get.id() + ".amount").getText());
        // change the unit where it stands
        robot.type("item." + bring.id() + ".unit", "fte ");
        assertEquals("fte", partner(jeugdzorg.id()).contributions().get(1).unit());

        // ---- step 3: the cards side by side, and what stands out
        window.show(2);
        assertEquals("Jeugdzorg De Overstap",
                this.<Label>find("exchange.card." + jeugdzorg.id() + ".name").getText());
        Label item = find("exchange.item." + get.id());
        assertTrue(item.getText().contains("Financiering na 2028"), item.getText());
        assertTrue(item.getText().contains("25.000\u00a0euro/jaar"), item.getText());
        assertTrue(this.<Label>find("exchange.balance." + jeugdzorg.id()).getText().contains("brengt 1 \u00b7 haalt 1"));
        String sentence = "Eis zonder antwoord: Jeugdzorg De Overstap wil \u201cFinanciering na 2028\u201d halen "
                + "(continu\u00efteit); niemand brengt continu\u00efteit.";
        String findingId = findingWith(sentence);
        assertNotEquals(Ui.MARK, item.getBackground(), "not marked before the click");
        robot.press(findingId);
        assertEquals(Ui.MARK, item.getBackground(), "clicking the finding marks the item it comes from");
        robot.press(findingId);
        assertNotEquals(Ui.MARK, item.getBackground(), "a second click clears the mark");
        // the municipality wants work places per year; supervisors in fte are people too, but no match (issue 14)
        assertTrue(robot.all("match.0").isEmpty(), "no match across units");
        // a double click on a card's name goes back to step 1 with that partner
        context.forgetStep();
        robot.doubleClick("exchange.card.p-roc.name");
        assertEquals(0, context.lastStep());
        window.show(0);
        assertEquals("ROC Lingedal", this.<Label>find("card.name").getText());

        // ---- step 4: the shared ambition over two rounds
        window.show(3);
        robot.click("ambition.first");
        robot.type("ambition.statement", "Samen zorgen dat elke jongere een plek vindt");
        robot.type("ambition.concretisation", "We delen gegevens.");
        robot.fill("fact.new.text", "1.200 jongeren zonder startkwalificatie");
        robot.fill("fact.new.source", "CBS 2025");
        robot.click("fact.add");
        robot.choose("endorse.p-gemeente.recognition", Recognition.YES.ordinal() + 1);
        robot.type("endorse.p-gemeente.remark", "Past bij het coalitieakkoord");
        robot.choose("endorse.p-roc.recognition", Recognition.PARTLY.ordinal() + 1);
        AmbitionVersion first = session.dossier().ambition().current().orElseThrow();
        assertEquals(1, first.round());
        assertEquals(List.of(new Fact("1.200 jongeren zonder startkwalificatie", "CBS 2025")), first.facts());
        assertEquals(new Endorsement(Recognition.YES, "Past bij het coalitieakkoord"),
                first.endorsements().get("p-gemeente"));
        assertEquals(Recognition.PARTLY, first.endorsements().get("p-roc").recognition());

        robot.click("ambition.newRound");
        AmbitionVersion second = session.dossier().ambition().current().orElseThrow();
        assertEquals(2, second.round());
        assertEquals(LocalDate.now(), second.date());
        assertEquals(first.statement(), second.statement(), "a new round starts from the text of the last");
        assertEquals(first.facts(), second.facts());
        assertTrue(second.endorsements().isEmpty(), "every partner is asked again");
        assertEquals(first.statement(), this.<Text>find("ambition.statement").getText());
        robot.type("ambition.statement", "Samen zorgen dat elke jongere in Rivierenland een plek vindt");
        robot.type("fact.0.source", "Onderwijsmonitor 2025");
        robot.choose("endorse.p-jeugdzorg.recognition", Recognition.NO.ordinal() + 1);
        robot.type("endorse.p-jeugdzorg.remark", "Zorg ontbreekt");

        // compare round 1 with round 2: the added words green and underlined, nothing struck through on the right;
        // the comparison is made when its tab is chosen, with the rounds as they are then
        assertTrue(robot.all("compare.leftText").isEmpty(), "nothing of the comparison made before its tab is chosen");
        chooseTab(1);
        StyledText left = find("compare.leftText");
        StyledText right = find("compare.rightText");
        assertTrue(left.getText().contains("Samen zorgen dat elke jongere een plek vindt"), left.getText());
        assertTrue(right.getText().contains("in Rivierenland"), right.getText());
        StyleRange added = Arrays.stream(right.getStyleRanges()).filter(r -> r.underline).findFirst().orElseThrow();
        assertEquals("in Rivierenland", right.getText(added.start, added.start + added.length - 1));
        assertEquals(Ui.ADDED, added.foreground);
        assertTrue(Arrays.stream(left.getStyleRanges()).anyMatch(r -> r.strikeout
                && left.getText(r.start, r.start + r.length - 1).contains("CBS")), "the old source struck out");
        // choose the other way round
        robot.choose("compare.left", 1);
        robot.choose("compare.right", 0);
        assertTrue(Arrays.stream(this.<StyledText>find("compare.leftText").getStyleRanges())
                .anyMatch(r -> r.strikeout), "now the newer words are the removed ones");
        // a word changed on the round's tab shows when the comparison is chosen again
        chooseTab(0);
        robot.type("ambition.statement", "Samen zorgen dat elke jongere in Rivierenland een goede plek vindt");
        chooseTab(1);
        assertTrue(this.<StyledText>find("compare.leftText").getText().contains("een goede plek"),
                this.<StyledText>find("compare.leftText").getText());
        chooseTab(0);
        robot.type("ambition.statement", "Samen zorgen dat elke jongere in Rivierenland een plek vindt");
        // the versions list tells who recognises itself
        String[] versions = this.<org.eclipse.swt.widgets.List>find("ambition.versions").getItems();
        assertEquals(2, versions.length);
        assertTrue(versions[0].startsWith("Ronde 1") && versions[0].contains("1 van 3"), versions[0]);
        // back to round 1: its own text
        robot.choose("ambition.versions", 0);
        assertEquals(first.statement(), this.<Text>find("ambition.statement").getText());

        // ---- everything is in the dossier
        Dossier d = session.dossier();
        assertEquals(2, d.ambition().versions().size());
        AmbitionVersion now = d.ambition().current().orElseThrow();
        assertEquals("Samen zorgen dat elke jongere in Rivierenland een plek vindt", now.statement());
        assertEquals("We delen gegevens.", now.concretisation());
        assertEquals(List.of(new Fact("1.200 jongeren zonder startkwalificatie", "Onderwijsmonitor 2025")), now.facts());
        assertEquals(new Endorsement(Recognition.NO, "Zorg ontbreekt"), now.endorsements().get("p-jeugdzorg"));
        assertEquals("Samen zorgen dat elke jongere een plek vindt", d.ambition().versions().get(0).statement());
        assertEquals(2, d.partner(jeugdzorg.id()).orElseThrow().interests().size());
        assertEquals(2, d.partner(jeugdzorg.id()).orElseThrow().contributions().size());

        // ---- saved and read back, it is the same dossier
        JsonDossierStore store = new JsonDossierStore();
        Path file = dir.resolve("jongeren.koers");
        store.write(d, file);
        assertEquals(d, store.read(file));
    }

    @Test
    void aNewInterestDoesNotInheritTheLevelAndFirmnessOfTheOneBefore() {
        open(Dossiers.small(), NL, false);
        String jeugdzorg = session.dossier().partners().get(2).id();
        robot.choose("partner", 2);
        Combo level = find("interest.own.newLevel");
        Combo firmness = find("interest.own.newFirmness");
        assertEquals("kies niveau", level.getText(), "the level starts unchosen, and says so");

        robot.fill("interest.own.new", "Minder administratie voor mijn team");
        robot.choose("interest.own.newLevel", robot.indexOf("interest.own.newLevel", "individu"));
        robot.choose("interest.own.newFirmness", 1);
        robot.click("interest.own.add");
        assertEquals(Level.INDIVIDUAL, partner(jeugdzorg).interests().get(0).level());
        assertEquals(Firmness.DEMAND, partner(jeugdzorg).interests().get(0).firmness());
        assertEquals("kies niveau", level.getText(), "the next one is not filed as the person's too");
        assertEquals(0, firmness.getSelectionIndex(), "nor as a demand");

        // without a level, add asks for one and keeps what was typed
        robot.fill("interest.own.new", "Een sluitende begroting");
        robot.click("interest.own.add");
        assertEquals(1, partner(jeugdzorg).interests().size());
        assertEquals("Een sluitende begroting", this.<Text>find("interest.own.new").getText());
        assertTrue(level.getToolTipText().startsWith("Kies eerst het niveau"), level.getToolTipText());

        // a level chosen for one partner does not carry over to the next partner
        robot.choose("interest.own.newLevel", robot.indexOf("interest.own.newLevel", "individu"));
        robot.choose("interest.network.newFirmness", 1);
        robot.choose("partner", 1);
        assertEquals("kies niveau", level.getText());
        assertEquals(0, this.<Combo>find("interest.network.newFirmness").getSelectionIndex());
    }

    @Test
    void ctrlEnterCommitsWithoutANewlineAndIsOneUndoStep() {
        open(Dossiers.withAmbition(), NL, false);
        window.show(3);
        String before = session.dossier().ambition().current().orElseThrow().statement();
        Text statement = find("ambition.statement");
        window.shell().forceActive();
        statement.setFocus();
        statement.setText("Samen sterk voor elke jongere");
        robot.spin();
        // real keys, as a user presses them: Ctrl+Enter
        post(SWT.KeyDown, SWT.CTRL, 0);
        post(SWT.KeyDown, 0, '\r');
        post(SWT.KeyUp, 0, '\r');
        post(SWT.KeyUp, SWT.CTRL, 0);
        long soon = System.currentTimeMillis() + 300;
        while (System.currentTimeMillis() < soon) {
            robot.spin();
        }
        assertEquals("Samen sterk voor elke jongere", session.dossier().ambition().current().orElseThrow().statement()
                .strip(), "Ctrl+Enter commits at once, before the pause");
        long until = System.currentTimeMillis() + 2500; // past the pause after which a field commits by itself
        while (System.currentTimeMillis() < until) {
            robot.spin();
        }
        assertEquals("Samen sterk voor elke jongere", statement.getText(), "no newline in the field");
        assertEquals("Samen sterk voor elke jongere", session.dossier().ambition().current().orElseThrow().statement(),
                "nor in the dossier");
        session.undo();
        robot.spin();
        assertEquals(before, session.dossier().ambition().current().orElseThrow().statement(),
                "one undo takes the edit back");
    }

    private void post(int type, int keyCode, int character) {
        Event e = new Event();
        e.type = type;
        e.keyCode = keyCode;
        e.character = (char) character;
        assertTrue(display.post(e), "the display takes the key");
        robot.spin();
    }

    @Test
    void typingWithAPauseAndLeavingTheFieldIsOneUndoStep() {
        open(Dossiers.withAmbition(), NL, false);
        window.show(3);
        String before = session.dossier().ambition().current().orElseThrow().statement();
        Text statement = find("ambition.statement");
        statement.setFocus();
        statement.setText("Samen sterk");
        robot.waitUntil("the pause commits", () -> statement().equals("Samen sterk"));
        statement.setText("Samen sterk voor elke jongere");
        statement.notifyListeners(SWT.FocusOut, new Event());
        robot.spin();
        assertEquals("Samen sterk voor elke jongere", statement());
        session.undo();
        robot.spin();
        assertEquals(before, statement(), "one undo takes the whole edit back");
    }

    private String statement() {
        return session.dossier().ambition().current().orElseThrow().statement();
    }

    @Test
    void whatIsTypedReachesTheDossierWhenTypingPauses() {
        // a save made while the cursor is still in the field must find the text in the dossier
        open(Dossiers.withAmbition(), NL, false);
        window.show(3);
        Text statement = find("ambition.statement");
        statement.setFocus();
        statement.setText("Getypt, nog niet verlaten");
        robot.waitUntil("the statement is committed",
                () -> session.dossier().ambition().current().orElseThrow().statement().equals(statement.getText()));
        session.undo();
        robot.spin();
        assertEquals(Dossiers.withAmbition().ambition().current().orElseThrow().statement(), statement.getText(),
                "one undo takes the typing back");
    }

    @Test
    void withoutPartnersEveryStepSaysWhatToDoFirst() {
        open(Dossier.titled("Leeg"), NL, false);
        for (int step = 0; step < 4; step++) {
            window.show(step);
        }
        assertEquals(0, this.<org.eclipse.swt.widgets.List>find("partner").getItemCount());
        assertFalse(robot.all("ambition.first").isEmpty());
        robot.click("ambition.first");
        assertEquals(1, session.dossier().ambition().versions().size());
    }

    @Test
    void projectorModeInEnglish() {
        open(Dossiers.withAmbition(), Locale.ENGLISH, true);
        for (int step = 0; step < 4; step++) {
            window.show(step);
        }
        Text statement = find("ambition.statement");
        assertEquals(context.headingFont(), statement.getFont());
        assertTrue(context.font().getFontData()[0].getHeight() >= 2 * display.getSystemFont().getFontData()[0].getHeight());
        assertTrue(this.<org.eclipse.swt.widgets.List>find("ambition.versions").getItem(1).startsWith("Round 2"));
        String finding = this.<Label>find("finding.0").getText();
        assertTrue(finding.startsWith("Unanswered demand: ROC Lingedal wants to get"), finding);
    }

    @Test
    void theStepsFollowUndoAndChangesMadeElsewhere() {
        open(Dossiers.small(), NL, false);
        Partner roc = session.dossier().partners().get(1);
        robot.choose("partner", 1);
        String id = roc.interests().get(0).id();
        // another screen (or instrument) changes the interest: this one follows
        session.apply(nl.koers.domain.edit.Edits.updateInterest(roc.id(),
                new Interest(id, "Elders gewijzigd", Level.NETWORK, Firmness.DEMAND)));
        robot.spin();
        assertEquals("Elders gewijzigd", this.<Text>find("interest." + id + ".text").getText());
        assertEquals(Level.NETWORK.ordinal(), this.<org.eclipse.swt.widgets.Combo>find("interest." + id + ".level")
                .getSelectionIndex());
        session.apply(nl.koers.domain.edit.Edits.removePartner(roc.id()));
        robot.spin();
        assertEquals(2, this.<org.eclipse.swt.widgets.List>find("partner").getItemCount());
        window.show(2);
        assertTrue(robot.all("exchange.card." + roc.id()).isEmpty());
        session.undo();
        robot.spin();
        assertEquals(1, robot.all("exchange.card." + roc.id()).size());
    }

    private Partner partner(String id) {
        return session.dossier().partner(id).orElseThrow();
    }

    @Test
    void aDismissedMatchStaysDismissedAfterReopeningAndAConfirmedOneShowsAsAgreed() throws Exception {
        open(Dossiers.matching(), NL, false);
        window.show(2);
        assertTrue(this.<Label>find("match.0").getText().contains("Leerbanen bij het ROC"), "closer in amount: first");
        assertTrue(this.<Label>find("match.0.reason").getText().startsWith("samen: leerbanen \u00b7 in plaatsen/jaar"),
                this.<Label>find("match.0.reason").getText());
        assertTrue(this.<Label>find("match.1").getText().startsWith("Jeugdzorg De Overstap brengt"));
        assertTrue(robot.all("match.2").isEmpty(), "the supervisors in fte match nothing");

        robot.click("match.1.dismiss");
        assertTrue(robot.all("match.1").isEmpty(), "a dismissed match disappears");
        assertTrue(session.dossier().matchDecision("c-j1", "c-g2").orElseThrow().dismissed());
        robot.click("match.0.confirm");
        assertTrue(this.<Label>find("match.0").getText().startsWith("\u2713 Afgesproken: ROC Lingedal brengt"),
                this.<Label>find("match.0").getText());
        assertEquals("Bevestiging intrekken", this.<org.eclipse.swt.widgets.Button>find("match.0.confirm").getText());

        // saved, closed and opened again: still dismissed, still confirmed
        JsonDossierStore store = new JsonDossierStore();
        Path file = dir.resolve("overeenkomsten.koers");
        store.write(session.dossier(), file);
        window.close();
        open(store.read(file), NL, false);
        window.show(2);
        assertTrue(this.<Label>find("match.0").getText().startsWith("\u2713 Afgesproken: ROC Lingedal"));
        assertTrue(robot.all("match.1").isEmpty(), "the dismissed match stays away after reopening");

        // only when the facilitator asks for them, marked as dismissed, to be put back
        robot.tick("matches.dismissed", true);
        robot.spin();
        assertTrue(this.<Label>find("match.1").getText().startsWith("Weggelegd: Jeugdzorg De Overstap brengt"),
                this.<Label>find("match.1").getText());
        robot.click("match.1.dismiss");
        assertTrue(session.dossier().matchDecision("c-j1", "c-g2").isEmpty(), "put back: undecided again");
    }

    /** Chooses a tab of the ambition step, as a click on it does. */
    private void chooseTab(int index) {
        CTabFolder tabs = find("ambition.tabs");
        tabs.setSelection(index);
        Event e = new Event();
        e.item = tabs.getItem(index);
        tabs.notifyListeners(SWT.Selection, e);
        robot.spin();
    }

    private <T extends Control> T find(String id) {
        return robot.find(id);
    }

    private String findingWith(String sentence) {
        for (int i = 0; i < 20; i++) {
            List<Control> found = robot.all("finding." + i);
            if (found.isEmpty()) {
                break;
            }
            if (((Label) found.get(0)).getText().equals(sentence)) {
                return "finding." + i;
            }
        }
        throw new AssertionError("no finding '" + sentence + "'");
    }
}
