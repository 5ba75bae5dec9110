package nl.koers.instrument.api.swt.kit;

import java.util.Locale;

import nl.koers.domain.Texts;

/** The kit's own words, loaded through the API bundle's class loader, where the files live. */
final class KitTexts {
    private static final String TEXTS = "nl.koers.instrument.api.swt.kit.Texts";

    private KitTexts() {
    }

    static Texts load(Locale locale) {
        return Texts.load(TEXTS, locale, KitTexts.class.getClassLoader());
    }
}
