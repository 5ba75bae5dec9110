package nl.koers.document.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import nl.koers.domain.Dossier;
import nl.koers.store.DossierFileException;
import nl.koers.store.DossierLock;
import nl.koers.store.DossierLockedException;
import nl.koers.store.DossierLocks;
import nl.koers.store.DossierStore;
import nl.koers.store.FileStamp;
import nl.koers.store.HistoryEntry;
import nl.koers.store.LocalHistory;
import nl.koers.store.RecoveryStore;

/** A document's disk: the store's services. */
record StoreDisk(DossierStore store, RecoveryStore recovery, LocalHistory localHistory, DossierLocks locks)
        implements Disk {

    @Override
    public FileStamp save(Dossier dossier, Path file, FileStamp expected) throws IOException {
        return store.save(dossier, file, expected);
    }

    @Override
    public DossierLock lock(Path file) throws DossierLockedException {
        return locks.lock(file);
    }

    @Override
    public void keepRecovery(String key, Path origin, Dossier dossier) throws IOException {
        recovery.save(key, origin, dossier);
    }

    @Override
    public void discardRecovery(String key) {
        recovery.discard(key);
    }

    @Override
    public List<HistoryEntry> history(Path file) {
        return localHistory.entries(file);
    }

    @Override
    public Dossier version(HistoryEntry entry) throws DossierFileException {
        return localHistory.read(entry);
    }
}
