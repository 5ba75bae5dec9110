package nl.koers.shell.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.koers.domain.Dossier;
import nl.koers.domain.Lens;
import nl.koers.domain.Role;
import nl.koers.domain.Texts;
import nl.koers.instrument.api.Instrument;
import nl.koers.instrument.api.InstrumentDescriptor;
import nl.koers.instrument.api.Step;
import nl.koers.store.internal.JsonDossierStore;

/**
 * Drives the real Koers window under a real display (Xvfb in CI). Without a display these tests fail: they
 * are never skipped.
 */
class WorkbenchUiTest {
    private final JsonDossierStore store = new JsonDossierStore();
    private final InstrumentCatalogue catalogue = new InstrumentCatalogue();

    @TempDir
    Path dir;

    private Display display;
    private Workbench workbench;
    private ScriptedDialogs dialogs;
    private Robot robot;
    private RecentFiles recent;

    @BeforeEach
    void open() {
        display = Display.getDefault();
        recent = new RecentFiles(dir.resolve("config/recent-files"));
        workbench = new Workbench(display, RealDocuments.in(dir.resolve("data")), catalogue, recent, Locale.of("nl"), this::sample, "0.1.0",
                (shell, texts) -> dialogs = new ScriptedDialogs(shell, texts));
        workbench.open();
        robot = new Robot(display, workbench.shell());
        robot.spin();
    }

    @AfterEach
    void close() {
        if (!workbench.shell().isDisposed()) {
            workbench.shell().dispose();
        }
        robot.spin();
    }

    private InputStream sample() {
        return getClass().getClassLoader().getResourceAsStream(Workbench.SAMPLE);
    }

    @Test
    void anEditFromAnotherThreadIsShownAndTheSaveWritesWhatIsShown() throws Exception {
        robot.menu("menu.file.new");
        nl.koers.document.Document document = workbench.view().get().document();
        Thread elsewhere = new Thread(() -> document.apply(
                nl.koers.domain.edit.Edits.addPartner(nl.koers.domain.Partner.of("UWV", Role.CORE))).join());
        elsewhere.start();
        elsewhere.join();

        robot.waitUntil("the window shows it", () -> DossierPage.rows(robot.find("partners.table")).contains("UWV"));
        assertTrue(workbench.shell().getText().startsWith("*"), workbench.shell().getText());
        Path file = dir.resolve("elders.koers");
        dialogs.files.add(file);
        robot.menu("menu.file.save");
        robot.waitUntil("the save is done", () -> !workbench.view().get().isDirty());
        assertEquals(workbench.view().get().dossier(), store.read(file));
        assertEquals(List.of("UWV"), DossierPage.rows(robot.find("partners.table")));
    }

    @Test
    void createADossierAddAPartnerSaveReopenAndCompare() throws Exception {
        robot.menu("menu.file.new");
        assertTrue(workbench.view().isPresent());

        robot.type("details.title", "Wijkzorg Tiel");
        robot.type("details.theme", "zorg en welzijn in de wijk");
        robot.choose("details.route", 2);
        assertEquals("*Wijkzorg Tiel \u2013 Koers", workbench.shell().getText());

        robot.click("partners.add");
        robot.type("partner.name", "Gemeente Tiel");
        robot.click("partners.add");
        robot.type("partner.name", "Zorggroep Betuwe");
        robot.choose("partner.role", Role.CHAIN.ordinal());
        robot.click("partner.rep.add");
        robot.type("partner.rep.name", "Sanne Bakker");
        robot.type("partner.rep.function", "regiomanager");
        robot.click("partner.rep.lens." + Lens.RELATIONAL.name());
        robot.click("partner.rep.lens." + Lens.UTILITARIAN.name());

        Table partners = robot.find("partners.table");
        assertEquals(List.of("Gemeente Tiel", "Zorggroep Betuwe"), DossierPage.rows(partners));
        assertEquals("ketenpartner", partners.getItem(1).getText(1));
        assertEquals("Sanne Bakker", partners.getItem(1).getText(2));

        Path file = dir.resolve("wijkzorg.koers");
        dialogs.files.add(file);
        robot.menu("menu.file.save");
        robot.waitUntil("the save is done", () -> !workbench.view().get().isDirty());
        assertEquals("Wijkzorg Tiel \u2013 Koers", workbench.shell().getText());
        assertTrue(dialogs.asked.contains("save as Wijkzorg Tiel.koers"), dialogs.asked.toString());
        Dossier saved = workbench.view().get().dossier();

        robot.menu("menu.file.close");
        assertTrue(workbench.view().isEmpty());
        dialogs.files.add(file);
        robot.menu("menu.file.open");
        robot.waitUntil("the dossier is open", () -> workbench.view().isPresent());

        Dossier reopened = workbench.view().get().dossier();
        assertEquals(saved, reopened);
        assertEquals(store.read(file), reopened);
        var sanne = reopened.partners().get(1).representatives().get(0);
        assertEquals(List.of(Lens.UTILITARIAN, Lens.RELATIONAL), sanne.lenses());
        assertEquals(List.of(file.toAbsolutePath()), recent.list());
        assertEquals(List.of(), dialogs.told);
    }

