package nl.koers.instrument.brengenhalen.internal.homework;

import java.util.Locale;

import nl.koers.domain.Contribution;
import nl.koers.domain.Texts;

/** The words of the homework forms, their import and their commands: {@code Homework.properties} (Dutch) and {@code _en}. */
final class HomeworkTexts {
    static final String BUNDLE = "nl.koers.instrument.brengenhalen.internal.homework.Homework";

    private HomeworkTexts() {
    }

    static Texts of(Locale locale) {
        return Texts.load(BUNDLE, locale, HomeworkTexts.class.getClassLoader());
    }

    /** Where a contribution is for a person: "brengen, mensen". */
    static String slotLabel(Contribution c, Locale locale) {
        Texts words = Texts.words(locale);
        return of(locale).format("slot", words.label(c.direction()), words.label(c.category()));
    }

    /** A contribution on one line as the form showed it: "Stagebegeleiders, 2,5 fte". */
    static String summary(Contribution c, Locale locale) {
        String amount = (Amounts.format(c.amount(), locale) + " " + c.unit()).strip();
        return c.description().isEmpty() ? amount : amount.isEmpty() ? c.description() : c.description() + ", " + amount;
    }

    /** A field's name for a person: "kernwaarde", "brengen, mensen: hoeveel" (line 1), "brengen, mensen (2): hoeveel". */
    static String fieldLabel(String field, Locale locale) {
        Texts texts = of(locale);
        if (texts.has("field." + field)) {
            return texts.get("field." + field);
        }
        return HomeworkFields.parse(field).map(sp -> {
            Texts words = Texts.words(locale);
            String direction = words.label(sp.slot().direction());
            String category = words.label(sp.slot().category());
            String part = texts.get("part." + sp.part().word());
            return sp.line() <= 1 ? texts.format("field.item", direction, category, part)
                    : texts.format("field.line", direction, category, sp.line(), part);
        }).orElse(field);
    }
}
