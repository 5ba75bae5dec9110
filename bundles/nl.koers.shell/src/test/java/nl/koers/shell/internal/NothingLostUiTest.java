package nl.koers.shell.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.eclipse.swt.widgets.Display;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import nl.koers.domain.Dossier;
import nl.koers.domain.Partner;
import nl.koers.domain.Role;
import nl.koers.document.internal.Registry;
import nl.koers.store.DossierLock;
import nl.koers.store.DossierLockedException;
import nl.koers.store.RecoveryCopy;
import nl.koers.store.internal.FileDossierLocks;
import nl.koers.store.internal.FileLocalHistory;
import nl.koers.store.internal.FileRecoveryStore;
import nl.koers.store.internal.JsonDossierStore;

/**
 * Nothing lost, in the real window with the real store, history, recovery copies and locks on real files: what
 * a facilitator sees when Koers crashed, when a dossier is open elsewhere, when a newer Koers wrote it, and when
 * the folder of a dossier disappears.
 */
class NothingLostUiTest {
    @TempDir
    Path dir;

    private Path data;
    private JsonDossierStore store;
    private FileRecoveryStore recovery;
    private FileLocalHistory history;
    private final FileDossierLocks locks = new FileDossierLocks();
    private Display display;
    private Workbench workbench;
    private ScriptedDialogs dialogs;
    /** How the user answers the recovery offers that come right after the window opens. */
    private final List<Dialogs.Recovery> answersAtStart = new java.util.ArrayList<>();
    private Robot robot;

    @BeforeEach
    void folders() {
        data = dir.resolve("data");
        store = new JsonDossierStore(data, 20);
        recovery = new FileRecoveryStore(data);
        history = new FileLocalHistory(data, 20);
        display = Display.getDefault();
    }

    /** Opens the window as Koers starts: with its safeguards, autosave after one idle second. */
    private void start() {
        workbench = new Workbench(display, new Registry(store, recovery, history, locks, 1), new InstrumentCatalogue(),
                new RecentFiles(dir.resolve("recent")),
                Locale.of("nl"), () -> null, "0.1.0", (shell, texts) -> {
                    dialogs = new ScriptedDialogs(shell, texts);
                    dialogs.recoveries.addAll(answersAtStart);
                    return dialogs;
                });
        workbench.open();
        robot = new Robot(display, workbench.shell());
        robot.spin();
    }

    @AfterEach
    void close() {
        if (workbench != null && !workbench.shell().isDisposed()) {
            workbench.shell().dispose();
        }
        if (robot != null) {
            robot.spin();
        }
    }

    private Path dossierFile(String name, String title) throws IOException {
        Path file = dir.resolve(name);
        store.write(Dossier.titled(title).withPartners(List.of(Partner.of("Gemeente Tiel", Role.CORE))), file);
        return file;
    }

    private void openAndWait(Path file) {
        workbench.open(file);
        robot.waitUntil("the dossier is open", () -> workbench.view().isPresent());
    }

    private List<Path> recoveryCopies() {
        try (Stream<Path> files = Files.list(data.resolve("recovery"))) {
            return files.filter(f -> f.toString().endsWith(".recovery.json")).toList();
        } catch (IOException none) {
            return List.of();
        }
    }

    private boolean lockable(Path file) {
        try (DossierLock l = locks.lock(file)) {
            return true;
        } catch (DossierLockedException e) {
            return false;
        }
    }

