package nl.koers.store;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

import nl.koers.domain.EditRefused;
import nl.koers.domain.Texts;

/**
 * One thing wrong with a dossier file, precise enough to find and fix it.
 *
 * @param file the file's name or path as the user gave it
 * @param kind what is wrong
 * @param where the place in the dossier, as a path like {@code partners[2].role}; empty for the whole file
 * @param line 1-based line in the file, or 0 when not known
 * @param column 1-based column, or 0 when not known
 * @param details the facts the message needs (a value found, the values allowed, a version number)
 */
public record Problem(String file, Kind kind, String where, int line, int column, List<String> details) {

    /** What can be wrong with a dossier file. Each has a message in {@code nl.koers.store.internal.Messages}. */
    public enum Kind {
        NOT_FOUND, NOT_READABLE, EMPTY, NOT_JSON, NOT_A_DOSSIER, NO_SCHEMA_VERSION, NEWER_SCHEMA, WRONG_TYPE,
        MISSING, NOT_ALLOWED, DUPLICATE_ID, UNKNOWN_REFERENCE,
        /** A folder, a pipe, a device or a socket: refused before it is opened, since reading it may never end. */
        NOT_A_FILE,
        /** Larger than a dossier can sensibly be (the limit is {@code koers.store.maxBytes}); refused unread. */
        TOO_LARGE,
        /**
         * A value the domain does not take ({@link nl.koers.domain.EditRefused}): the details are its reason
         * and arguments, said in the domain's words.
         */
        REFUSED,
        /** Save failures ({@link SaveFailedException}); the file that was there is untouched. */
        DISK_FULL, NO_PERMISSION, FOLDER_MISSING, NOT_WRITABLE,
        /** The file was changed on disk since it was read; nothing was written over it. */
        CHANGED_ON_DISK
    }

    public Problem {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(kind, "kind");
        where = where == null ? "" : where;
        details = List.copyOf(details);
    }

    public static Problem at(String file, Kind kind, String where, String... details) {
        return new Problem(file, kind, where, 0, 0, List.of(details));
    }

    /** One line for a person: the file, the place, and what is wrong, in {@code locale}. */
    public String message(Locale locale) {
        Texts texts = Texts.load("nl.koers.store.internal.Messages", locale, Problem.class.getClassLoader());
        // details that are message keys themselves (a type name, a kind of damage) are translated too
        Object[] args = kind == Kind.REFUSED ? new Object[] {refusal().message(locale)}
                : details.stream().map(d -> texts.has(d) ? texts.get(d) : d).toArray();
        String what = texts.format("problem." + kind.name(), args);
        String place;
        if (line > 0) {
            place = texts.format("place.lineColumn", file, line, column);
        } else {
            place = file;
        }
        if (!where.isEmpty()) {
            place = texts.format("place.where", place, where);
        }
        return place + ": " + what;
    }

    private EditRefused refusal() {
        return new EditRefused(EditRefused.Reason.valueOf(details.get(0)), details.subList(1, details.size()).toArray());
    }

    @Override
    public String toString() {
        return message(Locale.ENGLISH);
    }
}
