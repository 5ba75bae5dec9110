package nl.koers.instrument.brengenhalen.internal.screen;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.koers.domain.Contribution;
import nl.koers.domain.CoreValue;
import nl.koers.domain.Dossier;
import nl.koers.domain.Partner;
import nl.koers.domain.analysis.BringGet;
import nl.koers.domain.analysis.Match;
import nl.koers.document.DocumentView;
import nl.koers.instrument.api.swt.InstrumentScreens;
import nl.koers.instrument.api.swt.testing.Robot;
import nl.koers.instrument.api.swt.testing.SessionContext;
import nl.koers.instrument.api.swt.testing.StepWindow;
import nl.koers.instrument.brengenhalen.internal.ConversationData;
import nl.koers.instrument.brengenhalen.internal.Dossiers;
import nl.koers.instrument.brengenhalen.internal.Phrases;
import nl.koers.store.internal.JsonDossierStore;

/**
 * The six steps in a real SWT window on a real display (Xvfb in CI), on the sample dossier, through the
 * widgets, against a real dossier session; then saved and read back. Without a display these tests fail: they
 * are never skipped.
 */
class BrengenhalenScreensUiTest {
    private static final Locale NL = Locale.of("nl");

    @TempDir
    Path dir;

    private final AtomicLong now = new AtomicLong(0);
    private final FakeDialogs dialogs = new FakeDialogs();
    @AutoClose
    private StepWindow window;
    private Display display;
    private SessionContext context;
    private DocumentView session;
    private Robot robot;

    private void open(Dossier start, Locale locale, boolean projector) {
        InstrumentScreens screens = new BrengenhalenScreens(now::get, owner -> dialogs);
        assertEquals("brengenhalen", screens.instrumentId());
        window = StepWindow.open(screens, 6, Ui.PREFIX, start, locale, projector);
        display = window.shell().getDisplay();
        context = window.context();
        session = window.session();
        robot = window.robot();
        assertThrows(IllegalArgumentException.class,
                () -> screens.createStep(6, new Composite(window.shell(), 0), context));
    }

    // ---- step 4: the conversation

