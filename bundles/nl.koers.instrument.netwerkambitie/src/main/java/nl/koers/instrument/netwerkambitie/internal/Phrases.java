package nl.koers.instrument.netwerkambitie.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import nl.koers.domain.AmbitionVersion;
import nl.koers.domain.Contribution;
import nl.koers.domain.Interest;
import nl.koers.domain.Partner;
import nl.koers.domain.Texts;
import nl.koers.instrument.api.Phrasebook;
import nl.koers.domain.analysis.Balance;

/**
 * The sentences of this instrument in one language: its own texts, the words of the domain, amounts and dates,
 * and the findings of the exchange told the way a facilitator would say them. Screens and sheets share it, so
 * the room sees on the wall what it gets on paper.
 */
public final class Phrases extends Phrasebook {
    /** The base name of this instrument's resource bundle. */
    public static final String TEXTS = "nl.koers.instrument.netwerkambitie.internal.Texts";

    public Phrases(Locale locale) {
        super(TEXTS, locale, Phrases.class.getClassLoader());
    }

    // ---- dates and versions


    /** The partner's name, or the words for a partner without one; without looking it up in the dossier. */
    public String name(Partner p) {
        return p.name().isBlank() ? get("partner.unnamed") : p.name();
    }

    /** "Ronde 2 · 3 mrt 2026". */
    public String version(AmbitionVersion v) {
        return format("ambition.version", v.round(), date(v.date()));
    }

    // ---- items on a card

    /** One interest as a card shows it: "organisatie · Minder jongeren in de bijstand". */
    public String interest(Interest i) {
        return format("card.interest", word(i.level()), i.text());
    }

    /** One bring or get item as a card shows it: "mensen · Jongerencoaches voor het loket — 2 fte". */
    public String item(Contribution c) {
        String q = quantity(c);
        return q.isEmpty() ? format("card.item", word(c.category()), c.description())
                : format("card.itemWithAmount", word(c.category()), c.description(), q);
    }

    /** "brengt 3 · haalt 2", then the sums per unit when there are any. */
    public String balance(Balance b) {
        List<String> parts = new ArrayList<>();
        parts.add(format("balance.counts", b.bring(), b.get()));
        if (!b.bringByUnit().isEmpty()) {
            parts.add(format("balance.bringSums", sums(b.bringByUnit())));
        }
        if (!b.getByUnit().isEmpty()) {
            parts.add(format("balance.getSums", sums(b.getByUnit())));
        }
        return String.join("\n", parts);
    }

}
