package nl.koers.instrument.brengenhalen.internal.homework;

import java.util.Locale;

import nl.koers.domain.Texts;

/** The words of the homework forms, their import and their commands: {@code Homework.properties} (Dutch) and {@code _en}. */
final class HomeworkTexts {
    static final String BUNDLE = "nl.koers.instrument.brengenhalen.internal.homework.Homework";

    private HomeworkTexts() {
    }

    static Texts of(Locale locale) {
        return Texts.load(BUNDLE, locale, HomeworkTexts.class.getClassLoader());
    }

    /** A field's name for a person: "kernwaarde", "brengen, mensen: hoeveelheid". */
    static String fieldLabel(String field, Locale locale) {
        Texts texts = of(locale);
        if (texts.has("field." + field)) {
            return texts.get("field." + field);
        }
        return HomeworkFields.parse(field).map(sp -> {
            Texts words = Texts.words(locale);
            return texts.format("field.item", words.label(sp.slot().direction()), words.label(sp.slot().category()),
                    texts.get("part." + sp.part().word()));
        }).orElse(field);
    }
}