    @Test
    void theSpeakingClockGoesPartnerByPartnerAndTheNotesAreKept() throws Exception {
        open(Dossiers.sample(), NL, false);
        window.show(3);
        List<Partner> partners = session.dossier().partners();
        Partner gemeente = partners.get(0);
        Partner roc = partners.get(1);

        // the first partner has the floor, with the full time, and its answers large on screen
        assertEquals("Aan het woord: Gemeente Waalstede", this.<Label>find("clock.speaker").getText());
        assertEquals("20:00", this.<Label>find("clock.time").getText());
        assertEquals("Gemeente Waalstede", this.<Label>find("answers.name").getText());
        assertTrue(this.<Label>find("answers.item.c-gemeente-1").getText().contains("250.000\u00a0euro/jaar"));
        org.eclipse.swt.widgets.List order = find("clock.order");
        assertEquals(5, order.getItemCount());
        assertTrue(order.getItem(0).startsWith("\u25b6 20:00  1. Gemeente Waalstede"), order.getItem(0));
        assertEquals(0, order.getSelectionIndex());

        // the clock runs on the display's timer: 65 seconds pass, and the screen shows it
        assertFalse(context.ownClockRunning());
        robot.click("clock.start");
        assertEquals("Pauze", this.<Button>find("clock.start").getText());
        assertTrue(context.ownClockRunning(), "one clock in view: the workbench hears that the speaking clock runs");
        now.addAndGet(65_000);
        robot.waitUntil("the clock shows the time left", () -> find("clock.time") instanceof Label l
                && l.getText().equals("18:55"));

        // notes for the first partner, then the next partner has the floor
        robot.type("notes", "Budget is er tot 2028; daarna opnieuw in de raad.");
        robot.click("clock.next");
        assertEquals("Aan het woord: ROC Lingedal", this.<Label>find("clock.speaker").getText());
        assertEquals("ROC Lingedal", this.<Label>find("answers.name").getText());
        assertTrue(order.getItem(0).startsWith("\u2713 18:55  1."), "the first has spoken: " + order.getItem(0));
        assertTrue(order.getItem(1).startsWith("\u25b6 20:00  2. ROC Lingedal"), order.getItem(1));
        assertEquals("", this.<Text>find("notes").getText(), "the notes field is the next partner's");
        now.addAndGet(30_000);
        robot.waitUntil("the next partner's time runs", () -> this.<Label>find("clock.time").getText().equals("19:30"));

        // typed and not yet committed when the floor moves on: the notes go to the partner they were typed for
        robot.fill("notes", "Wil 60 leerwerkplekken; wie betaalt de praktijkopleiders?");
        robot.click("clock.next");
        ConversationData data = ConversationData.of(session.dossier());
        assertEquals("Budget is er tot 2028; daarna opnieuw in de raad.", data.note(gemeente.id()));
        assertEquals("Wil 60 leerwerkplekken; wie betaalt de praktijkopleiders?", data.note(roc.id()));
        // back to a partner by choosing it in the order: its notes come back
        robot.choose("clock.order", 0);
        assertEquals("Budget is er tot 2028; daarna opnieuw in de raad.", this.<Text>find("notes").getText());

        // pause: time stands still
        robot.click("clock.start");
        assertEquals("Verder", this.<Button>find("clock.start").getText());
        assertFalse(context.ownClockRunning(), "paused: the step timer may come back");
        now.addAndGet(600_000);
        robot.spin();
        assertEquals("18:55", this.<Label>find("clock.time").getText());

        // the time for the whole round instead of per partner: 50 minutes for 5 partners is 10 each
        this.<org.eclipse.swt.widgets.Combo>find("clock.mode").select(1);
        find("clock.mode").notifyListeners(SWT.Selection, new Event());
        org.eclipse.swt.widgets.Spinner minutes = find("clock.minutes");
        minutes.setSelection(50);
        minutes.notifyListeners(SWT.Selection, new Event());
        robot.spin();
        assertEquals("8:55", this.<Label>find("clock.time").getText(), "ten minutes, of which 1:05 used");
        assertTrue(this.<Label>find("clock.setting").getText().contains("10:00"));

        // undo takes the last notes back, and the field follows
        session.undo();
        robot.spin();
        assertEquals("", ConversationData.of(session.dossier()).note(roc.id()));

        // saved and read back, the notes are there
        session.redo();
        JsonDossierStore store = new JsonDossierStore();
        Path file = dir.resolve("gesprek.koers");
        store.write(session.dossier(), file);
        Dossier back = store.read(file);
        assertEquals(session.dossier(), back);
        assertEquals("Wil 60 leerwerkplekken; wie betaalt de praktijkopleiders?",
                ConversationData.of(back).note(roc.id()));
    }

    @Test
    void aSpannendPuntGoesOnTheDossiersListForThePartnerWhoHasTheFloor() throws Exception {
        open(Dossiers.sample(), NL, false);
        window.show(3);
        Partner roc = session.dossier().partners().get(1);
        int before = session.dossier().openIssues().size();
        robot.click("clock.next");
        assertEquals("2 open punten", this.<Label>find("issue.count").getText(), "the sample's open points");

        robot.fill("issue.text", "Wie betaalt de praktijkopleiders?");
        robot.click("issue.add");
        assertEquals(before + 1, session.dossier().openIssues().size());
        nl.koers.domain.OpenIssue point = session.dossier().openIssues().get(before);
        assertEquals("Wie betaalt de praktijkopleiders?", point.text());
        assertEquals(roc.id(), point.partnerId());
        assertEquals("", this.<Text>find("issue.text").getText(), "the field is ready for the next point");
        assertEquals("3 open punten", this.<Label>find("issue.count").getText());

        // nothing typed adds nothing
        robot.click("issue.add");
        assertEquals(before + 1, session.dossier().openIssues().size());

        JsonDossierStore store = new JsonDossierStore();
        Path file = dir.resolve("punten.koers");
        store.write(session.dossier(), file);
        assertEquals(point, store.read(file).openIssues().get(before));
    }

    @Test
    void theRoundEndsAfterTheLastPartner() {
        open(Dossiers.sample(), NL, false);
        window.show(3);
        robot.click("clock.start");
        for (int i = 0; i < 5; i++) {
            robot.click("clock.next");
        }
        assertEquals("Iedere partner is aan het woord geweest.", this.<Label>find("clock.speaker").getText());
        assertFalse(this.<Button>find("clock.next").isEnabled());
        assertFalse(this.<Text>find("notes").isEnabled());
        context.forgetStep();
        robot.click("toCommonalities");
        assertEquals(4, context.lastStep());
        robot.click("clock.start");
        assertEquals("Aan het woord: Gemeente Waalstede", this.<Label>find("clock.speaker").getText(),
                "a new round starts with the first partner");
    }

