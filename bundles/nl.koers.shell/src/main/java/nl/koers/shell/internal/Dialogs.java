package nl.koers.shell.internal;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.MessageBox;
import org.eclipse.swt.widgets.Shell;

import nl.koers.domain.Texts;
import nl.koers.store.DossierStore;
import nl.koers.store.RecoveryCopy;

/**
 * The questions the workbench puts to the user in native dialogs. Native dialogs cannot be driven by a test
 * robot, so the UI tests answer through a subclass; everything else in the window is exercised for real. Every
 * error and warning told here is also written to Koers's log ({@link Failures}), also when a test answers.
 */
class Dialogs {
    enum Answer {
        SAVE, DISCARD, CANCEL
    }

    /** What to do with a recovery copy that a crashed Koers left behind. */
    enum Recovery {
        RESTORE, DISCARD, LATER
    }

    private final Shell shell;
    private final Texts texts;
    private final Failures failures;

    Dialogs(Shell shell, Texts texts, Failures failures) {
        this.shell = shell;
        this.texts = texts;
        this.failures = failures;
    }

    Answer unsavedChanges(String dossierTitle) {
        MessageBox box = new MessageBox(shell, SWT.ICON_QUESTION | SWT.YES | SWT.NO | SWT.CANCEL);
        box.setText(texts.get("dialog.unsaved.title"));
        box.setMessage(texts.format("dialog.unsaved.text", dossierTitle));
        return switch (box.open()) {
            case SWT.YES -> Answer.SAVE;
            case SWT.NO -> Answer.DISCARD;
            default -> Answer.CANCEL;
        };
    }

    Optional<Path> fileToOpen() {
        FileDialog dialog = new FileDialog(shell, SWT.OPEN);
        dialog.setFilterExtensions(new String[] { "*" + DossierStore.EXTENSION, "*.*" });
        dialog.setFilterNames(new String[] { texts.get("dialog.filter"), texts.get("dialog.filterAll") });
        return Optional.ofNullable(dialog.open()).map(Path::of);
    }

    Optional<Path> fileToSave(String suggestedName) {
        FileDialog dialog = new FileDialog(shell, SWT.SAVE);
        dialog.setFilterExtensions(new String[] { "*" + DossierStore.EXTENSION });
        dialog.setFilterNames(new String[] { texts.get("dialog.filter") });
        dialog.setOverwrite(true);
        dialog.setFileName(suggestedName);
        return Optional.ofNullable(dialog.open()).map(Path::of);
    }

    Optional<Path> folderToExport(Path suggested) {
        org.eclipse.swt.widgets.DirectoryDialog dialog = new org.eclipse.swt.widgets.DirectoryDialog(shell);
        dialog.setText(texts.get("dialog.export.title"));
        if (suggested != null) {
            dialog.setFilterPath(suggested.toString());
        }
        return Optional.ofNullable(dialog.open()).map(Path::of);
    }

    /** Where to save a report; the first format is the filter shown first. */
    Optional<Path> reportFile(String suggestedName, List<String> formats) {
        FileDialog dialog = new FileDialog(shell, SWT.SAVE);
        dialog.setFilterExtensions(formats.stream().map(f -> "*." + f).toArray(String[]::new));
        dialog.setFilterNames(formats.stream().map(f -> f.toUpperCase(java.util.Locale.ROOT)).toArray(String[]::new));
        dialog.setOverwrite(true);
        dialog.setFileName(suggestedName);
        return Optional.ofNullable(dialog.open()).map(Path::of);
    }

    /** Opens a file in the program the desktop has for it (a PDF reader, a word processor). */
    void openFile(Path file) {
        if (!org.eclipse.swt.program.Program.launch(file.toAbsolutePath().toString())) {
            show(SWT.ICON_INFORMATION, texts.get("app.name"), file.toAbsolutePath().toString());
        }
    }