    @Test
    void undoAndRedoFromTheMenuTakeBackOneChangeAtATime() {
        robot.menu("menu.file.new");
        robot.click("partners.add");
        robot.type("partner.name", "ROC Rivor");
        assertEquals("&Ongedaan maken: partner wijzigen\tCtrl+Z",
                robot.menuItem("menu.edit.undo").getText());

        robot.menu("menu.edit.undo");
        assertEquals(List.of("Nieuwe partner"), DossierPage.rows(robot.find("partners.table")));
        robot.menu("menu.edit.undo");
        assertEquals(List.of(), DossierPage.rows(robot.find("partners.table")));
        assertFalse(robot.menuItem("menu.edit.undo").isEnabled());
        robot.menu("menu.edit.redo");
        robot.menu("menu.edit.redo");
        assertEquals(List.of("ROC Rivor"), DossierPage.rows(robot.find("partners.table")));
        assertEquals("ROC Rivor", ((org.eclipse.swt.widgets.Text) robot.find("partner.name")).getText());
    }

    @Test
    void keyboardShortcutsReachTheMenu() {
        robot.press(SWT.CTRL, 'n');
        assertTrue(workbench.view().isPresent(), "Ctrl+N makes a new dossier");
        robot.click("partners.add");
        assertEquals(1, workbench.view().get().dossier().partners().size());
        robot.press(SWT.CTRL, 'z');
        assertEquals(0, workbench.view().get().dossier().partners().size(), "Ctrl+Z undoes");
        robot.press(SWT.CTRL, 'y');
        assertEquals(1, workbench.view().get().dossier().partners().size(), "Ctrl+Y redoes");
        robot.press(SWT.CTRL, 'z');
        robot.press(SWT.CTRL | SWT.SHIFT, 'z');
        assertEquals(1, workbench.view().get().dossier().partners().size(), "Ctrl+Shift+Z redoes too");
    }

    @Test
    void aPartnerCanBeMovedAndRemoved() {
        robot.menu("menu.file.new");
        for (String name : List.of("A", "B", "C")) {
            robot.click("partners.add");
            robot.type("partner.name", name);
        }
        robot.click("partners.up");
        assertEquals(List.of("A", "C", "B"), DossierPage.rows(robot.find("partners.table")));
        robot.click("partners.remove");
        assertEquals(List.of("A", "B"), DossierPage.rows(robot.find("partners.table")));
        assertFalse(((Button) robot.find("partners.remove")).isEnabled(), "nothing chosen after removing");
    }

    @Test
    void closingWithUnsavedChangesAsksFirst() {
        robot.menu("menu.file.new");
        robot.type("details.title", "Nog niet bewaard");

        dialogs.answers.add(Dialogs.Answer.CANCEL);
        workbench.shell().close();
        robot.spin();
        assertFalse(workbench.shell().isDisposed(), "cancel keeps the window open");
        assertEquals(List.of("Nog niet bewaard"), dialogs.asked);

        dialogs.answers.add(Dialogs.Answer.DISCARD);
        workbench.shell().close();
        robot.spin();
        assertTrue(workbench.shell().isDisposed());
    }

    @Test
    void answeringSaveWhenClosingSavesAndThenCloses() throws Exception {
        robot.menu("menu.file.new");
        robot.type("details.title", "Bewaren bij sluiten");
        Path file = dir.resolve("sluiten.koers");
        dialogs.answers.add(Dialogs.Answer.SAVE);
        dialogs.files.add(file);
        workbench.shell().close();
        robot.waitUntil("the window closes after saving", () -> workbench.shell().isDisposed());
        assertEquals("Bewaren bij sluiten", store.read(file).title());
    }