    @Test
    void autosaveWritesARecoveryCopyAfterIdleAndNeverTouchesTheUsersFile() throws Exception {
        Path file = dossierFile("wijkzorg.koers", "Wijkzorg");
        byte[] before = Files.readAllBytes(file);
        FileTime modified = Files.getLastModifiedTime(file);
        start();
        openAndWait(file);

        robot.type("details.title", "Wijkzorg Tiel");
        assertEquals(List.of(), recoveryCopies(), "no copy while the user is still typing");
        robot.waitUntil("a recovery copy after a second of idle time", () -> recoveryCopies().size() == 1);
        JsonNode copy = new ObjectMapper().readTree(recoveryCopies().get(0).toFile());
        assertEquals("Wijkzorg Tiel", copy.path("title").asText());
        assertEquals(file.toAbsolutePath().normalize().toString(), copy.path("origin").asText());
        assertEquals("Wijkzorg Tiel", copy.path("dossier").path("title").asText());
        assertArrayEquals(before, Files.readAllBytes(file), "the user's file is never written by autosave");
        assertEquals(modified, Files.getLastModifiedTime(file));
        assertTrue(workbench.view().get().isDirty());

        robot.menu("menu.file.save");
        robot.waitUntil("the save is done", () -> !workbench.view().get().isDirty());
        robot.waitUntil("the copy is gone after the save", () -> recoveryCopies().isEmpty());
        assertEquals("Wijkzorg Tiel", store.read(file).title());

        // a new copy for new edits, and it goes when the user closes the dossier and discards them
        robot.type("details.title", "Wijkzorg Tiel en Culemborg");
        robot.waitUntil("a copy of the new edit", () -> recoveryCopies().size() == 1);
        dialogs.answers.add(Dialogs.Answer.DISCARD);
        robot.menu("menu.file.close");
        robot.waitUntil("the copy goes with the discarded edit", () -> recoveryCopies().isEmpty());
        assertEquals("Wijkzorg Tiel", store.read(file).title());
    }

    @Test
    void aCopyLeftByAKilledKoersIsOfferedAtStartAndRestoresTheEditOnTopOfTheFile() throws Exception {
        Path file = dossierFile("netwerk.koers", "Netwerk Rivierenland");
        crash(file.toString(), "Netwerk Rivierenland, na de storing");
        byte[] before = Files.readAllBytes(file);

        start();
        robot.waitUntil("the copy is offered", () -> !dialogs.offered.isEmpty());
        // answered LATER (nothing scripted): still there, offered again from the menu
        RecoveryCopy offered = dialogs.offered.get(0);
        assertEquals("Netwerk Rivierenland, na de storing", offered.title());
        assertEquals(file.toAbsolutePath().normalize(), offered.origin().orElseThrow());
        assertEquals(1, offered.partners());
        assertTrue(workbench.view().isEmpty());
        assertEquals(1, recoveryCopies().size());

        dialogs.recoveries.add(Dialogs.Recovery.RESTORE);
        robot.menu("menu.file.recover");
        robot.waitUntil("the copy is restored", () -> workbench.view().isPresent());
        var session = workbench.view().get();
        assertEquals("Netwerk Rivierenland, na de storing", session.dossier().title());
        assertTrue(session.isDirty(), "restored work is unsaved work");
        assertEquals(file, workbench.file().orElseThrow(), "tied to its own file");
        assertArrayEquals(before, Files.readAllBytes(file), "restoring does not write the file");
        assertEquals("&Ongedaan maken: herstelkopie teruggezet\tCtrl+Z", robot.menuItem("menu.edit.undo").getText());
        assertFalse(lockable(file), "the restored dossier is locked for this window");

        robot.menu("menu.file.save");
        robot.waitUntil("Ctrl+S writes the original file", () -> !workbench.view().get().isDirty());
        assertEquals("Netwerk Rivierenland, na de storing", store.read(file).title());
        robot.waitUntil("the copy is gone once saved", () -> recoveryCopies().isEmpty());
        assertEquals(List.of(), recovery.pending());
    }

