package nl.koers.shell.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.koers.domain.Dossier;
import nl.koers.domain.IssueStatus;
import nl.koers.domain.OpenIssue;
import nl.koers.domain.PartnerSelection.Criterion;
import nl.koers.domain.PlanItem;
import nl.koers.domain.Rating;
import nl.koers.instrument.brengenhalen.internal.BrengenhalenInstrument;
import nl.koers.instrument.brengenhalen.internal.screen.BrengenhalenScreens;
import nl.koers.render.internal.OpenIssuesPrintable;
import nl.koers.render.internal.PdfBoxRenderer;
import nl.koers.render.internal.SessionPlanPrintable;
import nl.koers.store.internal.JsonDossierStore;

/**
 * The method's missing pieces in the real window, with the real brengen-halen gesprek: spannende punten added from
 * a step of the conversation and from Dossier &gt; Spannende punten, partner selection on the dossier page, and a
 * session plan that the step timer follows; all of it saved, closed, opened again and found.
 */
class MethodUiTest {
    private final InstrumentCatalogue catalogue = new InstrumentCatalogue();
    private final JsonDossierStore store = new JsonDossierStore();

    @TempDir
    Path dir;

    private Display display;
    private Workbench workbench;
    private Robot robot;
    private ScriptedDialogs dialogs;

    @BeforeEach
    void open() {
        display = Display.getDefault();
        workbench = new Workbench(display, RealDocuments.in(dir.resolve("data")), catalogue,
                new RecentFiles(dir.resolve("recent")), Locale.of("nl"), () -> null, "0.1.0",
                (shell, texts) -> dialogs = new ScriptedDialogs(shell, texts));
        workbench.open();
        robot = new Robot(display, workbench.shell());
        catalogue.add(new BrengenhalenInstrument());
        catalogue.addScreens(new BrengenhalenScreens());
        robot.spin();
    }

    @AfterEach
    void close() {
        if (!workbench.shell().isDisposed()) {
            workbench.shell().dispose();
        }
        robot.spin();
    }

    @Test
    void spannendePuntenFromAStepAndFromTheMenuSurviveClosingAndOpening() throws Exception {
        robot.menu("menu.file.new");
        robot.type("details.title", "Jongeren aan het werk");
        robot.click("partners.add");
        robot.type("partner.name", "Gemeente Tiel");
        robot.click("partners.add");
        robot.type("partner.name", "ROC Rivor");

        // in the conversation of the brengen-halen gesprek, the first partner has the floor
        workbench.instruments().start("brengenhalen");
        workbench.instruments().views().get(0).show(3);
        robot.spin();
        robot.type("brengenhalen.issue.text", "Wie betaalt de praktijkopleiders?");
        robot.click("brengenhalen.issue.add");

        // and one from the menu, from wherever the facilitator is: given to a person at the second partner
        robot.menu("menu.dossier.issues");
        Table table = robot.find("issues.table");
        assertEquals(List.of("Wie betaalt de praktijkopleiders?"), DossierPage.rows(table));
        assertEquals("Gemeente Tiel", table.getItem(0).getText(1), "the partner who had the floor takes it up");
        robot.click("issues.add");
        robot.type("issues.text", "Een loket voor werkgevers");
        robot.choose("issues.partner", 2);
        robot.type("issues.person", "Sanne Bakker");
        robot.type("issues.date", "2026-03-01");
        robot.choose("issues.status", IssueStatus.AGREED.ordinal());
        assertEquals("Sanne Bakker (ROC Rivor)", table.getItem(1).getText(1));
        assertEquals("afgesproken", table.getItem(1).getText(3));
        // the first is closed
        table.setSelection(0);
        table.notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
        robot.click("issues.close");
        assertEquals("afgehandeld", table.getItem(0).getText(3));

        // printed on A4 from the list: the preview, then the PDF, with every point and who takes it up
        workbench.exports().useRenderer(PdfBoxRenderer::new);
        catalogue.addPrintable(new OpenIssuesPrintable());
        String text = printed("issues.print", OpenIssuesDialog.PRINTABLE);
        assertTrue(text.contains("Wie betaalt de praktijkopleiders? Gemeente Tiel"), text);
        assertTrue(text.contains("Een loket voor werkgevers Sanne Bakker (ROC Rivor) 1 mrt 2026"), text);

        Path file = dir.resolve("punten.koers");
        saveCloseAndOpen(file);
        assertTrue(table.isDisposed(), "the list goes with its dossier");
        // the shortcut, through the display's real event queue
        robot.press(SWT.MOD1 | SWT.SHIFT, 'p');
        robot.waitUntil("the list opens", () -> display.getShells().length > 1);
        Table again = robot.find("issues.table");
        assertEquals(List.of("Wie betaalt de praktijkopleiders?", "Een loket voor werkgevers"),
                DossierPage.rows(again));
        assertEquals("2026-03-01", again.getItem(1).getText(2));
        Dossier read = store.read(file);
        assertEquals(List.of(IssueStatus.DONE, IssueStatus.AGREED),
                read.openIssues().stream().map(OpenIssue::status).toList());
        assertEquals(read.partners().get(0).id(), read.openIssues().get(0).partnerId());
    }

