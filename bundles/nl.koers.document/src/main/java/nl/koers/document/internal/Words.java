package nl.koers.document.internal;

import java.util.Locale;
import java.util.function.Function;

import nl.koers.domain.Texts;

/** The document's own sentences, looked up when a person reads them, in their language. */
final class Words {
    private Words() {
    }

    static Function<Locale, String> of(String key, Object... args) {
        return locale -> Texts.load("nl.koers.document.internal.Messages", locale, Words.class.getClassLoader())
                .format(key, args);
    }
}
