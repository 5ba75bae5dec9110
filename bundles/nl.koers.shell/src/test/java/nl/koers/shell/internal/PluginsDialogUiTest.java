package nl.koers.shell.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.dnd.DND;
import org.eclipse.swt.dnd.DropTarget;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.koers.plugins.Plugin;
import nl.koers.shell.stuk.FailingComponent;
import nl.koers.store.internal.JsonDossierStore;

/**
 * Extra > Plugins in the real window, against the real plugin manager running in a real Felix; and a plugin that
 * failed, seen in the window itself: in the catalogue when its instrument never came, and at the next start when it
 * kept the start before from its window.
 */
class PluginsDialogUiTest {
    @TempDir
    Path dir;

    private PluginManagerInFelix felix;
    private Display display;
    private Workbench workbench;
    private Robot robot;
    private final Questions questions = new Questions();
    private ScriptedDialogs dialogs;

    /** The answers a person would give, and what they were asked and told. */
    static final class Questions implements PluginsDialog.Questions {
        final Deque<Path> files = new ArrayDeque<>();
        final Deque<Boolean> answers = new ArrayDeque<>();
        final List<String> asked = new ArrayList<>();
        final List<String> told = new ArrayList<>();

        @Override
        public Optional<Path> pluginFile() {
            return Optional.ofNullable(files.poll());
        }

        @Override
        public boolean trust(String title, String message) {
            asked.add(title + ": " + message);
            return Boolean.TRUE.equals(answers.poll());
        }

        @Override
        public void tell(int icon, String title, String message) {
            told.add(title + ": " + message);
        }
    }

    @BeforeEach
    void open() throws Exception {
        felix = new PluginManagerInFelix(dir.resolve("felix"), dir.resolve("data"));
        display = Display.getDefault();
        workbench = new Workbench(display, RealDocuments.in(dir.resolve("data")), new InstrumentCatalogue(),
                new RecentFiles(dir.resolve("recent")), Locale.of("nl"), () -> null, "0.1.0",
                (shell, texts) -> dialogs = new ScriptedDialogs(shell, texts));
        workbench.instruments().usePlugins(felix::plugins);
        workbench.instruments().usePluginQuestions(shell -> questions);
        workbench.instruments().usePluginCatalogueLocation(new CatalogueLocation(dir.resolve("catalogue-location")));
        workbench.open();
        robot = new Robot(display, workbench.shell());
        robot.spin(); // the window's event loop runs before anyone reaches its menus
    }

    @AfterEach
    void close() throws Exception {
        if (!workbench.shell().isDisposed()) {
            workbench.shell().dispose();
        }
        robot.spin();
        felix.close();
    }

    @Test
    void anUnsignedPluginIsInstalledOnlyAfterTrustThenDisabledRolledBackAndRemoved() throws Exception {
        Path jar = PluginManagerInFelix.pluginJar(dir, "nl.proef.energie", "1.0.0", true);
        robot.menu("menu.extra.plugins");
        PluginsDialog dialog = workbench.instruments().openPlugins().orElseThrow();
        Robot in = new Robot(display, dialog.shell());
        Table table = in.find("plugins.table");
        assertEquals(0, table.getItemCount());

        questions.files.add(jar);
        questions.answers.add(false);
        in.click("plugins.install");
        in.waitUntil("the question is answered", () -> !questions.asked.isEmpty() && !dialog.busy());
        assertTrue(questions.asked.get(0).contains("niet ondertekend"), questions.asked.toString());
        assertTrue(felix.plugins().installed().isEmpty(), "not trusted, not installed");

        questions.files.add(jar);
        questions.answers.add(true);
        in.click("plugins.install");
        in.waitUntil("the plugin is listed", () -> table.getItemCount() == 1 && !dialog.busy());
        assertEquals("Proef nl.proef.energie", table.getItem(0).getText(0));
        assertEquals("Proefbureau", table.getItem(0).getText(1));
        assertEquals("1.0.0", table.getItem(0).getText(2));
        assertEquals("actief", table.getItem(0).getText(3));
        assertEquals("niet ondertekend, door u vertrouwd", table.getItem(0).getText(4));

        in.click("plugins.disable");
        in.waitUntil("it is disabled", () -> table.getItemCount() == 1 && table.getItem(0).getText(3).equals("uitgeschakeld"));
        in.click("plugins.rollback");
        in.waitUntil("the previous set is back", () -> table.getItemCount() == 1
                && table.getItem(0).getText(3).equals("actief") && !dialog.busy());

        questions.answers.add(true);
        in.click("plugins.remove");
        in.waitUntil("it is gone", () -> table.getItemCount() == 0 && !dialog.busy());
        org.eclipse.swt.widgets.List changes = in.find("plugins.changes");
        assertTrue(changes.getItemCount() >= 4, List.of(changes.getItems()).toString());
        assertTrue(questions.told.isEmpty(), questions.told.toString());
    }

    @Test
    void aPluginWithoutAnInstrumentIsRefusedWithTheReasonAndNothingChanges() throws Exception {
        Path jar = PluginManagerInFelix.pluginJar(dir, "nl.proef.leeg", "1.0.0", false);
        PluginsDialog dialog = workbench.instruments().openPlugins().orElseThrow();
        questions.files.add(jar);
        Robot in = new Robot(display, dialog.shell());
        in.click("plugins.install");
        in.waitUntil("the refusal is told", () -> !questions.told.isEmpty());
        assertTrue(questions.told.get(0).startsWith("Plugin geweigerd"), questions.told.toString());
        assertTrue(questions.told.get(0).contains("nl.proef.leeg"), questions.told.toString());
        assertTrue(questions.asked.isEmpty(), "a refused plugin is not offered for trust");
        assertTrue(felix.plugins().installed().isEmpty());
        assertFalse(felix.states().contains("nl.proef.leeg"), felix.states());
    }

