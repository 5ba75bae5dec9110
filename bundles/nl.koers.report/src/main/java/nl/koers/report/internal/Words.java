package nl.koers.report.internal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

import nl.koers.domain.Texts;

/** The report's own words and the domain's shared ones, in one language. */
record Words(Texts report, Texts domain, Locale locale) {
    static Words of(Locale locale) {
        return new Words(Texts.load("nl.koers.report.internal.Report", locale, Words.class.getClassLoader()),
                Texts.words(locale), locale);
    }

    String get(String key) {
        return report.get(key);
    }

    String format(String key, Object... args) {
        return report.format(key, args);
    }

    String label(Enum<?> value) {
        return domain.label(value);
    }

    /** A date as the language writes it in full: "6 december 2026"; empty for none. */
    String date(LocalDate date) {
        return date == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).format(date);
    }
}
