package nl.koers.cli.internal;

import java.util.Locale;

/** The language Koers speaks: the one the launcher passed on ({@code --lang} or the system's), Dutch otherwise. */
final class Languages {
    private Languages() {
    }

    static Locale of(String lang) {
        return lang == null || lang.isBlank() ? Locale.of("nl") : Locale.of(lang);
    }
}
