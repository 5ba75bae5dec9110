package nl.koers.shell.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StackLayout;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.koers.domain.Dossier;
import nl.koers.instrument.api.Instrument;
import nl.koers.instrument.api.Step;
import nl.koers.instrument.api.swt.InstrumentScreens;
import nl.koers.instrument.api.swt.WorkContext;
import nl.koers.store.internal.JsonDossierStore;

/**
 * The window remembers, per dossier file, which instruments were open and on which step, and brings them back when
 * the dossier is opened again, in this window or the next; closing a dossier goes to the welcome page. Driven in
 * the real window with two small real instruments.
 */
class WhereYouWereUiTest {
    private final JsonDossierStore store = new JsonDossierStore();

    @TempDir
    Path dir;

    private Display display;
    private Workbench workbench;
    private Robot robot;
    private ScriptedDialogs dialogs;
    private final java.util.Map<String, Instrument> installed = new java.util.HashMap<>();

    @BeforeEach
    void open() {
        display = Display.getDefault();
        workbench = window();
    }

    /** A window as Koers starts it, with the recent files (and so where the user was) in this test's folder. */
    private Workbench window() {
        InstrumentCatalogue catalogue = new InstrumentCatalogue();
        Workbench w = new Workbench(display, RealDocuments.in(dir.resolve("data")), catalogue,
                new RecentFiles(dir.resolve("config/recent-files")), Locale.of("nl"), () -> null, "0.1.0",
                (shell, texts) -> dialogs = new ScriptedDialogs(shell, texts));
        w.open();
        robot = new Robot(display, w.shell());
        for (String id : List.of("eerste", "tweede")) {
            installed.put(id, instrument(id));
            catalogue.add(installed.get(id));
            catalogue.addScreens(screens(id));
        }
        robot.spin();
        return w;
    }

    @AfterEach
    void close() {
        if (!workbench.shell().isDisposed()) {
            workbench.shell().dispose();
        }
        robot.spin();
    }

    @Test
    void closingADossierGoesToTheWelcomePage() throws Exception {
        Path file = saved("welkom.koers", "Welkom terug");
        openInWindow(file);
        workbench.instruments().start("eerste");
        assertEquals("instrument.eerste", workbench.tabs().getSelection().getData(Ids.KEY), "the instrument in front");

        robot.menu("menu.file.close");
        assertTrue(workbench.view().isEmpty());
        assertOnTheWelcomePage();

        // Ctrl+W does the same, from the keyboard
        openInWindow(file);
        workbench.instruments().start("tweede");
        assertEquals(SWT.MOD1 | 'W', robot.menuItem("menu.file.close").getAccelerator(), "File > Close has Ctrl+W");
        robot.press(SWT.CTRL, 'w');
        robot.waitUntil("the dossier is closed", () -> workbench.view().isEmpty());
        assertOnTheWelcomePage();
    }

    @Test
    void reopeningADossierBringsBackItsInstrumentsOnTheirStepsWithoutTouchingTheFile() throws Exception {
        Path file = saved("plek.koers", "Waar was ik");
        openInWindow(file);
        workOn("eerste", 2);
        workOn("tweede", 1);
        workbench.instruments().start("eerste"); // back to the first tab
        assertFalse(workbench.view().orElseThrow().isDirty(), "switching steps is not a change of the dossier");
        byte[] before = Files.readAllBytes(file);

        robot.menu("menu.file.close");
        assertOnTheWelcomePage();
        // another dossier, without instruments open, has a place of its own
        Path other = saved("ander.koers", "Een ander dossier");
        openInWindow(other);
        assertEquals(List.of(), workbench.instruments().views());
        robot.menu("menu.file.close");

        openInWindow(file);
        robot.waitUntil("the instruments are back", () -> workbench.instruments().views().size() == 2);
        assertPlace();
        assertArrayEquals(before, Files.readAllBytes(file), "the dossier's file is as it was");
        assertFalse(workbench.view().orElseThrow().isDirty());

        // the next start of Koers remembers it too
        workbench.shell().dispose();
        robot.spin();
        workbench = window();
        openInWindow(file);
        robot.waitUntil("the instruments are back", () -> workbench.instruments().views().size() == 2);
        assertPlace();
    }

    @Test
    void anInstrumentThatIsNoLongerInstalledIsLeftOutAndTheRestComesBack() throws Exception {
        Path file = saved("weg.koers", "Zonder het tweede");
        openInWindow(file);
        workOn("tweede", 1);
        workOn("eerste", 2);
        robot.menu("menu.file.close");

        workbench.catalogue().remove(installed.get("tweede"));
        robot.spin();
        openInWindow(file);
        robot.waitUntil("the first is back", () -> workbench.instruments().views().size() == 1);
        assertEquals("eerste", workbench.instruments().views().get(0).instrumentId());
        assertEquals(2, workbench.instruments().views().get(0).step());
    }

    /** The first instrument on its third step and in front, the second on its second step, in that order. */
    private void assertPlace() {
        List<InstrumentView> views = workbench.instruments().views();
        assertEquals(List.of("eerste", "tweede"), views.stream().map(InstrumentView::instrumentId).toList());
        assertEquals(2, views.get(0).step());
        assertEquals(1, views.get(1).step());
        assertEquals("Stap 3 van 3", ((Label) robot.find("step.position")).getText());
        assertEquals(views.get(0).tab(), workbench.tabs().getSelection(), "the tab that was in front is in front");
    }

    private void assertOnTheWelcomePage() {
        assertEquals(0, workbench.tabs().getSelectionIndex(), "the tab of the dossier, where the welcome page is");
        Composite stack = (Composite) workbench.tabs().getItem(0).getControl();
        assertEquals(workbench.welcome().control(), ((StackLayout) stack.getLayout()).topControl);
        assertTrue(workbench.welcome().control().isVisible(), "the welcome page is what the user sees");
    }

    /** Starts an instrument and goes to one of its steps. */
    private void workOn(String instrumentId, int step) {
        workbench.instruments().start(instrumentId).orElseThrow().show(step);
    }

    private Path saved(String name, String title) throws Exception {
        Path file = dir.resolve(name);
        store.write(Dossier.titled(title), file);
        return file;
    }

    private void openInWindow(Path file) {
        dialogs.files.add(file);
        robot.menu("menu.file.open");
        robot.waitUntil("the dossier is open", () -> workbench.view().isPresent()
                && workbench.view().get().state().file().map(f -> DossierFiles.sameFile(f, file)).orElse(false));
        robot.spin();
    }

    private static Instrument instrument(String id) {
        return TestInstruments.withSteps(id, new Step("Een", "Vraag een", ""), new Step("Twee", "Vraag twee", ""),
                new Step("Drie", "Vraag drie", ""));
    }

    private static InstrumentScreens screens(String id) {
        return new InstrumentScreens() {
            public String instrumentId() {
                return id;
            }

            public void createStep(int step, Composite parent, WorkContext context) {
                parent.setLayout(new FillLayout());
                new Label(parent, SWT.NONE).setText(id + " stap " + (step + 1));
            }
        };
    }
}
