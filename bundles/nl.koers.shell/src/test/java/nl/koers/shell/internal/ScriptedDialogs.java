package nl.koers.shell.internal;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

import org.eclipse.swt.widgets.Shell;

import nl.koers.domain.Texts;

/** Answers the native dialogs as the test says, and remembers what was asked and told. */
final class ScriptedDialogs extends Dialogs {
    final Deque<Answer> answers = new ArrayDeque<>();
    final Deque<Path> files = new ArrayDeque<>();
    final Deque<Path> folders = new ArrayDeque<>();
    /** Where to save reports, and the files the user asked to open. */
    final Deque<Path> reportFiles = new ArrayDeque<>();
    final List<Path> opened = new ArrayList<>();
    final List<String> asked = new ArrayList<>();
    final List<String> told = new ArrayList<>();
    final Deque<Recovery> recoveries = new ArrayDeque<>();
    final List<nl.koers.store.RecoveryCopy> offered = new ArrayList<>();
    final Deque<Boolean> readOnlyAnswers = new ArrayDeque<>();
    final List<String> lockedBy = new ArrayList<>();
    final Deque<Boolean> elsewhereAnswers = new ArrayDeque<>();
    final Deque<Boolean> overwriteAnswers = new ArrayDeque<>();
    final List<Path> overwriteAsked = new ArrayList<>();
    final List<String> saveFailures = new ArrayList<>();
    /** Which version to put back, by title; an unknown title cancels. */
    final Deque<String> versionTitles = new ArrayDeque<>();
    final List<List<HistoryDialog.Version>> versionsShown = new ArrayList<>();
    /** Whether to disable the plugin that held the last start, and which plugins were named. */
    final Deque<Boolean> disableAnswers = new ArrayDeque<>();
    final List<String> blamed = new ArrayList<>();
    /** What went to Koers's log: level, then text. */
    final List<String> logged;

    ScriptedDialogs(Shell shell, Texts texts) {
        this(shell, texts, new ArrayList<>());
    }

    private ScriptedDialogs(Shell shell, Texts texts, List<String> logged) {
        super(shell, texts, new Failures((level, text, error) -> logged.add(level + " " + text)));
        this.logged = logged;
    }

    @Override
    Answer unsavedChanges(String dossierTitle) {
        asked.add(dossierTitle);
        return answers.isEmpty() ? Answer.CANCEL : answers.pop();
    }

    @Override
    Optional<Path> fileToOpen() {
        return Optional.ofNullable(files.poll());
    }

    @Override
    Optional<Path> fileToSave(String suggestedName) {
        asked.add("save as " + suggestedName);
        return Optional.ofNullable(files.poll());
    }

    @Override
    Optional<Path> folderToExport(Path suggested) {
        return Optional.ofNullable(folders.poll());
    }

    @Override
    Optional<Path> reportFile(String suggestedName, List<String> formats) {
        asked.add("report as " + suggestedName + " " + formats);
        return Optional.ofNullable(reportFiles.poll());
    }

    @Override
    void openFile(Path file) {
        opened.add(file);
    }

    @Override
    Recovery recoveryOffer(nl.koers.store.RecoveryCopy copy) {
        offered.add(copy);
        return recoveries.isEmpty() ? Recovery.LATER : recoveries.pop();
    }

    @Override
    boolean openReadOnly(String lockedMessage) {
        lockedBy.add(lockedMessage);
        return !readOnlyAnswers.isEmpty() && readOnlyAnswers.pop();
    }

    @Override
    boolean disableBlamed(String plugin) {
        blamed.add(plugin);
        return !disableAnswers.isEmpty() && disableAnswers.pop();
    }

    @Override
    boolean overwrite(Path file) {
        overwriteAsked.add(file);
        return !overwriteAnswers.isEmpty() && overwriteAnswers.pop();
    }

    @Override
    boolean askSaveElsewhere(String message) {
        saveFailures.add(message);
        return !elsewhereAnswers.isEmpty() && elsewhereAnswers.pop();
    }

    @Override
    Optional<HistoryDialog.Version> versionToRestore(String dossierName, List<HistoryDialog.Version> versions) {
        versionsShown.add(versions);
        String title = versionTitles.poll();
        return versions.stream().filter(v -> v.dossier() != null && v.dossier().title().equals(title)).findFirst();
    }

    @Override
    void show(int icon, String title, String message) {
        told.add(title + ": " + message);
    }
}