    @Test
    void openingAnotherDossierWithUnsavedChangesCanBeCancelled() {
        robot.menu("menu.file.new");
        robot.type("details.title", "Eerste");
        dialogs.answers.add(Dialogs.Answer.CANCEL);
        robot.menu("menu.file.new");
        assertEquals("Eerste", workbench.view().get().dossier().title());
    }

    @Test
    void aDamagedFileIsReportedAndLeftAlone() throws Exception {
        Path broken = Files.writeString(dir.resolve("kapot.koers"), "{\"format\":\"koers-dossier\",\"schemaV");
        byte[] before = Files.readAllBytes(broken);
        workbench.open(broken);
        robot.waitUntil("the problem is reported", () -> !dialogs.told.isEmpty());
        assertTrue(dialogs.told.get(0).contains("kapot.koers"), dialogs.told.toString());
        assertTrue(dialogs.told.get(0).contains("regel 1"), dialogs.told.toString());
        assertEquals(List.of("ERROR " + dialogs.told.get(0)), dialogs.logged, "what the dialog told is in the log");
        assertTrue(workbench.view().isEmpty());
        assertTrue(java.util.Arrays.equals(before, Files.readAllBytes(broken)));
    }

    @Test
    void theSampleOpensWithItsPartnersAndAsksWhereToSave() {
        robot.menu("menu.file.sample");
        robot.waitUntil("the sample is open", () -> workbench.view().isPresent());
        Table partners = robot.find("partners.table");
        assertTrue(partners.getItemCount() >= 4, "partners: " + partners.getItemCount());
        assertTrue(workbench.file().isEmpty(), "the shipped sample is never written over");
        assertFalse(workbench.view().get().isDirty());
    }

    @Test
    void theCatalogueFollowsInstrumentsAsTheyComeAndGo() throws Exception {
        Instrument proef = instrument("proef", "Proefinstrument");
        Instrument kapot = new Instrument() {
            public String id() {
                return "kapot";
            }

            public InstrumentDescriptor describe(Locale locale) {
                throw new IllegalStateException("texts missing");
            }
        };
        robot.showTab(workbench.tabs(), 1);
        Table list = robot.find("catalogue.list");
        assertEquals(0, list.getItemCount());

        // the framework calls in on its own threads
        Thread t = new Thread(() -> {
            catalogue.add(proef);
            catalogue.add(kapot);
        });
        t.start();
        t.join();
        robot.waitUntil("both instruments are listed", () -> list.getItemCount() == 2);
        assertEquals(List.of("kapot", "Proefinstrument"), workbench.cataloguePage().names());
        assertEquals("kapot (mislukt)", list.getItem(0).getText());
        String welcome = ((org.eclipse.swt.widgets.Link) robot.find("welcome.instruments")).getText();
        assertTrue(welcome.contains("kapot, Proefinstrument"), welcome);

        list.setSelection(1);
        list.notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
        String details = ((StyledText) robot.find("catalogue.details")).getText();
        assertTrue(details.contains("Proefinstrument") && details.contains("Verzamelen") && details.contains("Vraag: Wie?"),
                details);

        list.setSelection(0);
        list.notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
        assertTrue(((StyledText) robot.find("catalogue.details")).getText().contains("texts missing"));

        Thread gone = new Thread(() -> catalogue.remove(kapot));
        gone.start();
        gone.join();
        robot.waitUntil("the failed one is gone", () -> list.getItemCount() == 1);
        assertEquals("Proefinstrument", list.getItem(0).getText());
    }

    @Test
    void everyTextInTheWindowComesFromTheBundleInBothLanguages() {
        Texts nl = Texts.load("nl.koers.shell.internal.Messages", Locale.of("nl"), getClass().getClassLoader());
        Texts en = Texts.load("nl.koers.shell.internal.Messages", Locale.ENGLISH, getClass().getClassLoader());
        assertEquals(nl.keys(), en.keys());
        assertEquals("&Bestand", workbench.shell().getMenuBar().getItem(0).getText());
    }

    private String status() {
        return robot.<Label>find("status").getText();
    }

