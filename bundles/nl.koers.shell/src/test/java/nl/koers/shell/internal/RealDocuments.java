package nl.koers.shell.internal;

import java.nio.file.Path;

import nl.koers.document.internal.Registry;
import nl.koers.store.internal.FileDossierLocks;
import nl.koers.store.internal.FileLocalHistory;
import nl.koers.store.internal.FileRecoveryStore;
import nl.koers.store.internal.JsonDossierStore;

/** The documents a window opens in the tests: the real store, recovery copies, history and locks, in a folder. */
final class RealDocuments {
    private RealDocuments() {
    }

    /** Documents whose data (recovery copies, history) live in {@code data}, with an autosave after one idle second. */
    static Registry in(Path data) {
        return new Registry(new JsonDossierStore(data, 20), new FileRecoveryStore(data), new FileLocalHistory(data, 20),
                new FileDossierLocks(), 1);
    }
}
