package nl.koers.shell.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.function.Consumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.koers.domain.Partner;
import nl.koers.domain.Role;
import nl.koers.domain.edit.Edits;
import nl.koers.instrument.api.settings.PluginSettings;
import nl.koers.instrument.api.swt.MenuContext;
import nl.koers.instrument.api.swt.MenuContribution;
import nl.koers.instrument.api.swt.SettingsPage;
import nl.koers.shell.gezond.HealthyInstrument;
import nl.koers.shell.kapot.BrokenInstrument;

/**
 * Plugins' items under Extra and their settings pages, in a real window: they come and go while it is open, run
 * with the open dossier, and one that throws stops its own plugin only.
 */
class ExtraMenuUiTest {
    private final InstrumentCatalogue catalogue = new InstrumentCatalogue();

    @TempDir
    Path dir;

    private Display display;
    private Workbench workbench;
    private Robot robot;
    private ScriptedDialogs dialogs;
    private final List<String> reported = new ArrayList<>();

    private record Item(String instrumentId, String label, Consumer<MenuContext> action) implements MenuContribution {
        @Override
        public String label(Locale locale) {
            return label;
        }

        @Override
        public void run(MenuContext context) {
            action.accept(context);
        }
    }

    private record Page(String instrumentId, boolean broken) implements SettingsPage {
        @Override
        public String title(Locale locale) {
            return "Pagina " + instrumentId;
        }

        @Override
        public void create(Composite parent, PluginSettings settings, Locale locale) {
            parent.setLayout(new FillLayout());
            new Label(parent, SWT.NONE).setText("half gebouwd");
            if (broken) {
                throw new IllegalStateException("de pagina is kapot");
            }
            Text server = new Text(parent, SWT.BORDER);
            server.setData(Ids.KEY, instrumentId + ".server");
            server.setText(settings.get("server", ""));
            server.addListener(SWT.Modify, e -> settings.put("server", server.getText()));
        }
    }

    @BeforeEach
    void open() {
        display = Display.getDefault();
        workbench = new Workbench(display, RealDocuments.in(dir.resolve("data")), catalogue,
                new RecentFiles(dir.resolve("recent")), Locale.of("nl"), () -> null, "0.1.0",
                (shell, texts) -> dialogs = new ScriptedDialogs(shell, texts));
        workbench.instruments().onInstrumentFailure((id, error) -> reported.add(id + ": " + error.getMessage()));
        workbench.menus().extraMenu().useSettingsFolder(dir.resolve("plugins"));
        workbench.open();
        robot = new Robot(display, workbench.shell());
        catalogue.add(new BrokenInstrument());
        catalogue.add(new HealthyInstrument());
        robot.spin();
        robot.menu("menu.file.new");
    }

    @AfterEach
    void close() {
        if (!workbench.shell().isDisposed()) {
            workbench.shell().dispose();
        }
        robot.spin();
    }

    /** Opens the Extra menu as a click on it does: its items are made then. */
    private void showExtra() {
        robot.menuItem("menu.extra.plugins").getParent().notifyListeners(SWT.Show, new Event());
        robot.spin();
    }

    @Test
    void anItemInstalledWhileTheWindowIsOpenAppearsUnderExtraRunsOnTheDossierAndLeavesWhenUninstalled() {
        showExtra();
        assertNull(robot.menuItem("menu.extra.gezond.1"), "nothing installed yet");
        Item add = new Item(HealthyInstrument.ID, "Partner uit het register", ctx -> {
            ctx.apply(Edits.addPartner(Partner.of("Gemeente " + ctx.dossier().orElseThrow().partners().size(),
                    Role.CORE)));
            ctx.settings().put("used", "yes");
        });
        catalogue.extras().add(add);
        showExtra();
        assertEquals("Partner uit het register", robot.menuItem("menu.extra.gezond.1").getText());

        robot.menu("menu.extra.gezond.1");
        assertEquals("Gemeente 0", workbench.view().orElseThrow().dossier().partners().get(0).name());
        assertTrue(Files.exists(dir.resolve("plugins/gezond.properties")), "its settings are its own file");
        robot.menu("menu.edit.undo");
        assertTrue(workbench.view().orElseThrow().dossier().partners().isEmpty(), "Ctrl+Z takes it back");

        catalogue.extras().remove(add);
        showExtra();
        assertNull(robot.menuItem("menu.extra.gezond.1"), "uninstalled: gone without a restart");
        assertTrue(dialogs.told.isEmpty(), dialogs.told.toString());
    }

