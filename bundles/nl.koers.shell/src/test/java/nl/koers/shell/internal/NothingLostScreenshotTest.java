package nl.koers.shell.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.koers.domain.Dossier;
import nl.koers.domain.Partner;
import nl.koers.domain.Role;
import nl.koers.domain.Texts;
import nl.koers.store.DossierLock;
import nl.koers.store.RecoveryCopy;
import nl.koers.store.internal.FileDossierLocks;
import nl.koers.store.internal.FileLocalHistory;
import nl.koers.store.internal.FileRecoveryStore;
import nl.koers.store.internal.JsonDossierStore;

/**
 * The real recovery and history dialogs and the read-only window, driven by their buttons, and photographed into
 * {@code /tmp/koers-shots/} so a person can look at what the facilitator sees.
 */
class NothingLostScreenshotTest {
    private static final Path SHOTS = Path.of("/tmp/koers-shots");

    @TempDir
    Path dir;

    private final Display display = Display.getDefault();
    private final Texts texts = Texts.load("nl.koers.shell.internal.Messages", Locale.of("nl"),
            NothingLostScreenshotTest.class.getClassLoader());
    private Workbench workbench;
    private ScriptedDialogs dialogs;

    @AfterEach
    void close() {
        if (workbench != null && !workbench.shell().isDisposed()) {
            workbench.shell().dispose();
        }
    }

    private Robot start(Path data) {
        workbench = new Workbench(display, RealDocuments.in(data), new InstrumentCatalogue(),
                new RecentFiles(dir.resolve("recent")), Locale.of("nl"), () -> null, "0.1.0",
                (shell, t) -> dialogs = new ScriptedDialogs(shell, t));
        workbench.open();
        Robot robot = new Robot(display, workbench.shell());
        robot.spin();
        return robot;
    }

    @Test
    void theRecoveryDialogSaysWhatTheCopyHoldsAndRestoresOnItsButton() throws Exception {
        Robot robot = start(dir.resolve("data"));
        RecoveryCopy copy = new RecoveryCopy("k", Optional.of(dir.resolve("jongeren-aan-het-werk.koers")),
                Instant.now().minus(12, ChronoUnit.MINUTES), "Jongeren aan het werk \u2013 Rivierenland", 5, 14, 22, 9);
        ChoiceDialog dialog = Dialogs.recoveryDialog(workbench.shell(), texts, copy);
        dialog.show();
        robot.idle(400);
        shoot(dialog.shell(), "recovery-dialog.png");
        String message = ((org.eclipse.swt.widgets.Label) robot.find("recovery.message")).getText();
        assertTrue(message.contains("niet netjes afgesloten"), message);
        robot.click("recovery.0");
        assertEquals(0, dialog.chosen(), "Herstellen");
        assertTrue(dialog.shell().isDisposed());

        ChoiceDialog later = Dialogs.recoveryDialog(workbench.shell(), texts,
                new RecoveryCopy("n", Optional.empty(), Instant.now(), "", 0, 0, 0, 0));
        later.show();
        robot.idle(400);
        later.shell().close();
        assertEquals(2, later.chosen(), "closing the dialog means Later");
    }

    @Test
    void theHistoryDialogListsVersionsAndGivesBackTheChosenOne() throws Exception {
        Path data = dir.resolve("data");
        JsonDossierStore store = new JsonDossierStore(data, 20);
        Path file = dir.resolve("netwerk.koers");
        Dossier d = Dossier.titled("Netwerk Rivierenland");
        for (String partner : List.of("Gemeente Tiel", "ROC Rivor", "Zorggroep Betuwe", "Werkgeverslijn")) {
            d = d.withPartners(new java.util.ArrayList<>(d.partners()) {
                {
                    add(Partner.of(partner, Role.CORE));
                }
            });
            store.write(d, file);
            Thread.sleep(1100); // a second apart, so the list shows different times
        }
        FileLocalHistory history = new FileLocalHistory(data, 20);
        List<HistoryDialog.Version> versions = history.entries(file).stream()
                .map(e -> new HistoryDialog.Version(e, read(history, e))).toList();
        assertEquals(3, versions.size());
        Robot robot = start(data);
        HistoryDialog dialog = new HistoryDialog(workbench.shell(), texts, "netwerk.koers", versions);
        dialog.show();
        Table table = robot.find("history.table");
        assertEquals(3, table.getItemCount());
        assertEquals("3", table.getItem(0).getText(3), "newest first: three partners");
        table.setSelection(1);
        table.notifyListeners(SWT.Selection, new Event());
        robot.idle(400);
        shoot(dialog.shell(), "history-dialog.png");
        robot.click("history.restore");
        assertEquals(2, dialog.chosen().orElseThrow().dossier().partners().size());
    }

    private static Dossier read(FileLocalHistory history, nl.koers.store.HistoryEntry e) {
        try {
            return history.read(e);
        } catch (Exception x) {
            throw new AssertionError(x);
        }
    }

    @Test
    void theReadOnlyWindowSaysSoInTitleAndBanner() throws Exception {
        Path data = dir.resolve("data");
        Path file = dir.resolve("gedeeld.koers");
        new JsonDossierStore(data, 20).write(Dossier.titled("Jongeren aan het werk")
                .withPartners(List.of(Partner.of("Gemeente Tiel", Role.CORE), Partner.of("ROC Rivor", Role.CHAIN))), file);
        Robot robot = start(data);
        try (DossierLock elsewhere = new FileDossierLocks().lock(file)) {
            dialogs.readOnlyAnswers.add(true);
            workbench.open(file);
            robot.waitUntil("open read-only", () -> workbench.view().isPresent());
            robot.spin();
            assertEquals("Jongeren aan het werk (alleen lezen) \u2013 Koers", workbench.shell().getText());
            robot.idle(400);
            shoot(workbench.shell(), "read-only-window.png");
        }
    }

    /** Copies what the screen shows of {@code shell} into a PNG. */
    private void shoot(Shell shell, String name) throws Exception {
        Files.createDirectories(SHOTS);
        Rectangle b = shell.getBounds();
        Image image = new Image(display, b.width, b.height);
        GC gc = new GC(display);
        try {
            gc.copyArea(image, b.x, b.y);
        } finally {
            gc.dispose();
        }
        ImageLoader loader = new ImageLoader();
        loader.data = new org.eclipse.swt.graphics.ImageData[] { image.getImageData() };
        loader.save(SHOTS.resolve(name).toString(), SWT.IMAGE_PNG);
        image.dispose();
        assertTrue(Files.size(SHOTS.resolve(name)) > 1000);
    }
}
