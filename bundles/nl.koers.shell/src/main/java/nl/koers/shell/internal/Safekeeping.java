package nl.koers.shell.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.SWT;

import nl.koers.document.Document;
import nl.koers.document.DocumentView;
import nl.koers.document.DossierDocuments;
import nl.koers.domain.Dossier;
import nl.koers.domain.edit.Edit;
import nl.koers.store.HistoryEntry;
import nl.koers.store.RecoveryCopy;

/** What a crashed Koers left behind, offered again; and the earlier versions of the open dossier's file. */
final class Safekeeping {
    private final Workbench window;
    private final DossierDocuments documents;

    Safekeeping(Workbench window, DossierDocuments documents) {
        this.window = window;
        this.documents = documents;
    }

    /**
     * Offers, one at a time, the recovery copies that a crashed or killed Koers left behind. One dossier fits in
     * the window: after a restore, the others wait for the next start (or File > Recover).
     */
    void offerRecovery() {
        Background background = window.background();
        background.run(documents::recoveryCopies, (copies, error) -> {
            if (error != null || copies == null) {
                return;
            }
            for (RecoveryCopy copy : copies) {
                if (window.shell().isDisposed()) {
                    return;
                }
                switch (window.dialogs().recoveryOffer(copy)) {
                    case RESTORE -> {
                        window.files().whenDiscardable(() -> restore(copy));
                        return;
                    }
                    case DISCARD -> background.submit(() -> {
                        documents.discard(copy);
                        return null;
                    });
                    case LATER -> {
                        // kept: offered again at the next start
                    }
                }
            }
        });
    }

    /**
     * Opens a recovery copy as unsaved changes on top of its file (so Ctrl+S writes the file, and Ctrl+Z shows
     * what the file held), or on top of nothing when it was never saved.
     */
    private void restore(RecoveryCopy copy) {
        window.status(window.texts().get("status.restoring"));
        window.background().run(() -> documents.recover(copy), (recovered, error) -> {
            if (error != null) {
                window.status(window.texts().get("status.ready"));
                window.alert(SWT.ICON_WARNING, "recovery.failed.title",
                        window.texts().format("recovery.failed.text", window.files().message(error)));
                return;
            }
            window.show(recovered);
            window.status(window.texts().get("status.restored"));
        });
    }

    /** File > History: the earlier versions of this file, read in the background; one goes back as an edit. */
    void showHistory() {
        DocumentView view = window.view().orElse(null);
        if (view == null || view.state().file().isEmpty()) {
            return;
        }
        window.edits().commitTyping();
        Document document = view.document();
        Path of = view.state().file().get();
        window.status(window.texts().get("status.readingHistory"));
        window.background().run(() -> versions(document), (versions, error) -> {
            window.status(window.texts().get("status.ready"));
            if (error != null) {
                window.alert(SWT.ICON_ERROR, "history.failed.title", window.files().message(error));
                return;
            }
            if (window.view().map(DocumentView::document).orElse(null) != document) {
                return; // another dossier is open by now
            }
            window.dialogs().versionToRestore(of.getFileName().toString(), versions).ifPresent(v -> {
                Dossier earlier = v.dossier();
                window.edits().apply(new Edit("history.restored", d -> earlier));
                window.status(window.texts().format("status.historyRestored",
                        Formats.when(v.entry().savedAt(), window.texts().locale())));
            });
        });
    }

    /** Disk work: every earlier version, read; one that cannot be read is listed without its content. */
    private static List<HistoryDialog.Version> versions(Document document) {
        List<HistoryDialog.Version> versions = new ArrayList<>();
        for (HistoryEntry entry : document.history().join()) {
            Dossier read;
            try {
                read = document.version(entry).join();
            } catch (RuntimeException unreadable) {
                read = null;
            }
            versions.add(new HistoryDialog.Version(entry, read));
        }
        return versions;
    }
}
