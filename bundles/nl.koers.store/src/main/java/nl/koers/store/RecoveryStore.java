package nl.koers.store;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

import nl.koers.domain.Dossier;

/**
 * Recovery copies of open dossiers with unsaved changes. They live in Koers' data folder
 * ({@code <koers.data>/recovery}), never next to or over the user's file.
 */
@ProviderType
public interface RecoveryStore {
    /**
     * Writes (atomically) the recovery copy of one open dossier, replacing the session's previous copy.
     *
     * @param sessionKey identifies the window's dossier session
     * @param origin the user's file; null for a dossier never saved
     */
    void save(String sessionKey, Path origin, Dossier dossier) throws IOException;

    /**
     * Copies worth offering after a crash: written by a process that no longer runs, and newer than their origin
     * file (or without one); newest first.
     */
    List<RecoveryCopy> pending();

    Dossier read(RecoveryCopy copy) throws DossierFileException;

    /** Removes the session's copy (after a save, a close, or when the user declines it); unknown keys are fine. */
    void discard(String sessionKey);
}
