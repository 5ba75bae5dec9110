package nl.koers.document;

import java.io.InputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

import nl.koers.domain.Dossier;
import nl.koers.store.RecoveryCopy;

/**
 * Opens dossiers as documents: the one way every face of Koers reads and changes a dossier file. A file that is
 * open in this process is one document, whoever asks for it; every {@code open} is matched by a
 * {@link Document#close()}.
 */
@ProviderType
public interface DossierDocuments {
    /** The framework property with the idle seconds after an edit before a recovery copy is written. */
    String AUTOSAVE_SECONDS = "koers.autosave.seconds";

    /** The idle seconds when the property is not set. */
    int DEFAULT_AUTOSAVE_SECONDS = 5;

    /**
     * Opens a dossier file to change it: locks it, then reads it. The same document when this process has it open
     * already. A file from a newer Koers opens read-only.
     *
     * @throws DocumentException {@link DocumentException.Kind#LOCKED} when another process holds it (its
     *         {@link DocumentException#readOnly()} can open it read-only), {@link DocumentException.Kind#UNREADABLE}
     */
    Document open(Path file) throws DocumentException;

    /**
     * Like {@link #open(Path)}, but waits up to {@code lockWait} for another process to release the file: for
     * headless commands that change a dossier another command is changing.
     */
    Document open(Path file, Duration lockWait) throws DocumentException;

    /** Reads a dossier file without locking it, read-only for the reason given (someone else holds it). */
    Document openReadOnly(Path file, ReadOnly why) throws DocumentException;

    /** A dossier from a stream (the sample inside a bundle) as a new document with no file; {@code name} is for messages. */
    Document open(InputStream in, String name) throws DocumentException;

    /** A new document that has no file yet (a new dossier, a sample): saving it asks for {@link Document#saveAs}. */
    Document create(Dossier dossier);

    /** Recovery copies a crashed or killed Koers left behind, newest first. */
    List<RecoveryCopy> recoveryCopies();

    /**
     * Opens a recovery copy as unsaved changes on top of its file (locked), or of nothing when it was never saved;
     * undo shows what the file held. The document goes on writing to the same copy.
     */
    Document recover(RecoveryCopy copy) throws DocumentException;

    /** Throws a recovery copy away (the user declined it). */
    void discard(RecoveryCopy copy);
}
