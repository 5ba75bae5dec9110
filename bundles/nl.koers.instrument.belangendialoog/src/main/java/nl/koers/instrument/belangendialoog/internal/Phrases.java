package nl.koers.instrument.belangendialoog.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;

import nl.koers.domain.Dossier;
import nl.koers.domain.Firmness;
import nl.koers.domain.Interest;
import nl.koers.domain.Lens;
import nl.koers.domain.Partner;
import nl.koers.domain.Position;
import nl.koers.domain.Representative;
import nl.koers.instrument.api.Phrasebook;
import nl.koers.domain.analysis.InterestRef;

/**
 * The sentences of the interest dialogue in one language: its own texts, the words of the domain, and the way
 * interests, lenses and people are named. Screens and sheets share it, so the room sees on the wall what it
 * gets on paper.
 */
public final class Phrases extends Phrasebook {
    public Phrases(Locale locale) {
        super(BelangendialoogInstrument.TEXTS, locale, Phrases.class.getClassLoader());
    }

    /** The questions a lens asks, in the words of the method. */
    public List<String> questions(Lens lens) {
        return list("lens." + lens.name() + ".question");
    }

    public String partnerName(Dossier d, String partnerId) {
        return name(d.partner(partnerId));
    }

    /** A partner's name; for one that is gone, the words for a partner without one. */
    public String name(Optional<Partner> p) {
        return p.map(this::name).orElse(get("partner.unnamed"));
    }

    public String name(Partner p) {
        return p.name().isBlank() ? get("partner.unnamed") : p.name().strip();
    }

    public String name(Representative r) {
        return r.name().isBlank() ? get("person.unnamed") : r.name().strip();
    }

    /** What an interest is held as: "eis", "wens · kernwaarde". */
    public String marks(Interest i) {
        String firmness = word(i.firmness());
        return i.coreValue() ? format("interest.marksCore", firmness, get("interest.coreValue")) : firmness;
    }

    /** An interest with how it is held: "Minder uitval (eis · kernwaarde)". */
    public String interest(Interest i) {
        return format("interest.marked", text(i), marks(i));
    }

    /** An interest with its level: "organisatie · Minder uitval (eis)". */
    public String interestWithLevel(Interest i) {
        return format("interest.withLevel", word(i.level()), interest(i));
    }

    /** "ROC Lingedal: Minder uitval (eis)". */
    public String interestOf(Dossier d, InterestRef ref) {
        return interestOf(d.partner(ref.partnerId()), ref.interestId());
    }

    /** As {@link #interestOf(Dossier, InterestRef)}, for a partner already looked up (or gone). */
    public String interestOf(Optional<Partner> p, String interestId) {
        return format("interest.of", name(p), interestText(p, interestId));
    }

    /** The text of the interest a reference points at, with how it is held; empty when it is gone. */
    public String interestText(Dossier d, InterestRef ref) {
        return interestText(d.partner(ref.partnerId()), ref.interestId());
    }

    private String interestText(Optional<Partner> p, String interestId) {
        return p.flatMap(x -> x.interest(interestId)).map(this::interest).orElse("");
    }

    public String text(Interest i) {
        return i.text().isBlank() ? get("interest.noText") : i.text().strip();
    }

    public String text(Position p) {
        return p.text().isBlank() ? get("position.noText") : p.text().strip();
    }

    /** Whether the interest is held as a demand: demands stand out, in red. */
    public static boolean demand(Interest i) {
        return i.firmness() == Firmness.DEMAND;
    }

    /** Words joined as a reader lists them: "a, b en c". */
    public String joined(List<String> parts) {
        if (parts.size() <= 1) {
            return String.join("", parts);
        }
        return String.join(", ", parts.subList(0, parts.size() - 1)) + " " + get("and") + " "
                + parts.get(parts.size() - 1);
    }

    /** How a partner scored on the logic of the table: "ROC Lingedal: 5 van 7 kenmerken in de logica van het netwerk, ...". */
    public String score(Partner p, TableLogic.Score s) {
        if (!s.started()) {
            return format("screen.logic.score.none", name(p));
        }
        return s.complete() ? format("screen.logic.score", name(p), s.network(), TableLogic.ROWS, s.hierarchy())
                : format("screen.logic.score.open", name(p), s.network(), s.hierarchy(), s.open());
    }

    /** Every representative at the table as "name (partner)", by id: who wears a lens. */
    public Map<String, String> wearers(Dossier d) {
        Map<String, String> out = new HashMap<>();
        for (Partner p : d.partners()) {
            for (Representative r : p.representatives()) {
                out.put(r.id(), format("screen.lenses.wearer", name(r), name(p)));
            }
        }
        return out;
    }

    /** Words between quotes, joined: "“regionale” en “arbeidsmarkt”". */
    public String quoted(List<String> words) {
        return joined(words.stream().map(w -> format("quoted", w)).toList());
    }
}