    // ---- step 5: commonalities first

    @Test
    void commonalitiesFirstThenDifferencesAndAMatchIsAgreedAndUndone() throws Exception {
        open(Dossiers.sample(), NL, false);
        window.show(4);
        Dossier d = session.dossier();
        // where the essences meet: "jongeren", in four partners' words
        assertEquals("jongeren", this.<Label>find("common.essence.0.word").getText());
        assertTrue(this.<Label>find("common.essence.0").getText().contains("(4 partners)"));
        // interests at network level that several share
        assertEquals("regionale", this.<Label>find("common.network.0.word").getText());
        // a match of the sample: the employers bring work-based places, the ROC wants to get them
        String sentence = "Ondernemersvereniging Waal & Linge brengt \u201cLeerwerkplekken (bbl) bij aangesloten "
                + "bedrijven in techniek, logistiek en fruitteelt\u201d; ROC Lingedal wil \u201cLeerwerkplekken (bbl) "
                + "bij bedrijven in techniek en logistiek\u201d halen (mensen).";
        String id = matchWith(sentence);
        Match match = BringGet.matches(d).stream().filter(m -> m.bring().contributionId().equals("c-werkgevers-1")
                && m.get().contributionId().equals("c-roc-4")).findFirst().orElseThrow();
        // and only then the differences
        Control common = find("common.title");
        Control differ = find("differ.title");
        assertTrue(differ.getLocation().y > find(id).getParent().getLocation().y, "differences come after");
        assertTrue(common.getParent().getLocation().y < differ.getLocation().y);
        assertTrue(this.<Label>find("finding.0").getText().startsWith("Eis zonder antwoord: Jeugdzorg De Overstap"));
        assertTrue(texts("demand.").stream().anyMatch(t -> t.startsWith("Ondernemersvereniging Waal & Linge: "
                + "\u201cWeinig administratieve last")), texts("demand.").toString());

        // agreed: ticked, kept in the dossier, shown in the balance too; undo takes it back
        Button box = find(id + ".agreed");
        assertFalse(box.getSelection());
        tick(id + ".agreed", true);
        assertTrue(ConversationData.of(session.dossier()).agreed(match));
        assertTrue(box.getSelection());
        assertTrue(box == find(id + ".agreed"), "the screen keeps its widgets when only the agreement changes");
        window.show(5);
        balanceTab();
        Button inBalance = (Button) robot.all("balance.people.match." + BringGet.matches(d).stream()
                .filter(m -> m.category() == match.category()).toList().indexOf(match) + ".agreed").get(0);
        assertTrue(inBalance.getSelection() && inBalance.isVisible(), "agreed matches stay in view in the balance");
        window.show(4);
        session.undo();
        robot.spin();
        assertFalse(ConversationData.of(session.dossier()).agreed(match));
        assertFalse(box.getSelection());
        session.redo();
        robot.spin();
        assertTrue(box.getSelection());

        // survives saving and reading back
        JsonDossierStore store = new JsonDossierStore();
        Path file = dir.resolve("afgesproken.koers");
        store.write(session.dossier(), file);
        assertTrue(ConversationData.of(store.read(file)).agreed(match));
    }

