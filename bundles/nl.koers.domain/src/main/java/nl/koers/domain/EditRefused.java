package nl.koers.domain;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A change that the domain does not make, with the reason as a message key and its arguments, so that each face
 * says it in the user's language: an edit that no longer fits the dossier (a partner that is already there, an
 * interest that is gone), or a value past what a dossier file can hold ({@link Limits}). Nothing has changed.
 * {@link #getMessage()} is English, for logs.
 */
public final class EditRefused extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    /** Why; each has a sentence under {@code refused.<NAME>} in {@code nl.koers.domain.Words}, Dutch and English. */
    public enum Reason {
        PARTNER_EXISTS, PARTNER_MISSING, INTEREST_EXISTS, INTEREST_MISSING, INTEREST_NOT_IN_DOSSIER,
        REPRESENTATIVE_EXISTS, REPRESENTATIVE_MISSING, POSITION_EXISTS, POSITION_MISSING, WHY_MISSING,
        LINK_EXISTS, LINK_MISSING, LINK_NEEDS_TWO_PARTNERS, CONTRIBUTION_EXISTS, CONTRIBUTION_MISSING,
        VERSION_EXISTS, VERSION_MISSING, NOTE_EXISTS, NOTE_MISSING, SNAPSHOT_EXISTS, SNAPSHOT_MISSING, ISSUE_EXISTS,
        ISSUE_MISSING, PLAN_EXISTS, PLAN_MISSING, PLAN_ITEM_EXISTS, PLAN_ITEM_MISSING,
        /** A part of a session plan with fewer than 0 or more than {@link PlanItem#MAX_MINUTES} minutes. */
        MINUTES_OUT_OF_RANGE,
        /** A text longer than {@link Limits#TEXT_LENGTH}. */
        TEXT_TOO_LONG,
        /** An amount with more digits than {@link Limits#AMOUNT_DIGITS} before or after the point. */
        AMOUNT_TOO_LARGE,
        /** A name the file keeps something under (an id, a key in an instrument's data) that is too long. */
        KEY_TOO_LONG,
        /** A name with half a character in it (a lone surrogate), which a file cannot hold as a name. */
        KEY_BROKEN,
        /** An instrument's data nested deeper than a file reads back. */
        DATA_TOO_DEEP,
        /** A number in an instrument's data with more digits than {@link Limits#NUMBER_DIGITS}. */
        NUMBER_TOO_LONG,
        /**
         * An instrument's data written by a newer version of its plugin than the one installed: it is kept as it
         * is, not written over. Arguments: the instrument's id, the data's version, the version the plugin knows.
         */
        DATA_FROM_NEWER_VERSION
    }

    private final Reason reason;
    private final transient List<Object> arguments;

    /** @param arguments what the sentence names: ids, names, lengths and limits; null reads as empty */
    public EditRefused(Reason reason, Object... arguments) {
        super(reason.name());
        this.reason = Objects.requireNonNull(reason, "reason");
        this.arguments = Arrays.stream(arguments).map(a -> a == null ? "" : a).toList();
    }

    public Reason reason() {
        return reason;
    }

    /** The key of the sentence in {@code nl.koers.domain.Words}. */
    public String key() {
        return "refused." + reason.name();
    }

    public List<Object> arguments() {
        return arguments;
    }

    /** The sentence in {@code locale} (Dutch for a language Koers does not speak). */
    public String message(Locale locale) {
        return Texts.words(locale).format(key(), arguments.toArray());
    }

    @Override
    public String getMessage() {
        return message(Locale.ENGLISH);
    }
}
