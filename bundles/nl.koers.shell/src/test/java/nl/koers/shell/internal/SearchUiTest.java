package nl.koers.shell.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.koers.domain.Dossier;
import nl.koers.domain.Interest;
import nl.koers.domain.Level;
import nl.koers.domain.OpenIssue;
import nl.koers.domain.Partner;
import nl.koers.domain.Representative;
import nl.koers.domain.Role;
import nl.koers.domain.analysis.Found;
import nl.koers.domain.edit.Edit;
import nl.koers.instrument.api.Instrument;
import nl.koers.instrument.api.Step;
import nl.koers.instrument.api.swt.InstrumentScreens;
import nl.koers.instrument.api.swt.WorkContext;
import nl.koers.store.internal.JsonDossierStore;

/**
 * Ctrl+F finds text anywhere in the dossier and Enter goes to it: an interest to the step of the instrument that
 * shows it, on the interest, a spannend punt to its list, a partner to the dossier's page. Driven in the real
 * window with small real instruments: one shows interests on its second step, one shows nothing a search finds.
 */
class SearchUiTest {
    private static final Partner GEMEENTE = Partner.of("Gemeente Zwolle", Role.CORE)
            .withRepresentative(Representative.of("Anouk de Vries", "wethouder"))
            .withInterest(new Interest("zon", "Zon op de daken van scholen", Level.ORGANISATION, null));
    private static final Partner SCHOOL = Partner.of("Scholengroep", Role.CORE);

    @TempDir
    Path dir;

    private Display display;
    private Workbench workbench;
    private Robot robot;
    private ScriptedDialogs dialogs;
    /** The interest the instrument was told to show, and how often its step was built. */
    private String revealed = "";
    private final AtomicInteger built = new AtomicInteger();

