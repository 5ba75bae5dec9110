package nl.koers.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

import nl.koers.domain.Dossier;

/**
 * Reads and writes dossier files. Writes are atomic: a save either leaves the complete new file or the old one,
 * never a mix. A file that cannot be read is never written over by the store.
 */
@ProviderType
public interface DossierStore {
    /** The file name extension of dossiers, with its dot. */
    String EXTENSION = ".koers";

    /** The schema version this store writes, and the newest it reads. */
    int SCHEMA_VERSION = 2;

    /**
     * Reads a dossier of this schema version or an older one (upgraded); a newer file is a NEWER_SCHEMA problem. Only
     * an ordinary file is opened (a pipe or a device is NOT_A_FILE), and only up to the framework property
     * {@code koers.store.maxBytes} (256 MB unless set; TOO_LARGE beyond it).
     */
    Dossier read(Path file) throws DossierFileException;

    /**
     * Like {@link #read(Path)}, but a file from a newer schema opens read-only (its fields bound as well as this
     * version can, fields it does not know kept) instead of failing.
     */
    OpenedDossier open(Path file) throws DossierFileException;

    /** Reads a dossier from a stream (a sample inside a bundle); {@code name} appears in messages. */
    Dossier read(InputStream in, String name) throws DossierFileException;

    /**
     * Saves atomically: temp file in the same folder, flushed to disk, then renamed over the target. The version
     * it replaces is kept in the {@link LocalHistory}. A symbolic link stays a link: the file it leads to is the one
     * replaced.
     *
     * @throws SaveFailedException when the disk is full, the folder is not writable or has gone; the file that was
     *         there is untouched and no temporary file is left
     */
    void write(Dossier dossier, Path file) throws IOException;

    /**
     * Saves like {@link #write(Dossier, Path)}, but only over the file as it was when it was read: when the file
     * on disk no longer matches {@code expected} (another program or person saved it since), nothing is written
     * and a {@link SaveFailedException} with {@link Problem.Kind#CHANGED_ON_DISK} says so. A file that is gone is
     * simply written anew.
     *
     * @param expected the stamp of the file as it was read or last saved; null to write without that check
     * @return the stamp of the file as it is now written
     */
    FileStamp save(Dossier dossier, Path file, FileStamp expected) throws IOException;

    /** Every problem found in a file; empty when it is a valid dossier. */
    List<Problem> validate(Path file);
}
