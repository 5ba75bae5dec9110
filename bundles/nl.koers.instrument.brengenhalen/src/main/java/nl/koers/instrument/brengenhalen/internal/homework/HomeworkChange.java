package nl.koers.instrument.brengenhalen.internal.homework;

import java.util.Locale;

/**
 * One answer that an import would change, as the form shows it.
 *
 * @param field the form field, e.g. {@code bring.PEOPLE.amount}
 * @param label the field's name for a person
 * @param before what the dossier holds now; empty when nothing
 * @param after what the form says
 */
public record HomeworkChange(String field, String label, String before, String after) {
    /** Whether the change writes over an answer the dossier already holds (and not only fills an empty one). */
    public boolean overwrites() {
        return !before.isBlank();
    }

    static HomeworkChange of(String field, String before, String after, Locale locale) {
        return new HomeworkChange(field, HomeworkTexts.fieldLabel(field, locale), before, after);
    }
}
