package nl.koers.shell.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.koers.domain.Dossier;
import nl.koers.domain.IssueStatus;
import nl.koers.domain.OpenIssue;
import nl.koers.domain.PartnerSelection.Criterion;
import nl.koers.domain.Rating;
import nl.koers.instrument.brengenhalen.internal.BrengenhalenInstrument;
import nl.koers.instrument.brengenhalen.internal.screen.BrengenhalenScreens;
import nl.koers.render.internal.OpenIssuesPrintable;
import nl.koers.render.internal.PdfBoxRenderer;
import nl.koers.store.internal.JsonDossierStore;

/**
 * The method's missing pieces in the real window, with the real brengen-halen gesprek: spannende punten added from
 * a step of the conversation and from Dossier &gt; Spannende punten, and partner selection on the dossier page; all
 * of it saved, closed, opened again and found.
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
        robot.click("issues.print");
        robot.waitUntil("the preview shows the page", () -> {
            try {
                return ((Label) robot.find("preview.position")).getText().equals("Pagina 1 van 1");
            } catch (AssertionError notYet) {
                return false;
            }
        });
        Path printed = dir.resolve("afdruk");
        java.nio.file.Files.createDirectories(printed);
        dialogs.folders.add(printed);
        robot.click("preview.export");
        Path pdf = printed.resolve("koers.spannendepunten.pdf");
        robot.waitUntil("the PDF is written", () -> java.nio.file.Files.isRegularFile(pdf));
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertTrue(text.contains("Wie betaalt de praktijkopleiders? Gemeente Tiel"), text);
            assertTrue(text.contains("Een loket voor werkgevers Sanne Bakker (ROC Rivor) 1 mrt 2026"), text);
        }
        for (Shell preview : display.getShells()) {
            if ("preview".equals(preview.getData(Ids.KEY))) {
                preview.dispose();
            }
        }

        Path file = dir.resolve("punten.koers");
        dialogs.files.add(file);
        robot.menu("menu.file.save");
        robot.waitUntil("saved", () -> !workbench.view().orElseThrow().isDirty());
        robot.menu("menu.file.close");
        robot.waitUntil("closed", () -> workbench.view().isEmpty());
        assertTrue(table.isDisposed(), "the list goes with its dossier");

        workbench.files().open(file);
        robot.waitUntil("opened again", () -> workbench.view().isPresent());
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
        dialogs.files.add(file);
        robot.menu("menu.file.save");
        robot.waitUntil("saved", () -> !workbench.view().orElseThrow().isDirty());
        robot.menu("menu.file.close");
        robot.waitUntil("closed", () -> workbench.view().isEmpty());
        workbench.files().open(file);
        robot.waitUntil("opened again", () -> workbench.view().isPresent());

        assertEquals(summary, ((Label) robot.find("partners.selection")).getText());
        assertEquals("sterke relatie", ((Combo) robot.find("selection." + Criterion.RELATION.name())).getText());
        assertEquals("wethouder trekt de kar", ((org.eclipse.swt.widgets.Text) robot.find(
                "selection." + Criterion.ENERGY.name() + ".remark")).getText());
        assertEquals("trekt", store.read(file).partners().get(0).selection().energyRemark().split(" ")[1]);
    }
}