    /** A Koers in a child JVM writes a recovery copy of {@code file} with a new title, and dies. */
    private void crash(String file, String title) throws Exception {
        Thread.sleep(20); // the copy is written after the file, as it is in real life
        Process crashed = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                System.getProperty("java.class.path"), CrashedKoers.class.getName(), data.toString(), file, title)
                .inheritIO().start();
        assertTrue(crashed.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, crashed.exitValue());
    }

    @Test
    void aDossierThatWasNeverSavedIsRecoveredAsANewOneThatAsksWhereToSave() throws Exception {
        crash("-", "Kick-off Betuwe");
        Path file = dir.resolve("kick-off.koers");
        answersAtStart.add(Dialogs.Recovery.RESTORE);
        start();
        robot.waitUntil("the copy is restored", () -> workbench.view().isPresent());
        assertTrue(dialogs.offered.get(0).origin().isEmpty());
        assertEquals("Kick-off Betuwe", workbench.view().get().dossier().title());
        assertTrue(workbench.file().isEmpty());
        assertEquals("*Kick-off Betuwe \u2013 Koers", workbench.shell().getText());
        dialogs.files.add(file);
        robot.menu("menu.file.save");
        robot.waitUntil("saved where the user says", () -> !workbench.view().get().isDirty());
        assertEquals("Kick-off Betuwe", store.read(file).title());
        robot.waitUntil("the copy is gone", () -> recoveryCopies().isEmpty());
    }

    @Test
    void openingTheDossierThisWindowHasOpenAgainKeepsItsLockAndAsksNothing() throws Exception {
        Path file = dossierFile("zelfde.koers", "Zelfde");
        start();
        openAndWait(file);
        var first = workbench.view().get();
        workbench.edits().apply(nl.koers.domain.edit.Edits.addPartner(Partner.of("UWV", Role.CORE)));
        workbench.open(file);
        robot.waitUntil("opened again", () -> ((org.eclipse.swt.widgets.Label) robot.find("status")).getText().startsWith("Geopend"));
        assertSame(first, workbench.view().get(), "one file is one document, and this window shows it already");
        assertEquals(2, workbench.view().get().dossier().partners().size(), "nothing typed is lost");
        workbench.edits().undo();
        assertEquals(List.of(), dialogs.lockedBy);
        assertEquals("Zelfde \u2013 Koers", workbench.shell().getText());
        assertTrue(robot.menuItem("menu.file.save").isEnabled());
        Thread.sleep(100);
        robot.spin();
        assertFalse(lockable(file), "still locked for this window");
    }

    /**
     * Koers was killed with a file open, and the facilitator opens that file again (from the file manager, say): the
     * copy offered then is of the file this window has open. Restored, it goes on top of it; once saved and closed,
     * the file's lock and the copies are gone.
     */
    @Test
    void aCopyOfTheFileThisWindowHasOpenIsRestoredOnTopOfIt() throws Exception {
        Path file = dossierFile("zelfde.koers", "Netwerk Rivierenland");
        crash(file.toString(), "Netwerk Rivierenland, na de storing");
        start(); // the copy offered at the start answered LATER: no answer scripted
        openAndWait(file);
        assertEquals("Netwerk Rivierenland", workbench.view().get().dossier().title());

        dialogs.recoveries.add(Dialogs.Recovery.RESTORE);
        robot.menu("menu.file.recover");
        robot.waitUntil("the copy is restored", () -> workbench.view().get().dossier().title().endsWith("storing"));
        assertEquals(List.of(), dialogs.told, "no \"open in another window\"");
        assertTrue(workbench.view().get().isDirty(), "restored work is unsaved work");
        assertEquals(file, workbench.file().orElseThrow());

        robot.menu("menu.file.save");
        robot.waitUntil("saved", () -> !workbench.view().get().isDirty());
        assertEquals("Netwerk Rivierenland, na de storing", store.read(file).title());
        robot.waitUntil("no copy is left", () -> recoveryCopies().isEmpty());
        robot.menu("menu.file.close");
        robot.waitUntil("closing releases the lock: the window kept no second face of the document",
                () -> lockable(file));
    }

    @Test
    void aDeclinedCopyIsDiscarded() throws Exception {
        Path file = dossierFile("weg.koers", "Weg ermee");
        crash(file.toString(), "Niet nodig");
        answersAtStart.add(Dialogs.Recovery.DISCARD);
        start();
        robot.waitUntil("the copy is offered", () -> !dialogs.offered.isEmpty());
        robot.waitUntil("the declined copy is gone", () -> recoveryCopies().isEmpty());
        assertTrue(workbench.view().isEmpty());
        assertEquals("Weg ermee", store.read(file).title());
    }

    @Test
    void historyListsEarlierVersionsAndRestoringOneIsOneUndoableChange() throws Exception {
        start();
        robot.menu("menu.file.new");
        assertFalse(robot.menuItem("menu.file.history").isEnabled(), "no history for a dossier without a file");
        Path file = dir.resolve("versies.koers");
        for (String title : List.of("Versie 1", "Versie 2", "Versie 3")) {
            robot.type("details.title", title);
            dialogs.files.add(file);
            robot.menu("menu.file.save");
            robot.waitUntil("saved " + title, () -> !workbench.view().get().isDirty());
            Thread.sleep(20); // versions a moment apart, as saves are
        }
        assertTrue(robot.menuItem("menu.file.history").isEnabled());

        dialogs.versionTitles.add("Versie 1");
        robot.menu("menu.file.history");
        robot.waitUntil("the history is shown", () -> !dialogs.versionsShown.isEmpty());
        List<HistoryDialog.Version> shown = dialogs.versionsShown.get(0);
        assertEquals(List.of("Versie 2", "Versie 1"), shown.stream().map(v -> v.dossier().title()).toList(),
                "newest first");
        assertTrue(shown.stream().allMatch(v -> v.entry().size() > 0));

        var session = workbench.view().get();
        assertEquals("Versie 1", session.dossier().title());
        assertTrue(session.isDirty());
        assertEquals("*Versie 1 \u2013 Koers", workbench.shell().getText());
        assertEquals("&Ongedaan maken: eerdere versie teruggezet\tCtrl+Z", robot.menuItem("menu.edit.undo").getText());
        assertEquals("Versie 3", store.read(file).title(), "restoring is an edit: the file waits for a save");

        robot.menu("menu.edit.undo");
        assertEquals("Versie 3", session.dossier().title());
        assertFalse(session.isDirty(), "one undo takes the whole restore back");
    }

    @Test
    void aLockedDossierOpensReadOnlyOnlyWhenAskedAndThenSavesOnlyAsACopy() throws Exception {
        Path file = dossierFile("gedeeld.koers", "Gedeeld dossier");
        byte[] before = Files.readAllBytes(file);
        start();
        try (DossierLock elsewhere = locks.lock(file)) {
            dialogs.readOnlyAnswers.add(false);
            workbench.open(file);
            robot.waitUntil("the user is asked", () -> dialogs.lockedBy.size() == 1);
            robot.spin();
            assertTrue(workbench.view().isEmpty(), "cancel opens nothing");
            assertTrue(dialogs.lockedBy.get(0).contains("gedeeld.koers"), dialogs.lockedBy.toString());

            dialogs.readOnlyAnswers.add(true);
            openAndWait(file);
            assertEquals("Gedeeld dossier (alleen lezen) \u2013 Koers", workbench.shell().getText());
            assertFalse(robot.menuItem("menu.file.save").isEnabled(), "Save is refused");
            assertTrue(robot.menuItem("menu.file.saveAs").isEnabled(), "Save As is allowed");
            org.eclipse.swt.widgets.Label reason = robot.find("readOnly.reason");
            assertTrue(reason.isVisible() && reason.getText().contains("al geopend"), reason.getText());

            robot.type("details.title", "Mijn kopie");
            workbench.save(null); // Ctrl+S from elsewhere: it asks for another file, never writes this one
            assertTrue(dialogs.asked.stream().anyMatch(a -> a.startsWith("save as")), dialogs.asked.toString());
            assertArrayEquals(before, Files.readAllBytes(file));

            Path copy = dir.resolve("kopie.koers");
            dialogs.files.add(copy);
            robot.menu("menu.file.saveAs");
            robot.waitUntil("the copy is saved", () -> !workbench.view().get().isDirty());
            assertEquals("Mijn kopie", store.read(copy).title());
            assertArrayEquals(before, Files.readAllBytes(file), "the locked file is untouched");
            assertEquals(copy, workbench.file().orElseThrow());
            assertEquals("Mijn kopie \u2013 Koers", workbench.shell().getText(), "the copy is writable");
            assertTrue(robot.menuItem("menu.file.save").isEnabled());
            assertFalse(lockable(copy), "the window now holds the copy's lock");
            assertFalse(((org.eclipse.swt.widgets.Control) robot.find("readOnly.banner")).isVisible());
        }
        robot.menu("menu.file.close");
        robot.waitUntil("closing releases the lock", () -> lockable(dir.resolve("kopie.koers")));
    }

    @Test
    void saveAsToAnotherFileMovesTheLock() throws Exception {
        Path first = dossierFile("eerste.koers", "Eerste");
        start();
        openAndWait(first);
        assertFalse(lockable(first));
        Path second = dir.resolve("tweede.koers");
        dialogs.files.add(second);
        robot.menu("menu.file.saveAs");
        robot.waitUntil("saved as", () -> workbench.file().orElseThrow().equals(second));
        robot.waitUntil("the first lock is released", () -> lockable(first));
        assertFalse(lockable(second));
        workbench.shell().close();
        robot.waitUntil("the window is gone", () -> workbench.shell().isDisposed());
        robot.waitUntil("closing the window releases the lock", () -> lockable(second));
    }

    @Test
    void aFileFromANewerKoersOpensReadOnlyAndSaysWhichVersionWroteIt() throws Exception {
        Path file = dossierFile("nieuwer.koers", "Uit de toekomst");
        String json = Files.readString(file).replaceFirst("\"schemaVersion\"\\s*:\\s*\\d+", "\"schemaVersion\" : 7")
                .replaceFirst("\"writtenBy\"\\s*:\\s*\"[^\"]*\"", "\"writtenBy\" : \"Koers 4.2.0\"");
        Files.writeString(file, json);
        byte[] before = Files.readAllBytes(file);
        start();
        openAndWait(file);
        assertEquals(1, dialogs.told.size(), dialogs.told.toString());
        assertTrue(dialogs.told.get(0).contains("Koers 4.2.0") && dialogs.told.get(0).contains("7"), dialogs.told.toString());
        assertEquals("Uit de toekomst (alleen lezen) \u2013 Koers", workbench.shell().getText());
        assertFalse(robot.menuItem("menu.file.save").isEnabled());
        assertTrue(lockable(file), "a read-only window holds no lock");
        org.eclipse.swt.widgets.Label reason = robot.find("readOnly.reason");
        assertTrue(reason.isVisible() && reason.getText().contains("Koers 4.2.0"), reason.getText());
        robot.type("details.title", "Toch bewerkt");
        workbench.save(null);
        robot.spin();
        assertArrayEquals(before, Files.readAllBytes(file), "never saved over a newer file");
    }

    @Test
    void aSaveIntoAFolderThatDisappearedSaysSoKeepsTheSessionUnsavedAndOffersElsewhere() throws Exception {
        Path stick = Files.createDirectories(dir.resolve("usb-stick"));
        Path file = stick.resolve("sessie.koers");
        start();
        robot.menu("menu.file.new");
        robot.type("details.title", "Sessie op de stick");
        dialogs.files.add(file);
        robot.menu("menu.file.save");
        robot.waitUntil("saved on the stick", () -> !workbench.view().get().isDirty());

        robot.type("details.title", "Sessie, na de pauze");
        try (Stream<Path> all = Files.walk(stick)) {
            all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
        assertFalse(Files.exists(stick));
        dialogs.elsewhereAnswers.add(false);
        robot.menu("menu.file.save");
        robot.waitUntil("the failure is reported", () -> dialogs.saveFailures.size() == 1);
        String message = dialogs.saveFailures.get(0);
        assertTrue(message.contains(stick.toString()), message);
        assertTrue(message.contains("bestaat niet"), message);
        assertTrue(message.contains("niets kwijt") && message.contains("Elders opslaan"), message);
        assertTrue(dialogs.logged.contains("ERROR Dossier niet opgeslagen: " + message), dialogs.logged.toString());
        assertTrue(workbench.view().get().isDirty(), "still unsaved");
        assertEquals("Sessie, na de pauze", workbench.view().get().dossier().title());
        assertEquals("*Sessie, na de pauze \u2013 Koers", workbench.shell().getText());

        Path elsewhere = dir.resolve("elders.koers");
        dialogs.elsewhereAnswers.add(true);
        dialogs.files.add(elsewhere);
        robot.menu("menu.file.save");
        robot.waitUntil("saved elsewhere", () -> !workbench.view().get().isDirty());
        assertEquals(2, dialogs.saveFailures.size());
        assertEquals("Sessie, na de pauze", store.read(elsewhere).title());
        assertEquals(elsewhere, workbench.file().orElseThrow());
    }

}