    @Test
    void theStatusLineNeverSaysSavedWhileThereAreUnsavedEdits() {
        robot.menu("menu.file.new");
        robot.type("details.title", "Wijkzorg Tiel");
        dialogs.files.add(dir.resolve("wijkzorg.koers"));
        robot.menu("menu.file.save");
        robot.waitUntil("the save is done", () -> status().startsWith("Opgeslagen"));
        assertEquals("Opgeslagen: wijkzorg.koers", status());

        robot.type("details.title", "Wijkzorg Tiel-Oost");
        assertTrue(workbench.shell().getText().startsWith("*"), workbench.shell().getText());
        assertEquals("Niet opgeslagen wijzigingen", status());

        // an edit while the save is under way
        robot.menu("menu.file.save");
        robot.type("details.title", "Wijkzorg Tiel-West");
        robot.waitUntil("the save is done", () -> !status().startsWith("Opslaan"));
        robot.idle(200);
        assertTrue(workbench.view().get().isDirty());
        assertEquals("Niet opgeslagen wijzigingen", status());
    }

    @Test
    void countsSpeakDutchPlurals() {
        robot.menu("menu.file.new");
        robot.click("partners.add");
        robot.type("partner.name", "Gemeente Tiel");
        robot.choose("partner.role", Role.CORE.ordinal());
        assertEquals("1 partner, waarvan 1 kernpartner", robot.<Label>find("partners.count").getText());
        robot.click("partners.add");
        robot.type("partner.name", "Zorggroep Betuwe");
        robot.choose("partner.role", Role.CHAIN.ordinal());
        assertEquals("2 partners, waarvan 1 kernpartner", robot.<Label>find("partners.count").getText());
    }

    @Test
    void recentFilesShowTheDossiersTitleAndItsFile() throws Exception {
        robot.menu("menu.file.new");
        robot.type("details.title", "Wijkzorg Tiel");
        Path file = dir.resolve("workshops/wijkzorg.koers");
        java.nio.file.Files.createDirectories(file.getParent());
        dialogs.files.add(file);
        robot.menu("menu.file.save");
        String label = "Wijkzorg Tiel \u2014 workshops/wijkzorg.koers";
        java.util.function.Supplier<java.util.List<String>> recentItems = () -> java.util.Arrays
                .stream(workbench.shell().getMenuBar().getItem(0).getMenu().getItems())
                .filter(i -> i.getMenu() != null).flatMap(i -> java.util.Arrays.stream(i.getMenu().getItems()))
                .map(org.eclipse.swt.widgets.MenuItem::getText).toList();
        robot.waitUntil("the recent files name it", () -> recentItems.get().contains("&1  " + label));

        robot.menu("menu.file.close");
        org.eclipse.swt.widgets.Link link = robot.find("welcome.recent.file");
        assertEquals("<a>" + label + "</a>", link.getText());

        RecentFiles again = new RecentFiles(dir.resolve("config/recent-files"));
        again.load();
        assertEquals(label, again.label(file.toAbsolutePath()));
    }

    @Test
    void closingADossierShowsTheWelcomePage() {
        robot.menu("menu.file.new");
        assertTrue(workbench.dossierPage().control().isVisible());
        robot.menu("menu.file.close");
        assertTrue(workbench.welcome().control().isVisible());
        assertFalse(workbench.dossierPage().control().isVisible());
    }

    @Test
    void theOrganisationColumnFitsItsNamesAndTheTableFillsItsWidth() {
        robot.menu("menu.file.new");
        robot.click("partners.add");
        String longName = "Gemeenschappelijke Gezondheidsdienst Gelderland-Zuid en Rivierenland";
        robot.type("partner.name", longName);
        org.eclipse.swt.widgets.Table table = robot.find("partners.table");
        robot.spin();
        org.eclipse.swt.graphics.GC gc = new org.eclipse.swt.graphics.GC(table);
        int needed = gc.textExtent(longName).x;
        gc.dispose();
        assertTrue(table.getColumn(0).getWidth() >= needed, table.getColumn(0).getWidth() + " < " + needed);
        int sum = java.util.Arrays.stream(table.getColumns()).mapToInt(c -> c.getWidth()).sum();
        assertTrue(sum >= table.getClientArea().width, sum + " < " + table.getClientArea().width);
    }

    private static Instrument instrument(String id, String name) {
        return new Instrument() {
            public String id() {
                return id;
            }

            public InstrumentDescriptor describe(Locale locale) {
                return new InstrumentDescriptor(id, name, "Om te proberen", "", "", "", "1 uur", List.of("Pen"),
                        List.of(new Step("Verzamelen", "Wie?", "")), List.of(), "");
            }
        };
    }
}