    @Test
    void partnerCriteriaEditedOnTheDossierPageSurviveReopeningAndShowInTheSummary() throws Exception {
        robot.menu("menu.file.new");
        robot.click("partners.add");
        robot.type("partner.name", "Gemeente Tiel");
        robot.choose("selection." + Criterion.RELATION.name(), Rating.HIGH.ordinal() + 1);
        robot.choose("selection." + Criterion.ENERGY.name(), Rating.HIGH.ordinal() + 1);
        robot.type("selection." + Criterion.ENERGY.name() + ".remark", "wethouder trekt de kar");
        robot.click("partners.add");
        robot.type("partner.name", "Bank");
        robot.choose("selection." + Criterion.RELATION.name(), Rating.LOW.ordinal() + 1);
        robot.choose("selection." + Criterion.ENERGY.name(), Rating.LOW.ordinal() + 1);

        String summary = ((Label) robot.find("partners.selection")).getText();
        assertTrue(summary.contains("2 partners; werkbaar is ongeveer 8"), summary);
        assertTrue(summary.contains("Zonder duidelijke relatie met het onderwerp: Bank."), summary);
        assertTrue(summary.contains("De energie zit bij: Gemeente Tiel."), summary);
        assertTrue(summary.contains("Weinig energie: Bank."), summary);

        Path file = dir.resolve("selectie.koers");
        saveCloseAndOpen(file);

        assertEquals(summary, ((Label) robot.find("partners.selection")).getText());
        assertEquals("sterke relatie", ((Combo) robot.find("selection." + Criterion.RELATION.name())).getText());
        assertEquals("wethouder trekt de kar", ((org.eclipse.swt.widgets.Text) robot.find(
                "selection." + Criterion.ENERGY.name() + ".remark")).getText());
        assertEquals("trekt", store.read(file).partners().get(0).selection().energyRemark().split(" ")[1]);
    }

