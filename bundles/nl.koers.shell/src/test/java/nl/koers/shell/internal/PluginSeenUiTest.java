package nl.koers.shell.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Locale;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Table;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.koers.plugins.Plugin;
import nl.koers.shell.stuk.FailingComponent;

/**
 * A plugin that failed is seen in the window itself, against the real plugin manager in a real Felix: in the
 * catalogue when its instrument never came.
 */
class PluginSeenUiTest {
    private static final String BROKEN = "nl.proef.stuk";

    @TempDir
    Path dir;

    private PluginManagerInFelix felix;
    private Workbench workbench;
    private Robot robot;
    private ScriptedDialogs dialogs;

    @BeforeEach
    void open() throws Exception {
        felix = new PluginManagerInFelix(dir.resolve("felix"), dir.resolve("plugin-data"));
        Display display = Display.getDefault();
        workbench = new Workbench(display, RealDocuments.in(dir.resolve("data")), new InstrumentCatalogue(),
                new RecentFiles(dir.resolve("recent")), Locale.of("nl"), () -> null, "0.1.0",
                (shell, texts) -> dialogs = new ScriptedDialogs(shell, texts));
        workbench.instruments().usePlugins(felix::plugins);
        workbench.open();
        robot = new Robot(display, workbench.shell());
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
    void aPluginWhoseComponentFailedToActivateIsAnEntryOfTheCatalogueWithItsError() throws Exception {
        robot.menu("menu.file.new");
        felix.plugins().install(PluginManagerInFelix.pluginJar(dir, BROKEN, "1.0.0", "stuk", FailingComponent.class),
                true);
        robot.waitUntil("the manager lists it failed",
                () -> felix.plugins().installed().get(0).state() == Plugin.State.FAILED);
        // the facilitator looks at the catalogue
        workbench.tabs().setSelection(1);
        workbench.tabs().notifyListeners(SWT.Selection, new Event());
        Table list = robot.find("catalogue.list");
        robot.waitUntil("the failed plugin is listed", () -> list.getItemCount() == 1);

        assertEquals("Proef " + BROKEN + " (mislukt)", list.getItem(0).getText());
        String details = ((StyledText) robot.find("catalogue.details")).getText();
        assertTrue(details.contains("mislukt: ") && details.contains("component weigert te activeren"), details);
        assertFalse(((Button) robot.find("catalogue.start")).getEnabled(), "a failed plugin does not start");
        assertTrue(dialogs.told.isEmpty(), dialogs.told.toString());
    }
}