    @Test
    void aDismissedMatchStaysDismissedAfterReopeningAndAnOldTickCountsAsAgreed() throws Exception {
        Dossier sample = Dossiers.sample();
        Match places = BringGet.matches(sample).stream().filter(m -> m.bring().contributionId().equals(
                "c-werkgevers-1") && m.get().contributionId().equals("c-roc-4")).findFirst().orElseThrow();
        Match other = BringGet.best(BringGet.matches(sample), 5).stream().filter(m -> !m.samePair(places))
                .findFirst().orElseThrow();
        // agreed the way this instrument kept it before agreements were the dossier's
        Dossier start = sample.withInstrumentData(ConversationData.INSTRUMENT,
                Map.of("agreed", List.of(Map.of("bring", "c-werkgevers-1", "get", "c-roc-4"))));
        Phrases say = new Phrases(NL);
        String placesSentence = say.match(start, places);
        String otherSentence = say.match(start, other);
        open(start, NL, false);
        window.show(4);
        assertTrue(this.<Button>find(matchWith(placesSentence) + ".agreed").getSelection(), "an old tick counts");
        assertTrue(this.<Label>find(matchWith(placesSentence) + ".reason").getText().startsWith("samen: "));

        robot.click(matchWith(otherSentence) + ".dismiss");
        assertThrows(AssertionError.class, () -> matchWith(otherSentence), "a dismissed match disappears");
        assertTrue(session.dossier().matchDecision(other.bring().contributionId(), other.get().contributionId())
                .orElseThrow().dismissed());
        // the tick taken off and put on again: the dossier's confirmation takes the place of the old tick
        tick(matchWith(placesSentence) + ".agreed", false);
        assertFalse(ConversationData.of(session.dossier()).agreed(places));
        assertTrue(ConversationData.of(session.dossier()).agreements().isEmpty(), "the old tick is gone");
        tick(matchWith(placesSentence) + ".agreed", true);
        assertTrue(session.dossier().matchDecision("c-werkgevers-1", "c-roc-4").orElseThrow().confirmed());

        JsonDossierStore store = new JsonDossierStore();
        Path file = dir.resolve("weggelegd.koers");
        store.write(session.dossier(), file);
        window.close();
        open(store.read(file), NL, false);
        window.show(4);
        assertThrows(AssertionError.class, () -> matchWith(otherSentence), "still dismissed after reopening");
        assertTrue(this.<Button>find(matchWith(placesSentence) + ".agreed").getSelection(), "still agreed");
        // asked for, the dismissed one is back, marked, and can be put back
        tick("matches.dismissed", true);
        robot.spin();
        String back = matchWith(say.format("screen.dismissedMark", otherSentence));
        robot.click(back + ".dismiss");
        assertTrue(session.dossier().matchDecision(other.bring().contributionId(), other.get().contributionId())
                .isEmpty());
    }

    // ---- step 6: the figure and the balance

    @Test
    void theFigureAndTheBalanceFollowTheDossier() {
        open(Dossiers.sample(), NL, false);
        window.show(5);
        Canvas canvas = find("figure.canvas");
        assertTrue(canvas.getSize().x > 100 && canvas.getSize().y > 100, "the figure fills the screen");
        balanceTab();
        // per category, who brings and who gets; a gap where nobody brings what is wanted
        assertTrue(this.<Label>find("balance.people.bringers").getText().contains("Ondernemersvereniging Waal"));
        assertTrue(this.<Label>find("balance.people.getters").getText().startsWith("Halen: ROC Lingedal"));
        assertEquals("gat: niemand brengt dit", this.<Label>find("balance.continuity.status").getText());
        assertTrue(this.<Label>find("balance.continuity.gap.0").getText().contains("Jeugdzorg De Overstap"));
        assertEquals("niemand vraagt hierom", this.<Label>find("balance.network.status").getText());
        // per partner bring against get
        assertEquals("brengt 4 \u00b7 haalt 2", this.<Label>find("balance.partner.p-werkgevers.counts").getText());
        // make it concrete
        List<String> vague = texts("balance.vague.");
        assertTrue(vague.stream().anyMatch(t -> t.contains("Toegang tot het bestuurlijk overleg")), vague.toString());
        int before = vague.size();
        // made concrete elsewhere: the balance follows
        Partner gemeente = session.dossier().partner("p-gemeente").orElseThrow();
        Contribution c = gemeente.contributions().stream().filter(x -> x.id().equals("c-gemeente-3")).findFirst()
                .orElseThrow();
        session.apply(nl.koers.domain.edit.Edits.updateContribution(gemeente.id(),
                c.withAmount(new BigDecimal("4"), "overleggen/jaar")));
        robot.spin();
        assertEquals(before - 1, texts("balance.vague.").size());
    }

    // ---- steps 1 to 3: the homework