    @Test
    void aPlanOfTwoStepsAndABreakSetsTheStepTimerAndShowsTheSessionsTimeLeft() throws Exception {
        robot.menu("menu.file.new");
        robot.type("details.title", "Jongeren aan het werk");
        // from the dossier page
        robot.click("details.plan");
        robot.click("plan.new");
        robot.type("plan.name", "Startbijeenkomst");
        robot.type("plan.start", "9:30");
        robot.type("plan.date", "2026-03-12");
        robot.type("plan.place", "Stadhuis Tiel");

        // the conversation (step 4, 120 minutes by the instrument), a break, and commonalities first (45 minutes)
        robot.choose("plan.add.instrument", 0);
        robot.choose("plan.add.step", 3);
        robot.click("plan.add.stepButton");
        robot.click("plan.add.break");
        robot.choose("plan.add.step", 4);
        robot.click("plan.add.stepButton");
        Table items = robot.find("plan.items");
        assertEquals(List.of("9:30|Ieder aan het woord|Brengen-halen gesprek|120", "11:30|Pauze|pauze|15",
                "11:45|Eerst de overeenkomsten, dan de verschillen|Brengen-halen gesprek|45"), rows(items));
        assertEquals("Totaal: 180 minuten (3:00 uur), tot 12:30", text("plan.total"));

        // the break gets 10 minutes, goes up and back down; the last change of minutes is undone and redone
        select(items, 1);
        Spinner minutes = robot.find("plan.item.minutes");
        minutes.setSelection(10);
        minutes.notifyListeners(SWT.Selection, new Event());
        robot.spin();
        assertEquals("Totaal: 175 minuten (2:55 uur), tot 12:25", text("plan.total"));
        robot.click("plan.item.up");
        assertEquals("Pauze", items.getItem(0).getText(1));
        robot.click("plan.item.down");
        assertEquals("Pauze", items.getItem(1).getText(1));
        workbench.edits().undo();
        workbench.edits().undo();
        workbench.edits().undo();
        robot.spin();
        assertEquals("Totaal: 180 minuten (3:00 uur), tot 12:30", text("plan.total"), "the minutes undone");
        workbench.edits().redo();
        robot.spin();
        assertEquals("Totaal: 175 minuten (2:55 uur), tot 12:25", text("plan.total"));
        assertTrue(((Button) robot.find("plan.follow")).getSelection(), "the only plan is the one the timer follows");
        Screenshots.save(shell("plan"), "sessieplan-editor.png");

        // at work: the timer of the first planned step starts at its minutes, and the session's time left is shown
        InstrumentView conversation = workbench.instruments().start("brengenhalen").orElseThrow();
        conversation.show(3);
        robot.spin();
        assertEquals("120:00", text("timer.remaining"));
        assertEquals("Sessie: nog 2:55:00", text("timer.session"));
        Shell editor = shell("plan");
        editor.setVisible(false);
        robot.idle(300);
        Screenshots.save(workbench.shell(), "sessieplan-timer.png");
        editor.setVisible(true);
        robot.click("timer.startPause");
        robot.idle(1500);
        String left = text("timer.session");
        assertTrue(left.startsWith("Sessie: nog 2:54:5"), left);
        // the next step starts with its own minutes, and the running timer runs on
        conversation.show(4);
        robot.spin();
        assertTrue(conversation.timer().running());
        assertTrue(text("timer.remaining").startsWith("4"), text("timer.remaining"));
        assertTrue(text("timer.session").startsWith("Sessie: nog 0:4"), text("timer.session"));
        // a step the plan leaves out keeps the facilitator's timer, without a session
        conversation.show(5);
        robot.spin();
        assertEquals("", text("timer.session"));

        // printed for the participants, from the plan
        workbench.exports().useRenderer(PdfBoxRenderer::new);
        catalogue.addPrintable(new SessionPlanPrintable());
        String text = printed("plan.print", SessionPlanDialog.PRINTABLE);
        assertTrue(text.contains("9:30 Ieder aan het woord brengenhalen 120"), text);
        assertTrue(text.contains("11:30 Pauze pauze 10"), text);
        assertTrue(text.contains("Totaal: 175 minuten, tot 12:25"), text);

        Path file = dir.resolve("plan.koers");
        saveCloseAndOpen(file);
        assertTrue(items.isDisposed(), "the plan goes with its dossier");
        assertEquals(List.of(120, 10, 45),
                store.read(file).sessionPlans().get(0).items().stream().map(PlanItem::minutes).toList());
        robot.press(SWT.MOD1 | SWT.SHIFT, 'l');
        robot.waitUntil("the plan opens", () -> display.getShells().length > 1);
        assertEquals("Stadhuis Tiel", ((org.eclipse.swt.widgets.Text) robot.find("plan.place")).getText());
        assertEquals(3, ((Table) robot.find("plan.items")).getItemCount());
        assertFalse(text("plan.total").isEmpty());
    }

    /** Prints from the button through the preview to a PDF, and reads its text back. */
    private String printed(String button, String printable) throws Exception {
        robot.click(button);
        Path folder = Files.createDirectories(dir.resolve("afdruk"));
        dialogs.folders.add(folder);
        robot.waitUntil("the preview shows the page", () -> {
            try {
                return ((Label) robot.find("preview.position")).getText().startsWith("Pagina 1 van ");
            } catch (AssertionError notYet) {
                return false;
            }
        });
        robot.click("preview.export");
        Path pdf = folder.resolve(printable + ".pdf");
        robot.waitUntil("the PDF is written", () -> Files.isRegularFile(pdf));
        for (Shell preview : display.getShells()) {
            if ("preview".equals(preview.getData(Ids.KEY))) {
                preview.dispose();
            }
        }
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }

    /** Saves the dossier as {@code file}, closes it and opens it again, as the facilitator would the next day. */
    private void saveCloseAndOpen(Path file) {
        dialogs.files.add(file);
        robot.menu("menu.file.save");
        robot.waitUntil("saved", () -> !workbench.view().orElseThrow().isDirty());
        robot.menu("menu.file.close");
        robot.waitUntil("closed", () -> workbench.view().isEmpty());
        workbench.files().open(file);
        robot.waitUntil("opened again", () -> workbench.view().isPresent());
    }

    private String text(String id) {
        return ((Label) robot.find(id)).getText();
    }

    private Shell shell(String id) {
        for (Shell s : display.getShells()) {
            if (id.equals(s.getData(Ids.KEY))) {
                return s;
            }
        }
        throw new AssertionError("no window " + id);
    }

    private void select(Table table, int index) {
        table.setSelection(index);
        table.notifyListeners(SWT.Selection, new Event());
        robot.spin();
    }

    private static List<String> rows(Table table) {
        return java.util.Arrays.stream(table.getItems()).map(MethodUiTest::row).toList();
    }

    private static String row(TableItem item) {
        return String.join("|", item.getText(0), item.getText(1), item.getText(2), item.getText(3));
    }
}