    @BeforeEach
    void open() throws Exception {
        display = Display.getDefault();
        InstrumentCatalogue catalogue = new InstrumentCatalogue();
        workbench = new Workbench(display, RealDocuments.in(dir.resolve("data")), catalogue,
                new RecentFiles(dir.resolve("config/recent-files")), Locale.of("nl"), () -> null, "0.1.0",
                (shell, texts) -> dialogs = new ScriptedDialogs(shell, texts));
        workbench.open();
        robot = new Robot(display, workbench.shell());
        catalogue.add(instrument("blind"));
        catalogue.addScreens(blind());
        catalogue.add(instrument("belangen"));
        catalogue.addScreens(interests());
        robot.spin();

        Path file = dir.resolve("zoeken.koers");
        new JsonDossierStore().write(Dossier.titled("Zon op school").withPartners(List.of(GEMEENTE, SCHOOL))
                .withOpenIssues(List.of(OpenIssue.of("Wie betaalt de panelen op de daken?", SCHOOL.id()))), file);
        dialogs.files.add(file);
        robot.menu("menu.file.open");
        robot.waitUntil("the dossier is open", () -> workbench.view().isPresent());
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
    void ctrlFFindsAnInterestAndEnterOpensTheStepThatShowsIt() {
        assertEquals(SWT.MOD1 | 'F', robot.menuItem("menu.edit.search").getAccelerator());
        robot.press(SWT.CTRL, 'f');
        robot.waitUntil("the search is open", () -> searchShell() != null);

        search("DAKEN scholen");
        Table results = robot.find("search.results");
        assertEquals(1, results.getItemCount(), "the interest; the spannend punt lacks 'scholen'");
        assertEquals("Belang · Gemeente Zwolle", results.getItem(0).getText(0));
        assertTrue(results.getItem(0).getText(1).contains("Zon op de daken van scholen"));
        assertEquals("Op 1 plek gevonden; Enter of dubbelklik gaat erheen", this.<Label>find("search.count").getText());

        enter();
        InstrumentView view = workbench.instruments().views().get(0);
        assertEquals("belangen", view.instrumentId());
        assertEquals(1, view.step(), "the step that shows interests");
        assertEquals(view.tab(), workbench.tabs().getSelection());
        assertEquals("zon", revealed);
    }

    @Test
    void anInstrumentAlreadyOnTheStepShowsTheNewFindAnew() {
        workbench.instruments().start("belangen").orElseThrow().show(1);
        int before = built.get();
        workbench.sideWindows().showSearch();
        search("zon");
        enter();
        assertEquals(before + 1, built.get(), "the step is built anew, on the interest found");
    }

    @Test
    void aSpannendPuntOpensItsListOnIt() {
        workbench.sideWindows().showSearch();
        search("panelen");
        enter();
        Table issues = robot.find("issues.table");
        assertEquals(0, issues.getSelectionIndex());
        assertEquals("Wie betaalt de panelen op de daken?", this.<Text>find("issues.text").getText());
    }

    @Test
    void aRepresentativeOpensThePartnerOnTheDossiersPage() {
        workbench.instruments().start("belangen");
        workbench.sideWindows().showSearch();
        search("anouk");
        enter();
        assertEquals(0, workbench.tabs().getSelectionIndex(), "the dossier's page");
        assertEquals(0, this.<Table>find("partners.table").getSelectionIndex(), "the Gemeente, first in the list");
        workbench.dossierPage().select(SCHOOL.id());
        enter();
        assertEquals(0, this.<Table>find("partners.table").getSelectionIndex(), "chosen again by the search");
    }

    @Test
    void theSearchFollowsEditsAndUndo() {
        workbench.sideWindows().showSearch();
        search("daken");
        assertEquals(2, this.<Table>find("search.results").getItemCount(), "the interest and the spannend punt");

        workbench.edits().apply(new Edit("edit.addInterest", d -> d.withPartner(
                SCHOOL.withInterest(new Interest("dak", "Groene daken", Level.NETWORK, null)))));
        robot.waitUntil("three found", () -> this.<Table>find("search.results").getItemCount() == 3);
        workbench.edits().undo();
        robot.waitUntil("two found again", () -> this.<Table>find("search.results").getItemCount() == 2);
    }

    private void search(String words) {
        Text query = find("search.query");
        query.setText(words);
        robot.waitUntil("the search has run", () -> !this.<Label>find("search.count").getText().isEmpty()
                && this.<Table>find("search.results").getItemCount() > 0);
    }

    private void enter() {
        find("search.query").notifyListeners(SWT.DefaultSelection, new Event());
        robot.spin();
    }

    private <T extends org.eclipse.swt.widgets.Control> T find(String id) {
        return robot.find(id);
    }

    private Shell searchShell() {
        for (Shell s : display.getShells()) {
            if (!s.isDisposed() && "search".equals(s.getData(Ids.KEY)) && s.isVisible()) {
                return s;
            }
        }
        return null;
    }

    private static Instrument instrument(String id) {
        return TestInstruments.withSteps(id, new Step("Een", "Vraag een", ""), new Step("Twee", "Vraag twee", ""));
    }

    private static InstrumentScreens blind() {
        return new InstrumentScreens() {
            public String instrumentId() {
                return "blind";
            }

            public void createStep(int step, Composite parent, WorkContext context) {
                parent.setLayout(new FillLayout());
                new Label(parent, SWT.NONE).setText("blind");
            }
        };
    }

    private InstrumentScreens interests() {
        return new InstrumentScreens() {
            private String chosen = "";

            public String instrumentId() {
                return "belangen";
            }

            public void createStep(int step, Composite parent, WorkContext context) {
                built.incrementAndGet();
                revealed = chosen;
                parent.setLayout(new FillLayout());
                new Label(parent, SWT.NONE).setText("belangen stap " + (step + 1) + ": " + chosen);
            }

            @Override
            public int reveal(Dossier dossier, Found found) {
                if (found.kind() != Found.Kind.INTEREST) {
                    return -1;
                }
                chosen = found.itemId();
                return 1;
            }
        };
    }
}
