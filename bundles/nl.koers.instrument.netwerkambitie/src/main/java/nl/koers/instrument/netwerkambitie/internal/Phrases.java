package nl.koers.instrument.netwerkambitie.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import nl.koers.domain.AmbitionVersion;
import nl.koers.domain.Category;
import nl.koers.domain.Contribution;
import nl.koers.domain.Direction;
import nl.koers.domain.Dossier;
import nl.koers.domain.Interest;
import nl.koers.domain.Partner;
import nl.koers.domain.Texts;
import nl.koers.instrument.api.Phrasebook;
import nl.koers.domain.analysis.Balance;
import nl.koers.domain.analysis.ContributionRef;
import nl.koers.domain.analysis.Finding;
import nl.koers.domain.analysis.Match;

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

    // ---- findings and matches

    /** A finding as one sentence, naming the partners and items it comes from. */
    public String finding(Dossier d, Finding f) {
        String category = word(f.category());
        return switch (f.kind()) {
            case UNANSWERED_DEMAND -> {
                ContributionRef ref = f.refs().get(0);
                yield format("finding.UNANSWERED_DEMAND", partnerName(d, ref.partnerId()),
                        description(d, ref), category);
            }
            case UNREQUESTED_OFFER -> {
                ContributionRef ref = f.refs().get(0);
                yield format("finding.UNREQUESTED_OFFER", partnerName(d, ref.partnerId()),
                        description(d, ref), category);
            }
            case CONFLICTING_DEMANDS -> {
                List<String> who = new ArrayList<>();
                String unit = "";
                BigDecimal demanded = BigDecimal.ZERO;
                for (ContributionRef ref : f.refs()) {
                    Optional<Contribution> c = contribution(d, ref);
                    if (c.isPresent()) {
                        who.add(format("finding.demandOf", partnerName(d, ref.partnerId()), quantity(c.get())));
                        unit = unit.isEmpty() ? c.get().unit().strip() : unit;
                        demanded = demanded.add(c.get().amount() == null ? BigDecimal.ZERO : c.get().amount());
                    }
                }
                BigDecimal brought = brought(d, f.category(), unit);
                yield format("finding.CONFLICTING_DEMANDS", category, joined(who), together(demanded, unit),
                        together(brought, unit));
            }
        };
    }

    /** "ROC Lingedal brengt “stageplaatsen”; Gemeente Waalstede wil “leerbanen” halen (mensen)." */
    public String match(Dossier d, Match m) {
        return format("match.sentence", partnerName(d, m.bring().partnerId()), description(d, m.bring()),
                partnerName(d, m.get().partnerId()), description(d, m.get()), word(m.category()));
    }

    private static BigDecimal brought(Dossier d, Category category, String unit) {
        String key = unit.strip().toLowerCase(Locale.ROOT);
        return d.partners().stream().flatMap(p -> p.contributions(Direction.BRING).stream())
                .filter(c -> c.category() == category && c.amount() != null
                        && c.unit().strip().toLowerCase(Locale.ROOT).equals(key))
                .map(Contribution::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private String joined(List<String> parts) {
        if (parts.size() <= 1) {
            return String.join("", parts);
        }
        return String.join(", ", parts.subList(0, parts.size() - 1)) + " " + get("and") + " "
                + parts.get(parts.size() - 1);
    }

    public String partnerName(Dossier d, String partnerId) {
        return d.partner(partnerId).map(Partner::name).filter(n -> !n.isBlank()).orElse(get("partner.unnamed"));
    }

    private static Optional<Contribution> contribution(Dossier d, ContributionRef ref) {
        return d.partner(ref.partnerId()).flatMap(p -> p.contributions().stream()
                .filter(c -> c.id().equals(ref.contributionId())).findFirst());
    }

    private String description(Dossier d, ContributionRef ref) {
        return contribution(d, ref).map(c -> c.description().isBlank() ? word(c.category()) : c.description().strip())
                .orElse("");
    }
}
