package nl.koers.document.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import nl.koers.domain.Dossier;
import nl.koers.store.DossierFileException;
import nl.koers.store.DossierLock;
import nl.koers.store.DossierLockedException;
import nl.koers.store.FileStamp;
import nl.koers.store.HistoryEntry;
import nl.koers.store.Problem;
import nl.koers.store.SaveFailedException;

/** What a document does on disk; the store's services behind it, or nothing for a detached document. */
public interface Disk {
    /** The disk of a detached document: nothing can be saved, and nothing is kept. */
    Disk NONE = new Disk() {
        @Override
        public FileStamp save(Dossier dossier, Path file, FileStamp expected) throws IOException {
            throw new SaveFailedException(Problem.at(file.toString(), Problem.Kind.NOT_WRITABLE, "", "detached"), null);
        }

        @Override
        public DossierLock lock(Path file) {
            return new DossierLock() {
                @Override
                public Path dossier() {
                    return file;
                }

                @Override
                public void close() {
                    // nothing was locked
                }
            };
        }

        @Override
        public void keepRecovery(String key, Path origin, Dossier dossier) {
            // a detached document keeps no recovery copies
        }

        @Override
        public void discardRecovery(String key) {
            // there is none
        }

        @Override
        public List<HistoryEntry> history(Path file) {
            return List.of();
        }

        @Override
        public Dossier version(HistoryEntry entry) throws DossierFileException {
            throw new DossierFileException(Problem.at(entry.copy().toString(), Problem.Kind.NOT_FOUND, ""));
        }
    };

    /** Saves atomically over the file as it was when it had {@code expected}; see the store's {@code save}. */
    FileStamp save(Dossier dossier, Path file, FileStamp expected) throws IOException;

    DossierLock lock(Path file) throws DossierLockedException;

    void keepRecovery(String key, Path origin, Dossier dossier) throws IOException;

    void discardRecovery(String key);

    List<HistoryEntry> history(Path file);

    Dossier version(HistoryEntry entry) throws DossierFileException;
}
