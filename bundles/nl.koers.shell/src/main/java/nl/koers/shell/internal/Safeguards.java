package nl.koers.shell.internal;

import java.util.Objects;

import nl.koers.store.DossierLocks;
import nl.koers.store.LocalHistory;
import nl.koers.store.RecoveryStore;

/**
 * What keeps a facilitator's work from getting lost: recovery copies while editing, earlier versions after each
 * save, and a lock so a dossier is edited in one place at a time.
 *
 * @param autosaveSeconds idle time before a recovery copy is written
 */
record Safeguards(RecoveryStore recovery, LocalHistory history, DossierLocks locks, int autosaveSeconds) {
    Safeguards {
        Objects.requireNonNull(recovery, "recovery");
        Objects.requireNonNull(history, "history");
        Objects.requireNonNull(locks, "locks");
    }
}