    @Test
    void anItemThatThrowsStopsItsPluginOnlyAndTheOthersWorkOn() {
        catalogue.extras().add(new Item(BrokenInstrument.ID, "Kapot", ctx -> {
            throw new IllegalStateException("het menu is kapot");
        }));
        catalogue.extras().add(new Item(HealthyInstrument.ID, "Gezond",
                ctx -> ctx.apply(Edits.addPartner(Partner.of("School", Role.CORE)))));
        showExtra();
        robot.menu("menu.extra.kapot.1");

        assertFalse(workbench.shell().isDisposed(), "the window survives");
        assertEquals(List.of("kapot: het menu is kapot"), reported, "the plugin manager hears of it");
        assertTrue(dialogs.told.stream().anyMatch(t -> t.startsWith("Instrument gestopt")), dialogs.told.toString());
        assertTrue(catalogue.entries(Locale.of("nl")).stream().anyMatch(e -> e.id().equals("kapot") && e.failed()));

        showExtra();
        assertNull(robot.menuItem("menu.extra.kapot.1"), "a stopped plugin's items leave the menu");
        robot.menu("menu.extra.gezond.1");
        assertEquals("School", workbench.view().orElseThrow().dossier().partners().get(0).name());
        assertFalse(catalogue.stopped(HealthyInstrument.ID));
    }

    @Test
    void aSettingsPageStoresInItsPluginsFileAndOneThatThrowsStopsOnlyItself() throws Exception {
        showExtra();
        assertNull(robot.menuItem("menu.extra.settings"), "no pages, no Instellingen");
        catalogue.extras().add(new Page(BrokenInstrument.ID, true));
        catalogue.extras().add(new Page(HealthyInstrument.ID, false));
        showExtra();
        robot.menu("menu.extra.settings");

        robot.type("gezond.server", "https://voorbeeld.nl");
        Properties stored = new Properties();
        try (var in = Files.newBufferedReader(dir.resolve("plugins/gezond.properties"))) {
            stored.load(in);
        }
        assertEquals("https://voorbeeld.nl", stored.getProperty("server"));
        assertFalse(Files.exists(dir.resolve("plugins/kapot.properties")));
        assertEquals(List.of("kapot: de pagina is kapot"), reported);
        Composite broken = robot.find("settings.page.kapot");
        assertEquals(1, broken.getChildren().length, "its half-built page is replaced by why");
        assertTrue(((Label) broken.getChildren()[0]).getText().contains("de pagina is kapot"));

        robot.click("settings.close");
        showExtra();
        robot.menu("menu.extra.settings");
        assertEquals("https://voorbeeld.nl", ((Text) robot.find("gezond.server")).getText(), "read back");
    }

    @Test
    void aScreenReadsWhatItsSettingsPageStored() {
        catalogue.addScreens(new HealthyInstrument());
        catalogue.extras().add(new Page(HealthyInstrument.ID, false));
        showExtra();
        robot.menu("menu.extra.settings");
        robot.type("gezond.server", "https://voorbeeld.nl");
        robot.click("settings.close");

        workbench.instruments().start(HealthyInstrument.ID);
        robot.spin();
        assertEquals("https://voorbeeld.nl", ((Label) robot.find(HealthyInstrument.SERVER)).getText());
    }

    @Test
    void aPluginIdIsASafeFileNameThatStaysInTheSettingsFolder() {
        assertEquals("%002E%002E%002Fx.properties", PropertiesSettings.fileName("../x"));
        Path file = new PropertiesSettings(dir, "../x").file();
        assertEquals(dir, file.getParent());
    }
}