    Recovery recoveryOffer(RecoveryCopy copy) {
        return switch (recoveryDialog(shell, texts, copy).open()) {
            case 0 -> Recovery.RESTORE;
            case 1 -> Recovery.DISCARD;
            default -> Recovery.LATER;
        };
    }

    /** The recovery question with what the copy holds, so the user can tell which session it was. */
    static ChoiceDialog recoveryDialog(Shell shell, Texts texts, RecoveryCopy copy) {
        String title = copy.title().isBlank() ? texts.get("title.untitled") : copy.title();
        List<ChoiceDialog.Fact> facts = List.of(
                new ChoiceDialog.Fact(texts.get("recovery.dossier"), title),
                new ChoiceDialog.Fact(texts.get("recovery.file"),
                        copy.origin().map(Path::toString).orElse(texts.get("recovery.neverSaved"))),
                new ChoiceDialog.Fact(texts.get("recovery.writtenAt"), Formats.when(copy.writtenAt(), texts.locale())),
                new ChoiceDialog.Fact(texts.get("recovery.holds"), texts.format("recovery.holdsText", copy.partners(),
                        copy.interests(), copy.contributions(), copy.canvasNotes())));
        return new ChoiceDialog(shell, "recovery", SWT.ICON_QUESTION, texts.get("recovery.title"),
                texts.get("recovery.text"), facts,
                List.of(texts.get("recovery.restore"), texts.get("recovery.discard"), texts.get("recovery.later")));
    }

    /** A dossier that is open elsewhere: true to open it read-only, false to leave it. */
    boolean openReadOnly(String lockedMessage) {
        return new ChoiceDialog(shell, "locked", SWT.ICON_WARNING, texts.get("dialog.locked.title"),
                texts.format("dialog.locked.text", lockedMessage), List.of(),
                List.of(texts.get("dialog.locked.readOnly"), texts.get("dialog.cancel"))).open() == 0;
    }

    /** The start before did not reach its window because of {@code plugin}: true to disable it. */
    boolean disableBlamed(String plugin) {
        return new ChoiceDialog(shell, "blamed", SWT.ICON_WARNING, texts.get("dialog.blamed.title"),
                texts.format("dialog.blamed.text", plugin), List.of(),
                List.of(texts.get("dialog.blamed.disable"), texts.get("dialog.blamed.keep"))).open() == 0;
    }

    /** An export would write over {@code file}: true to write over it, false to cancel. */
    boolean overwrite(Path file) {
        return new ChoiceDialog(shell, "overwrite", SWT.ICON_WARNING, texts.get("dialog.overwrite.title"),
                texts.format("dialog.overwrite.text", file.getFileName(), file.toAbsolutePath().getParent()),
                List.of(), List.of(texts.get("dialog.overwrite.yes"), texts.get("dialog.cancel"))).open() == 0;
    }

    /** A save that failed: true when the user wants to save somewhere else now. */
    final boolean saveElsewhere(String message) {
        failures.told(SWT.ICON_ERROR, texts.get("dialog.saveFailed.title"), message);
        return askSaveElsewhere(message);
    }

    boolean askSaveElsewhere(String message) {
        return new ChoiceDialog(shell, "saveFailed", SWT.ICON_ERROR, texts.get("dialog.saveFailed.title"), message,
                List.of(), List.of(texts.get("dialog.saveFailed.elsewhere"), texts.get("dialog.close"))).open() == 0;
    }

    /** File > History: the version to put back, or empty. */
    Optional<HistoryDialog.Version> versionToRestore(String dossierName, List<HistoryDialog.Version> versions) {
        return new HistoryDialog(shell, texts, dossierName, versions).open();
    }

    final void tell(int icon, String title, String message) {
        failures.told(icon, title, message);
        show(icon, title, message);
    }

    void show(int icon, String title, String message) {
        if (shell.isDisposed()) {
            return;
        }
        MessageBox box = new MessageBox(shell, icon | SWT.OK);
        box.setText(title);
        box.setMessage(message);
        box.open();
    }
}
