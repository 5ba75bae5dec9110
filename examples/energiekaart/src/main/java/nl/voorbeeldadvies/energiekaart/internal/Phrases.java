package nl.voorbeeldadvies.energiekaart.internal;

import java.util.List;
import java.util.Locale;

import nl.koers.domain.Texts;

/** The energy map's sentences in one language. Screens and poster share them, so the wall says what the paper says. */
public final class Phrases {
    private final Texts texts;

    public Phrases(Locale locale) {
        this.texts = Texts.load(EnergiekaartInstrument.TEXTS, locale, Phrases.class.getClassLoader());
    }

    public Locale locale() {
        return texts.locale();
    }

    public String get(String key) {
        return texts.get(key);
    }

    public String format(String key, Object... args) {
        return texts.format(key, args);
    }

    public String word(Involvement involvement) {
        return texts.label(involvement);
    }

    public String name(Theme t) {
        return t.name().isBlank() ? get("theme.unnamed") : t.name();
    }

    public String name(Participant p) {
        return p.name().isBlank() ? get("person.unnamed") : p.name();
    }

    public String partnerName(Participant p) {
        return p.partnerName().isBlank() ? get("partner.unnamed") : p.partnerName();
    }

    /** "Anouk Verbeek (ROC Lingedal)". */
    public String nameWithPartner(Participant p) {
        return format("person.withPartner", name(p), partnerName(p));
    }

    /** Words joined as a reader lists them: "a, b en c". */
    public String joined(List<String> parts) {
        if (parts.size() <= 1) {
            return String.join("", parts);
        }
        return String.join(", ", parts.subList(0, parts.size() - 1)) + " " + get("and") + " "
                + parts.get(parts.size() - 1);
    }
}
