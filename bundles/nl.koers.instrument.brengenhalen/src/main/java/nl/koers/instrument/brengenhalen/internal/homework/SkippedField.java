package nl.koers.instrument.brengenhalen.internal.homework;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A field of a filled form that was not imported (or not wholly), and why. The rest of the form is imported.
 *
 * @param field the form field, e.g. {@code bring.MEANS.amount}
 * @param reason what was wrong with it
 * @param details what the message shows: the value found, what the dossier keeps
 */
public record SkippedField(String field, Reason reason, List<String> details) {
    /** Why a field was skipped; each has a message {@code skip.REASON} in the homework words. */
    public enum Reason {
        /** The amount is not a number ("veel"); the description, unit and wish or demand are imported. */
        NOT_A_NUMBER,
        /** The amount is below zero. */
        NEGATIVE,
        /** The amount names a unit ("25.000 euro") other than the unit field ("uur/maand"). */
        OTHER_UNIT,
        /** Only "demand" is ticked, nothing is described. */
        DEMAND_ONLY,
        /** Empty in the form while the dossier holds an answer there: the dossier's answer stays. */
        EMPTY_KEPT,
        /** The amount has more digits than a dossier file keeps ({@link nl.koers.domain.Limits#AMOUNT_DIGITS}). */
        TOO_LARGE,
        /** The text is longer than a dossier file keeps ({@link nl.koers.domain.Limits#TEXT_LENGTH}); what was there stays. */
        TOO_LONG,
        /** A line filled from a contribution that has left the dossier since the form was made. */
        GONE
    }

    public SkippedField {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(reason, "reason");
        details = List.copyOf(details);
    }

    static SkippedField of(String field, Reason reason, String... details) {
        return new SkippedField(field, reason, List.of(details));
    }

    /** One line for a person: the field and what happened to it. */
    public String message(Locale locale) {
        Object[] args = new Object[details.size() + 1];
        args[0] = HomeworkTexts.fieldLabel(field, locale);
        for (int i = 0; i < details.size(); i++) {
            args[i + 1] = details.get(i);
        }
        return HomeworkTexts.of(locale).format("skip." + reason.name(), args);
    }
}
