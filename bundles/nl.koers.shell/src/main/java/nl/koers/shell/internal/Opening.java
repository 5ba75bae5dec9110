package nl.koers.shell.internal;

import java.nio.file.Path;

import nl.koers.store.DossierFileException;
import nl.koers.store.DossierLock;
import nl.koers.store.DossierLockedException;
import nl.koers.store.DossierLocks;
import nl.koers.store.DossierStore;
import nl.koers.store.OpenedDossier;

/**
 * A dossier file as the background found it: read, and locked for this window when nobody else holds it.
 *
 * @param lock held for this window; null when the dossier opens read-only or there are no locks
 * @param lockedBy who else holds the dossier; null when nobody does
 */
record Opening(OpenedDossier opened, DossierLock lock, DossierLockedException lockedBy) {

    /** Locks first, then reads, so nobody can save over the file between the read and the lock. Disk work. */
    static Opening of(DossierStore store, DossierLocks locks, Path file) throws DossierFileException {
        DossierLock lock = null;
        DossierLockedException lockedBy = null;
        if (locks != null) {
            try {
                lock = locks.lock(file);
            } catch (DossierLockedException e) {
                lockedBy = e;
            }
        }
        try {
            OpenedDossier opened = store.open(file);
            if (opened.readOnly() && lock != null) {
                // a file from a newer Koers is never saved over from here, so nobody needs to wait for this window
                lock.close();
                lock = null;
            }
            return new Opening(opened, lock, lockedBy);
        } catch (DossierFileException | RuntimeException e) {
            if (lock != null) {
                lock.close();
            }
            throw e;
        }
    }
}