    @Test
    void aFirmsCatalogueFolderIsReadRememberedAndInstalledFromAfterTrust() throws Exception {
        Path catalogue = Files.createDirectories(dir.resolve("catalogus"));
        Path jar = PluginManagerInFelix.pluginJar(catalogue, "nl.proef.catalogus", "1.2.0", true);
        // an OSGi repository index (R5) as a firm's build writes it, with the jar's URL relative to the index
        Files.writeString(catalogue.resolve("index.xml"), """
                <repository xmlns="http://www.osgi.org/xmlns/repository/v1.0.0" name="Proefbureau" increment="1">
                  <resource>
                    <capability namespace="osgi.identity">
                      <attribute name="osgi.identity" value="nl.proef.catalogus"/>
                      <attribute name="type" value="osgi.bundle"/>
                      <attribute name="version" type="Version" value="1.2.0"/>
                    </capability>
                    <capability namespace="osgi.content">
                      <attribute name="url" value="%s"/>
                    </capability>
                    <capability namespace="koers.instrument">
                      <attribute name="koers.instrument" value="nl-proef-catalogus"/>
                    </capability>
                  </resource>
                </repository>
                """.formatted(jar.getFileName()));
        PluginsDialog dialog = workbench.instruments().openPlugins().orElseThrow();
        Robot in = new Robot(display, dialog.shell());
        org.eclipse.swt.widgets.Text location = in.find("plugins.catalogue.location");
        location.setText(catalogue.toString());
        in.click("plugins.catalogue.read");
        Table offered = in.find("plugins.catalogue.table");
        in.waitUntil("the catalogue is listed", () -> offered.getItemCount() == 1 && !dialog.busy());
        assertEquals("1.2.0", offered.getItem(0).getText(1));
        assertEquals("nl-proef-catalogus", offered.getItem(0).getText(2));
        assertEquals(catalogue.toString(), new CatalogueLocation(dir.resolve("catalogue-location")).load(),
                "the firm's address is remembered");

        questions.answers.add(true);
        in.click("plugins.catalogue.install");
        in.waitUntil("installed from the catalogue", () -> felix.plugins().installed().size() == 1 && !dialog.busy());
        assertTrue(questions.asked.get(0).contains("nl.proef.catalogus")
                && questions.asked.get(0).contains("Vertrouwen en installeren"),
                "unsigned: the consultant was asked first: " + questions.asked);
        assertEquals("1.2.0", felix.plugins().installed().get(0).version());
    }

    @Test
    void aJarDroppedOnTheWindowIsInstalledThroughTheDialog() throws Exception {
        Path jar = PluginManagerInFelix.pluginJar(dir, "nl.proef.gesleept", "2.1.0", true);
        questions.answers.add(true);
        DropTarget target = (DropTarget) workbench.shell().getData(DND.DROP_TARGET_KEY);
        Event drop = new Event();
        drop.data = new String[] { jar.toString() };
        target.notifyListeners(DND.Drop, drop);
        robot.spin();
        robot.waitUntil("the dropped plugin is installed", () -> felix.plugins().installed().size() == 1);
        assertEquals("2.1.0", felix.plugins().installed().get(0).version());
        assertTrue(workbench.view().isEmpty(), "a plugin is not opened as a dossier");
    }

    @Test
    void aPluginWhoseComponentFailedToActivateIsAnEntryOfTheCatalogueWithItsError() throws Exception {
        robot.menu("menu.file.new");
        felix.plugins().install(PluginManagerInFelix.pluginJar(dir, "nl.proef.stuk", "1.0.0", "stuk", FailingComponent.class),
                true);
        robot.waitUntil("the manager lists it failed",
                () -> felix.plugins().installed().get(0).state() == Plugin.State.FAILED);
        // the facilitator looks at the catalogue
        workbench.tabs().setSelection(1);
        workbench.tabs().notifyListeners(SWT.Selection, new Event());
        Table list = robot.find("catalogue.list");
        robot.waitUntil("the failed plugin is listed", () -> list.getItemCount() == 1);

        assertEquals("Proef " + "nl.proef.stuk" + " (mislukt)", list.getItem(0).getText());
        String details = ((StyledText) robot.find("catalogue.details")).getText();
        assertTrue(details.contains("mislukt: ") && details.contains("component weigert te activeren"), details);
        assertFalse(((Button) robot.find("catalogue.start")).getEnabled(), "a failed plugin does not start");
        assertTrue(dialogs.told.isEmpty(), dialogs.told.toString());
    }

    @Test
    void theStartAfterAPluginHeldKoersBackOffersToDisableItAndDisablesItOnYes() throws Exception {
        felix.plugins().install(PluginManagerInFelix.pluginJar(dir, "nl.proef.vast", "1.0.0", true), true);
        dialogs.disableAnswers.add(false);
        workbench.instruments().offerToDisable("nl.proef.vast");
        robot.spin();
        assertEquals(List.of("nl.proef.vast"), dialogs.blamed);
        assertEquals(Plugin.State.ACTIVE, felix.plugins().installed().get(0).state(), "left as it was");

        dialogs.disableAnswers.add(true);
        workbench.instruments().offerToDisable("nl.proef.vast");
        robot.waitUntil("the plugin is disabled",
                () -> felix.plugins().installed().get(0).state() == Plugin.State.DISABLED);
        Label status = robot.find("status");
        robot.waitUntil("the window says so", () -> status.getText().equals("nl.proef.vast is uitgeschakeld."));
        assertTrue(dialogs.told.isEmpty(), dialogs.told.toString());
    }
}
