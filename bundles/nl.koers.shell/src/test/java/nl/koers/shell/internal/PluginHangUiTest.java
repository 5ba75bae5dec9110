package nl.koers.shell.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;

import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Display;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.koers.document.internal.Registry;
import nl.koers.domain.Partner;
import nl.koers.domain.Role;
import nl.koers.domain.edit.Edits;
import nl.koers.plugins.Plugin;
import nl.koers.shell.gezond.HealthyInstrument;
import nl.koers.shell.zwaar.HeavyInstrument;
import nl.koers.store.internal.FileDossierLocks;
import nl.koers.store.internal.FileLocalHistory;
import nl.koers.store.internal.FileRecoveryStore;
import nl.koers.store.internal.JsonDossierStore;

/**
 * A screen that loops, runs out of memory or out of stack stops its instrument only; the dossier is kept in a
 * recovery copy first. Real events through the display's queue; documents that write a recovery copy only after an
 * hour's pause, so a copy is one that was asked for.
 */
class PluginHangUiTest {
    /** One entry of Koers's log as the window writes it, with whether a recovery copy existed by then. */
    record Logged(String text, Throwable error, long atNanos, boolean recoveryCopyThen) {
    }

    private final InstrumentCatalogue catalogue = new InstrumentCatalogue();
    private final List<Logged> logged = new CopyOnWriteArrayList<>();
    private final List<String> reported = new CopyOnWriteArrayList<>();

    @TempDir
    Path dir;

    private Display display;
    private Workbench workbench;
    private Robot robot;
    private ScriptedDialogs dialogs;

    @BeforeEach
    void open() {
        display = Display.getDefault();
        Path data = dir.resolve("data");
        Registry documents = new Registry(new JsonDossierStore(data, 20), new FileRecoveryStore(data),
                new FileLocalHistory(data, 20), new FileDossierLocks(), 3600);
        workbench = new Workbench(display, documents, catalogue, new RecentFiles(dir.resolve("recent")), Locale.of("nl"),
                () -> null, "0.1.0", (shell, texts) -> dialogs = new ScriptedDialogs(shell, texts));
        workbench.logFailuresTo(new Failures((level, text, error) -> logged.add(
                new Logged(text, error, System.nanoTime(), !recoveryCopies().isEmpty()))));
        workbench.instruments().onInstrumentFailure((id, error) -> reported.add(id));
        workbench.open();
        robot = new Robot(display, workbench.shell());
        HeavyInstrument heavy = new HeavyInstrument();
        HealthyInstrument healthy = new HealthyInstrument();
        catalogue.add(heavy);
        catalogue.addScreens(heavy);
        catalogue.add(healthy);
        catalogue.addScreens(healthy);
        robot.spin();
        robot.menu("menu.file.new");
        workbench.edits().apply(Edits.addPartner(Partner.of("Gemeente", Role.CORE)));
        robot.spin();
        assertEquals(List.of(), recoveryCopies(), "no copy before one is asked for");
    }

    @AfterEach
    void close() {
        if (!workbench.shell().isDisposed()) {
            workbench.shell().dispose();
        }
        robot.spin();
    }

    @Test
    void aScreenThatLoopsIsReportedWithinSecondsAndStoppedWhenTheLoopEnds() {
        workbench.instruments().start(HeavyInstrument.ID);
        robot.spin(); // its first page is shown in the dispatch after the tab
        press(HeavyInstrument.LOOP); // returns when the loop is over

        Logged held = logged.stream().filter(l -> l.text().contains("holds the window")).findFirst()
                .orElseThrow(() -> new AssertionError("the watchdog said nothing: " + logged));
        assertTrue(held.text().contains("instrument zwaar"), held.text());
        assertTrue(held.atNanos() < HeavyInstrument.loopEndedNanos, "reported while the loop still ran");
        assertTrue(held.recoveryCopyThen(), "the dossier was kept before anything else");
        assertTrue(List.of(held.error().getStackTrace()).stream()
                .anyMatch(f -> f.getClassName().equals(HeavyInstrument.class.getName())), "the log shows where it hung");

        robot.waitUntil("the instrument is stopped", () -> reported.contains(HeavyInstrument.ID));
        assertStoppedAndTheRestGoesOn("hield het venster");
    }

