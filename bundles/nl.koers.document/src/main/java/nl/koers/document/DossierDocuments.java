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
     * @param file the dossier file
     * @return the open document
     * @throws DocumentException {@link DocumentException.Kind#LOCKED} when another process holds it (its
     *         {@link DocumentException#readOnly()} can open it read-only), {@link DocumentException.Kind#UNREADABLE}
     */
    Document open(Path file) throws DocumentException;

    /**
     * Like {@link #open(Path)}, but waits up to {@code lockWait} for another process to release the file: for
     * headless commands that change a dossier another command is changing.
     *
     * @param file the dossier file
     * @param lockWait how long to wait for the lock
     * @return the open document
     * @throws DocumentException as {@link #open(Path)}, {@link DocumentException.Kind#LOCKED} after the wait
     */
    Document open(Path file, Duration lockWait) throws DocumentException;

    /**
     * Reads a dossier file without locking it, read-only for the reason given (someone else holds it).
     *
     * @param file the dossier file
     * @param why the reason the document gives for being read-only, e.g. {@code DocumentException.readOnly()}
     * @return the open, read-only document
     * @throws DocumentException {@link DocumentException.Kind#UNREADABLE}
     */
    Document openReadOnly(Path file, ReadOnly why) throws DocumentException;

    /**
     * Reads a dossier from a stream (the sample inside a bundle) as a new document with no file.
     *
     * @param in the dossier's JSON; not closed here
     * @param name what messages call it
     * @return the open document, without a file
     * @throws DocumentException {@link DocumentException.Kind#UNREADABLE}
     */
    Document open(InputStream in, String name) throws DocumentException;

    /**
     * {@return a new document that has no file yet (a new dossier, a sample)} Saving it asks for
     * {@link Document#saveAs}.
     *
     * @param dossier what the document starts with
     */
    Document create(Dossier dossier);

    /** {@return the recovery copies a crashed or killed Koers left behind, newest first} */
    List<RecoveryCopy> recoveryCopies();

    /**
     * Opens a recovery copy as unsaved changes on top of its file (locked), or of nothing when it was never saved;
     * undo shows what the file held. The document goes on writing to the same copy.
     *
     * @param copy one of {@link #recoveryCopies()}
     * @return the open document, dirty
     * @throws DocumentException {@link DocumentException.Kind#LOCKED} when its file is open elsewhere,
     *         {@link DocumentException.Kind#UNREADABLE}
     */
    Document recover(RecoveryCopy copy) throws DocumentException;

    /**
     * Throws a recovery copy away (the user declined it).
     *
     * @param copy one of {@link #recoveryCopies()}
     */
    void discard(RecoveryCopy copy);
}