    @Test
    void theHomeworkIsEditedWhereItStands() {
        open(Dossiers.sample(), NL, false);
        robot.choose("partner", 3);
        assertEquals("Jeugdzorg De Overstap", this.<Label>find("card.name").getText());
        robot.type("essence", "Begeleiding die niet stopt op de dag dat een jongere 18 wordt.");
        assertEquals("Begeleiding die niet stopt op de dag dat een jongere 18 wordt.",
                session.dossier().partner("p-jeugdzorg").orElseThrow().essence());

        window.show(1);
        assertEquals("Jeugdzorg De Overstap", this.<Label>find("card.name").getText(), "the same partner");
        robot.enter("coreValue.new", "Geen jongere valt tussen wal en schip.");
        List<CoreValue> values = session.dossier().partner("p-jeugdzorg").orElseThrow().coreValues();
        assertEquals(2, values.size());
        robot.type("coreValue." + values.get(0).id() + ".text", "Praat met jongeren, niet over hen.");
        assertEquals("Praat met jongeren, niet over hen.",
                session.dossier().partner("p-jeugdzorg").orElseThrow().coreValues().get(0).text());
        robot.click("coreValue." + values.get(1).id() + ".remove");
        assertEquals(1, session.dossier().partner("p-jeugdzorg").orElseThrow().coreValues().size());

        window.show(2);
        // an item without amount or unit asks to be made concrete
        Text amount = find("item.c-jeugdzorg-3.amount");
        assertNotNull(amount.getToolTipText());
        robot.type("item.c-jeugdzorg-3.amount", "12");
        robot.type("item.c-jeugdzorg-3.unit", "gezinnen/jaar");
        Contribution made = session.dossier().partner("p-jeugdzorg").orElseThrow().contributions().stream()
                .filter(x -> x.id().equals("c-jeugdzorg-3")).findFirst().orElseThrow();
        assertTrue(made.isConcrete());
        assertEquals(null, this.<Text>find("item.c-jeugdzorg-3.amount").getToolTipText());
    }

    /**
     * An amount with more digits than a file keeps is refused in the field, in Dutch, and nothing changes; an
     * amount at the limit is kept, saved and read back: the dossier can always be opened again.
     */
    @Test
    void anAmountWithTooManyDigitsIsRefusedInTheFieldAndOneAtTheLimitIsSavedAndOpensAgain() throws Exception {
        open(Dossiers.sample(), NL, false);
        window.show(2);
        String nineteen = "1234567890123456789";
        Dossier before = session.dossier();
        robot.type("item.c-gemeente-1.amount", nineteen);
        Text amount = find("item.c-gemeente-1.amount");
        assertEquals("Het getal " + nineteen + " heeft te veel cijfers om te bewaren: ten hoogste 18 voor en 18 na de komma.",
                amount.getToolTipText());
        assertEquals(nineteen, amount.getText(), "what was typed stays, to be corrected");
        assertEquals(before, session.dossier(), "nothing changed");

        robot.fill("bring.new.description", "Budget");
        robot.enter("bring.new.amount", nineteen + ",5");
        assertTrue(this.<Text>find("bring.new.amount").getToolTipText().startsWith("Het getal "));
        assertEquals(before, session.dossier(), "nothing added");

        String eighteen = "123.456.789.012.345.678,123456789012345678";
        robot.type("item.c-gemeente-1.amount", eighteen);
        assertFalse(String.valueOf(this.<Text>find("item.c-gemeente-1.amount").getToolTipText())
                .startsWith("Het getal"), "the mark is gone");
        BigDecimal kept = new BigDecimal("123456789012345678.123456789012345678");
        assertEquals(kept, session.dossier().partner("p-gemeente").orElseThrow().contributions().stream()
                .filter(x -> x.id().equals("c-gemeente-1")).findFirst().orElseThrow().amount());
        JsonDossierStore store = new JsonDossierStore();
        Path file = dir.resolve("grens.koers");
        store.write(session.dossier(), file);
        assertEquals(session.dossier(), store.open(file).dossier());
    }

