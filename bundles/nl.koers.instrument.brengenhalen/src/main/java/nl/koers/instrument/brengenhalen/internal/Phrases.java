package nl.koers.instrument.brengenhalen.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import nl.koers.domain.AmbitionVersion;
import nl.koers.domain.Contribution;
import nl.koers.domain.Dossier;
import nl.koers.domain.Interest;
import nl.koers.domain.Partner;
import nl.koers.instrument.api.Phrasebook;
import nl.koers.domain.analysis.Balance;

/**
 * The sentences of the Brengen-halen gesprek in one language: its own texts, the words of the domain, amounts
 * and times, and the findings and matches told the way a facilitator says them. Screens and the figure share
 * it, so the wall says what the screen says.
 */
public final class Phrases extends Phrasebook {
    public Phrases(Locale locale) {
        super(BrengenhalenInstrument.TEXTS, locale, Phrases.class.getClassLoader());
    }

    /**
     * Time left as minutes and seconds, "12:05", counting a started second as a whole one (4:59.3 left shows
     * 5:00). Negative time is time over: "+0:42".
     */
    public static String clock(long millis) {
        long seconds = millis >= 0 ? (millis + 999) / 1000 : -millis / 1000;
        String text = String.format(Locale.ROOT, "%d:%02d", seconds / 60, seconds % 60);
        return millis < 0 ? "+" + text : text;
    }


    /** "Ronde 2 · 3 mrt 2026". */
    public String version(AmbitionVersion v) {
        return format("ambition.version", v.round(), date(v.date()));
    }

    // ---- items

    /** One interest as a line: "organisatie · Minder jongeren in de bijstand". */
    public String interest(Interest i) {
        return format("item.interest", word(i.level()), i.text());
    }

    /** One bring or get item as a line: "mensen · Jongerencoaches voor het loket — 2 fte". */
    public String item(Contribution c) {
        String q = quantity(c);
        String description = c.description().isBlank() ? word(c.category()) : c.description().strip();
        return q.isEmpty() ? format("item.line", word(c.category()), description)
                : format("item.lineWithAmount", word(c.category()), description, q);
    }

    /** "brengt 3 · haalt 2", then the sums per unit when there are any, each on a line. */
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

    /** The names of partners, joined: "Gemeente Waalstede en ROC Lingedal". */
    public String names(Dossier d, List<String> partnerIds) {
        return joined(partnerIds.stream().map(id -> partnerName(d, id)).toList());
    }

    /**
     * The names of the first {@code max} partners and how many others: a line on screen that stays short at a
     * thousand partners (GTK measured a balance card that named every bringer for seconds).
     */
    public String names(Dossier d, List<String> partnerIds, int max) {
        if (partnerIds.size() <= max) {
            return names(d, partnerIds);
        }
        List<String> named = new ArrayList<>();
        partnerIds.subList(0, max).forEach(id -> named.add(partnerName(d, id)));
        named.add(format("screen.common.others", partnerIds.size() - max));
        return joined(named);
    }

    public String name(Partner p) {
        return p.name().isBlank() ? get("partner.unnamed") : p.name();
    }
}
