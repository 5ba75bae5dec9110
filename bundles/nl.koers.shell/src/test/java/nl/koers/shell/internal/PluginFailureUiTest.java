package nl.koers.shell.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Locale;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.koers.domain.Partner;
import nl.koers.domain.Role;
import nl.koers.domain.edit.Edits;
import nl.koers.shell.gezond.HealthyInstrument;
import nl.koers.shell.kapot.BrokenInstrument;
import nl.koers.store.internal.JsonDossierStore;

/**
 * A plugin that throws on an event or while making pages stops itself only: the window, the open dossier and
 * the other instruments go on (DESIGN rule 6). The events are real ones, through the display's queue.
 */
class PluginFailureUiTest {
    private final InstrumentCatalogue catalogue = new InstrumentCatalogue();

    @TempDir
    Path dir;

    private Display display;
    private Workbench workbench;
    private Robot robot;
    private ScriptedDialogs dialogs;
    private final java.util.List<String> reported = new java.util.ArrayList<>();

    @BeforeEach
    void open() {
        display = Display.getDefault();
        workbench = new Workbench(display, RealDocuments.in(dir.resolve("data")), catalogue, new RecentFiles(dir.resolve("recent")),
                Locale.of("nl"), () -> null, "0.1.0", (shell, texts) -> dialogs = new ScriptedDialogs(shell, texts));
        workbench.instruments().onInstrumentFailure((id, error) -> reported.add(id + ": " + error.getMessage()));
        workbench.open();
        robot = new Robot(display, workbench.shell());
        BrokenInstrument broken = new BrokenInstrument();
        HealthyInstrument healthy = new HealthyInstrument();
        catalogue.add(broken);
        catalogue.addScreens(broken);
        catalogue.addPrintable(new BrokenInstrument.Card());
        catalogue.add(healthy);
        catalogue.addScreens(healthy);
        robot.spin();
        robot.menu("menu.file.new");
        workbench.edits().apply(Edits.addPartner(Partner.of("Gemeente", Role.CORE)));
    }

    @AfterEach
    void close() {
        if (!workbench.shell().isDisposed()) {
            workbench.shell().dispose();
        }
        robot.spin();
    }

    @Test
    void aScreenMayChangeItsOwnDataButNotAnotherInstruments() {
        workbench.edits().apply(Edits.instrumentData("netwerkambitie", "van de standaard"));
        workbench.instruments().start(HealthyInstrument.ID);
        robot.spin(); // its first page is shown in the dispatch after the tab
        click(HealthyInstrument.OWN_DATA);
        assertEquals("van mij", workbench.view().get().dossier().instrumentData().get(HealthyInstrument.ID));

        click(HealthyInstrument.FOREIGN_DATA);
        assertEquals("van de standaard", workbench.view().get().dossier().instrumentData().get("netwerkambitie"));
        assertEquals("van mij", workbench.view().get().dossier().instrumentData().get(HealthyInstrument.ID),
                "the whole edit is refused, not half of it");
        assertTrue(dialogs.told.stream().anyMatch(t -> t.contains(
                "Gezond instrument mag alleen zijn eigen gegevens in het dossier veranderen, niet die van instrument netwerkambitie")),
                dialogs.told.toString());
        assertFalse(workbench.shell().isDisposed());
    }

    private void click(String id) {
        Button button = robot.find(id);
        button.setFocus();
        robot.press(0, ' ');
        robot.spin();
    }

    @Test
    void aButtonThatThrowsStopsItsInstrumentOnly() {
        workbench.instruments().start(BrokenInstrument.ID);
        robot.spin(); // its first page is shown in the dispatch after the tab
        Button button = robot.find(BrokenInstrument.BUTTON);
        button.setFocus();
        robot.press(0, ' ');
        robot.spin();

        assertFalse(workbench.shell().isDisposed(), "the window survives");
        assertTrue(dialogs.told.stream().anyMatch(t -> t.startsWith("Instrument gestopt") && t.contains("de knop is kapot")),
                dialogs.told.toString());
        assertTrue(workbench.instruments().views().stream().noneMatch(v -> v.instrumentId().equals(BrokenInstrument.ID)),
                "its screens are closed");
        assertEquals(java.util.List.of("kapot: de knop is kapot"), reported, "the plugin manager hears of it");
        var entry = catalogue.entries(Locale.of("nl")).stream().filter(e -> e.id().equals(BrokenInstrument.ID))
                .findFirst().orElseThrow();
        assertTrue(entry.failed() && entry.error().contains("de knop is kapot"), entry.toString());

        workbench.instruments().start(BrokenInstrument.ID);

        robot.spin(); // its first page is shown in the dispatch after the tab
        assertTrue(workbench.instruments().views().isEmpty(), "a stopped instrument does not start again");

        // the dossier and the other instrument work on
        assertEquals(1, workbench.view().orElseThrow().dossier().partners().size());
        assertTrue(workbench.view().orElseThrow().isDirty());
        workbench.instruments().start(HealthyInstrument.ID);
        robot.click(HealthyInstrument.BUTTON);
        assertEquals(2, workbench.view().orElseThrow().dossier().partners().size());
        robot.menu("menu.edit.undo");
        assertEquals(1, workbench.view().orElseThrow().dossier().partners().size());
    }

    @Test
    void aPrintableThatThrowsStopsItsInstrumentAndTheWindowGoesOn() {
        workbench.exports().useRenderer(() -> new nl.koers.render.internal.PdfBoxRenderer());
        org.eclipse.swt.widgets.MenuItem exportMenu = robot.menuItem("menu.file.export");
        exportMenu.getMenu().notifyListeners(SWT.Show, new Event());
        robot.menu("export.kapot.kaart");
        robot.waitUntil("the failure is reported", () -> !reported.isEmpty());
        assertEquals("kapot: de kaart is kapot", reported.get(0));
        assertTrue(dialogs.told.stream().anyMatch(t -> t.startsWith("Instrument gestopt")), dialogs.told.toString());
        assertFalse(workbench.shell().isDisposed());
        workbench.instruments().start(HealthyInstrument.ID);
        assertEquals(1, workbench.instruments().views().size(), "the other instrument still starts");
    }
}