    @Test
    void homeworkFormsAreWrittenAndAFilledFormIsImportedAfterAQuestion() throws Exception {
        Path roc = rocFormOfTheSample();
        assertTrue(dialogs.told.get(0).startsWith("5 formulieren gemaakt in "), dialogs.told.get(0));

        // a form as it was sent out changes nothing
        dialogs.forms = List.of(roc);
        robot.click("homework.import");
        assertTrue(dialogs.asked.isEmpty(), "nothing to ask");
        assertTrue(last(dialogs.told).startsWith("Niets veranderd"), last(dialogs.told));

        // a form from elsewhere is refused, with its reason
        Path notAForm = dir.resolve("brief.pdf");
        java.nio.file.Files.writeString(notAForm, "geen pdf");
        dialogs.forms = List.of(notAForm);
        robot.click("homework.import");
        assertTrue(last(dialogs.told).startsWith("Geweigerd: "), last(dialogs.told));
        assertTrue(last(dialogs.told).contains("brief.pdf"), last(dialogs.told));

        // the partner changed the essence: Koers asks before it writes over it; no means no
        fill(roc, "essence", "Samen met werkgevers elke student een leerbaan.");
        dialogs.forms = List.of(roc);
        dialogs.answer = false;
        robot.click("homework.import");
        assertEquals(1, dialogs.asked.size());
        assertTrue(dialogs.asked.get(0).contains("Samen met werkgevers elke student een leerbaan."),
                dialogs.asked.get(0));
        assertTrue(last(dialogs.told).startsWith("Niet overschreven"), last(dialogs.told));
        String was = session.dossier().partner("p-roc").orElseThrow().essence();
        assertFalse(was.startsWith("Samen met werkgevers"));
        // yes writes it over, as one edit that undo takes back
        dialogs.answer = true;
        robot.click("homework.import");
        assertEquals("Samen met werkgevers elke student een leerbaan.",
                session.dossier().partner("p-roc").orElseThrow().essence());
        assertTrue(last(dialogs.told).startsWith("Ingelezen: ROC Lingedal"), last(dialogs.told));
        assertEquals("ROC Lingedal", this.<Label>find("card.name").getText(), "the imported partner is shown");
        assertEquals("Samen met werkgevers elke student een leerbaan.", this.<Text>find("essence").getText());
        session.undo();
        robot.spin();
        assertEquals(was, session.dossier().partner("p-roc").orElseThrow().essence());
    }

    @Test
    void aLineThePartnerEmptiedIsRemovedOnlyWhenTheFacilitatorSaysSo() throws Exception {
        Path roc = rocFormOfTheSample();
        nl.koers.domain.Contribution first = session.dossier().partner("p-roc").orElseThrow().contributions().get(0);
        String line = first.direction().name().toLowerCase(java.util.Locale.ROOT) + "." + first.category().name()
                + ".1.";
        for (String part : List.of("description", "amount", "unit")) {
            fill(roc, line + part, "");
        }
        dialogs.forms = List.of(roc);
        dialogs.answer = false;
        robot.click("homework.import");
        assertEquals(1, dialogs.asked.size());
        assertTrue(dialogs.asked.get(0).contains(first.description()), dialogs.asked.get(0));
        assertTrue(session.dossier().partner("p-roc").orElseThrow().hasContribution(first.id()), "no keeps it");
        assertTrue(last(dialogs.told).contains("1 leeggemaakte regel blijft in het dossier staan."),
                last(dialogs.told));
        dialogs.answer = true;
        robot.click("homework.import");
        assertFalse(session.dossier().partner("p-roc").orElseThrow().hasContribution(first.id()), "yes removes it");
        assertTrue(last(dialogs.told).contains("1 leeggemaakte regel is uit het dossier gehaald."),
                last(dialogs.told));
        session.undo();
        robot.spin();
        assertTrue(session.dossier().partner("p-roc").orElseThrow().hasContribution(first.id()), "undo brings it back");
    }

    @Test
    void makingFormsAgainAsksBeforeOverwritingAndKeepsAFilledForm() throws Exception {
        Path roc = rocFormOfTheSample();
        fill(roc, "essence", "Een antwoord dat nog nergens anders staat.");
        byte[] filled = java.nio.file.Files.readAllBytes(roc);
        Path other = java.nio.file.Files.list(dialogs.folder).filter(p -> !p.equals(roc)).findFirst().orElseThrow();
        java.nio.file.Files.writeString(other, "oud");

        // cancelled: nothing is written
        dialogs.answer = false;
        int told = dialogs.told.size();
        robot.click("homework.forms");
        assertEquals(1, dialogs.asked.size());
        assertTrue(dialogs.asked.get(0).contains(other.getFileName().toString()), dialogs.asked.get(0));
        assertTrue(dialogs.asked.get(0).contains(roc.getFileName() + " (ingevuld formulier: blijft staan)"),
                dialogs.asked.get(0));
        assertEquals(told, dialogs.told.size());
        assertEquals("oud", java.nio.file.Files.readString(other));

        // overwrite: the others are written again, the filled form stays as the partner sent it
        dialogs.answer = true;
        robot.click("homework.forms");
        assertTrue(last(dialogs.told).contains("Niet overschreven: " + roc.getFileName()), last(dialogs.told));
        assertArrayEquals(filled, java.nio.file.Files.readAllBytes(roc));
        assertTrue(java.nio.file.Files.readString(other, java.nio.charset.StandardCharsets.ISO_8859_1)
                .startsWith("%PDF-"));
    }

