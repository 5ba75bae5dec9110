package nl.koers.document;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * Something a document could not do, with a message for a person in their language. The file on disk and the
 * dossier in the document are both as they were: nothing is lost by a failure.
 */
public final class DocumentException extends Exception {
    /** The version of the serialized form. */
    private static final long serialVersionUID = 1L;

    /** What went wrong. */
    public enum Kind {
        /** The file could not be read: missing, damaged, not a dossier, not a file. */
        UNREADABLE,
        /** Someone else holds the file's lock; {@link #readOnly()} can open it to read. */
        LOCKED,
        /** The save did not happen: the disk, the folder, the permissions. The file is as it was. */
        SAVE_FAILED,
        /** The file changed on disk since this document read it; nothing was written over it. */
        CHANGED_ON_DISK,
        /** The document may not be saved over its file; a copy elsewhere can be saved. */
        READ_ONLY,
        /** The document has no file yet: save it as a file first. */
        NO_FILE,
        /** The document was closed. */
        CLOSED,
        /** The edit was refused (it did not fit the dossier) or failed. */
        EDIT_REFUSED
    }

    /** What went wrong: the one part of the failure that is serialized. */
    private final Kind kind;
    private final transient Function<Locale, String> message;
    private final transient ReadOnly readOnly;

    /**
     * A failure of the given kind.
     *
     * @param kind what went wrong
     * @param message what went wrong and where, in a language asked for (also the English exception message)
     * @param cause what caused it, or null
     */
    public DocumentException(Kind kind, Function<Locale, String> message, Throwable cause) {
        this(kind, message, null, cause);
    }

    /**
     * A {@link Kind#LOCKED} failure, with the reason a read-only document would give.
     *
     * @param lockedBy who holds the lock, as a reason to open the file read-only
     * @param cause what caused it, or null
     */
    public DocumentException(ReadOnly lockedBy, Throwable cause) {
        this(Kind.LOCKED, lockedBy::message, lockedBy, cause);
    }

    private DocumentException(Kind kind, Function<Locale, String> message, ReadOnly readOnly, Throwable cause) {
        super(Objects.requireNonNull(message, "message").apply(Locale.ENGLISH), cause);
        this.kind = Objects.requireNonNull(kind, "kind");
        this.message = message;
        this.readOnly = readOnly;
    }

    /** {@return what went wrong} */
    public Kind kind() {
        return kind;
    }

    /**
     * {@return what went wrong and where, in {@code locale}}
     *
     * @param locale the person's language
     */
    public String message(Locale locale) {
        return message.apply(locale);
    }

    /** {@return for a {@link Kind#LOCKED} failure, the reason to open the file read-only with instead} */
    public Optional<ReadOnly> readOnly() {
        return Optional.ofNullable(readOnly);
    }
}
