package nl.koers.instrument.partnermodel.internal.template;

import java.util.Locale;
import java.util.Map;

/** A text of a template in the languages it was written in; Dutch when the language asked for is missing. */
public record Localized(Map<String, String> byLanguage) {
    public static final Localized NONE = new Localized(Map.of());

    public Localized {
        byLanguage = Map.copyOf(byLanguage);
    }

    public String in(Locale locale) {
        String s = byLanguage.get(locale.getLanguage());
        if (s == null || s.isBlank()) {
            s = byLanguage.getOrDefault("nl", "");
        }
        return s;
    }
}