    // ---- the room

    @Test
    void projectorModeInEnglish() {
        open(Dossiers.sample(), Locale.ENGLISH, true);
        for (int step = 0; step < 6; step++) {
            window.show(step);
        }
        window.show(3);
        assertEquals("Speaking: Gemeente Waalstede", this.<Label>find("clock.speaker").getText());
        assertTrue(context.font().getFontData()[0].getHeight() >= 2 * display.getSystemFont().getFontData()[0]
                .getHeight());
        assertTrue(this.<Label>find("clock.time").getFont().getFontData()[0].getHeight()
                > context.headingFont().getFontData()[0].getHeight(), "the clock is the largest thing on screen");
        assertTrue(this.<Label>find("answers.item.c-gemeente-1").getFont().getFontData()[0].getHeight()
                > context.font().getFontData()[0].getHeight(), "the answers are large");
        window.show(4);
        assertEquals("1. Commonalities first", this.<Label>find("common.title").getText());
    }

    @Test
    void withoutPartnersEveryStepSaysWhatToDoFirst() {
        open(Dossier.titled("Leeg"), NL, false);
        for (int step = 0; step < 6; step++) {
            window.show(step);
        }
        window.show(3);
        assertFalse(this.<Button>find("clock.start").isEnabled());
        assertEquals(0, this.<org.eclipse.swt.widgets.List>find("clock.order").getItemCount());
    }

    // ---- helpers

    private <T extends Control> T find(String id) {
        return robot.find(id);
    }

    private void balanceTab() {
        org.eclipse.swt.custom.CTabFolder tabs = find("figure.tabs");
        tabs.setSelection(1);
        robot.spin();
    }

    private void tick(String id, boolean on) {
        Button b = find(id);
        b.setSelection(on);
        b.notifyListeners(SWT.Selection, new Event());
        robot.spin();
    }

    private String matchWith(String sentence) {
        for (int i = 0; i < 100; i++) {
            List<Control> found = robot.all("match." + i);
            if (found.isEmpty()) {
                break;
            }
            if (((Label) found.get(0)).getText().equals(sentence.replace("&", "&&"))) {
                return "match." + i;
            }
        }
        throw new AssertionError("no match '" + sentence + "'");
    }

    private List<String> texts(String prefix) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            List<Control> found = robot.all(prefix + i);
            if (found.isEmpty()) {
                break;
            }
            out.add(((Label) found.get(0)).getText().replace("&&", "&"));
        }
        return out;
    }

    private static String last(List<String> list) {
        return list.get(list.size() - 1);
    }

    /** Opens the sample, makes its homework forms with the button, and returns the form of ROC Lingedal. */
    private Path rocFormOfTheSample() throws Exception {
        open(Dossiers.sample(), NL, false);
        dialogs.folder = dir.resolve("formulieren");
        robot.click("homework.forms");
        try (java.util.stream.Stream<Path> forms = java.nio.file.Files.list(dialogs.folder)) {
            return forms.filter(p -> p.getFileName().toString().contains("roc")).findFirst().orElseThrow();
        }
    }

    /** Fills one field of a form the way a PDF reader does, and saves it. */
    private static void fill(Path form, String field, String value) throws Exception {
        try (org.apache.pdfbox.pdmodel.PDDocument pdf = org.apache.pdfbox.Loader.loadPDF(form.toFile())) {
            pdf.getDocumentCatalog().getAcroForm().getField(field).setValue(value);
            pdf.save(form.toFile());
        }
    }

    /** Answers the homework buttons' questions as the test says. */
    private static final class FakeDialogs implements HomeworkButtons.Dialogs {
        Path folder;
        List<Path> forms = List.of();
        boolean answer;
        final List<String> asked = new ArrayList<>();
        final List<String> told = new ArrayList<>();

        @Override
        public Path folder(String title) {
            return folder;
        }

        @Override
        public List<Path> forms(String title) {
            return forms;
        }

        @Override
        public boolean ask(String title, String text) {
            asked.add(text);
            return answer;
        }

        @Override
        public void tell(String title, String text) {
            told.add(text);
        }
    }
}
