package nl.koers.instrument.brengenhalen.internal.homework;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

import nl.koers.domain.Texts;

/** A file that cannot be imported as a homework form: the file as the user named it, and what is wrong. */
public final class HomeworkRefusal extends Exception {
    private static final long serialVersionUID = 1L;

    /** What can be wrong; each has a message {@code refusal.REASON} in the homework words. */
    public enum Reason {
        NOT_FOUND, NOT_READABLE, NOT_A_PDF, ENCRYPTED, NO_FORM, NOT_A_HOMEWORK_FORM, NEWER_FORM, OTHER_DOSSIER,
        UNKNOWN_PARTNER,
        /** A form of a version before check values: whose it is cannot be trusted. */
        OLD_FORM,
        /** The check value is missing or does not match: the form was changed, or another dossier made it. */
        CHANGED,
        /** A second form for the same partner in one import. */
        SAME_PARTNER,
        /** A field name that is in the form twice: which value counts cannot be told. */
        DUPLICATE_FIELD
    }

    private final String file;
    private final Reason reason;
    private final List<String> details;

    HomeworkRefusal(String file, Reason reason, Throwable cause, String... details) {
        super(file + ": " + reason, cause);
        this.file = Objects.requireNonNull(file);
        this.reason = Objects.requireNonNull(reason);
        this.details = List.of(details);
    }

    HomeworkRefusal(String file, Reason reason, String... details) {
        this(file, reason, null, details);
    }

    public String file() {
        return file;
    }

    public Reason reason() {
        return reason;
    }

    public List<String> details() {
        return details;
    }

    /** One line for a person, naming the file and what is wrong, in {@code locale}. */
    public String message(Locale locale) {
        Texts texts = HomeworkTexts.of(locale);
        Object[] args = new Object[details.size() + 1];
        args[0] = file;
        for (int i = 0; i < details.size(); i++) {
            // details that are keys themselves ("detail.folder") are said in the language too
            String d = details.get(i);
            args[i + 1] = d.startsWith("detail.") && texts.has(d) ? texts.get(d) : d;
        }
        return texts.format("refusal." + reason.name(), args);
    }

    @Override
    public String getMessage() {
        return message(Locale.ENGLISH);
    }
}