    @Test
    void aScreenStillHeldAtTheGiveUpTimeIsWrittenIntoTheStartMarkerAndItsPluginMarkedFailed() throws Exception {
        try (PluginManagerInFelix felix = new PluginManagerInFelix(dir.resolve("felix"), dir.resolve("plugin-data"))) {
            felix.plugins().install(
                    PluginManagerInFelix.pluginJar(dir, "nl.proef.zwaar", "1.0.0", HeavyInstrument.ID, null), true);
            Path marker = dir.resolve("starting-1.properties");
            workbench.instruments().onHeldForGood(new HangBlame(felix::plugins, new StartMarker(marker))::heldForGood);
            workbench.instruments().giveUpAfter(Duration.ofSeconds(4));
            workbench.instruments().start(HeavyInstrument.ID);
            robot.spin(); // its first page is shown in the dispatch after the tab
            press(HeavyInstrument.LOOP); // loops longer than the time to give up

            Properties written = new Properties();
            try (var in = Files.newBufferedReader(marker)) {
                written.load(in);
            }
            assertEquals("nl.proef.zwaar", written.getProperty("plugin"), "the next start names the plugin");
            Plugin plugin = felix.plugins().installed().get(0);
            assertEquals(Plugin.State.FAILED, plugin.state());
            assertTrue(plugin.error().contains("zwaar: InstrumentHang"), plugin.error());
            assertTrue(logged.stream().anyMatch(l -> l.text().contains("still holds the window after 4 seconds")),
                    logged.toString());
        }
    }

    @Test
    void aScreenThatRunsOutOfMemoryStopsItsInstrumentAndTheWindowAndDossierGoOn() {
        workbench.instruments().start(HeavyInstrument.ID);
        robot.spin(); // its first page is shown in the dispatch after the tab
        press(HeavyInstrument.MEMORY);
        robot.spin();
        assertStoppedAndTheRestGoesOn("OutOfMemoryError");
        assertEquals(1, recoveryCopies().size(), "the dossier was kept first");
    }

    @Test
    void aScreenThatRunsOutOfStackStopsItsInstrumentAndTheWindowGoesOn() {
        workbench.instruments().start(HeavyInstrument.ID);
        robot.click("step.next");
        robot.spin();
        assertTrue(reported.contains(HeavyInstrument.ID), reported.toString());
        var entry = catalogue.entries(Locale.of("nl")).stream().filter(e -> e.id().equals(HeavyInstrument.ID))
                .findFirst().orElseThrow();
        assertTrue(entry.failed() && entry.error().contains("StackOverflowError"), entry.toString());
        assertFalse(workbench.shell().isDisposed());
        assertEquals(1, recoveryCopies().size(), "the dossier was kept first");
    }

    private void press(String id) {
        Button button = robot.find(id);
        button.setFocus();
        robot.press(0, ' ');
        robot.spin();
    }

    private void assertStoppedAndTheRestGoesOn(String why) {
        assertFalse(workbench.shell().isDisposed(), "the window survives");
        assertTrue(workbench.instruments().views().stream().noneMatch(v -> v.instrumentId().equals(HeavyInstrument.ID)),
                "its screens are closed");
        assertTrue(dialogs.told.stream().anyMatch(t -> t.startsWith("Instrument gestopt") && t.contains(why)),
                dialogs.told.toString());
        var entry = catalogue.entries(Locale.of("nl")).stream().filter(e -> e.id().equals(HeavyInstrument.ID))
                .findFirst().orElseThrow();
        assertTrue(entry.failed(), entry.toString());
        assertEquals(1, workbench.view().orElseThrow().dossier().partners().size(), "the dossier is as it was");
        workbench.instruments().start(HealthyInstrument.ID);
        robot.click(HealthyInstrument.BUTTON);
        assertEquals(2, workbench.view().orElseThrow().dossier().partners().size(), "the other instrument works");
    }

    private List<Path> recoveryCopies() {
        Path folder = dir.resolve("data").resolve("recovery");
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.toString().endsWith(".recovery.json")).toList();
        } catch (IOException e) {
            return List.of();
        }
    }
}
