package nl.voorbeeldadvies.energiekaart.internal;

import java.util.Locale;

import nl.koers.instrument.api.Phrasebook;

/**
 * The energy map's sentences in one language: the Koers API's phrasebook (texts, the domain's words, amounts,
 * dates) with what this instrument says itself. Screens and poster share them, so the wall says what the paper
 * says.
 */
public final class Phrases extends Phrasebook {
    public Phrases(Locale locale) {
        super(EnergiekaartInstrument.TEXTS, locale, Phrases.class.getClassLoader());
    }

    public String word(Involvement involvement) {
        return label(involvement);
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
}
