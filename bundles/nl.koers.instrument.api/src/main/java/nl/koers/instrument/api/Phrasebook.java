package nl.koers.instrument.api;

import java.math.BigDecimal;
import nl.koers.domain.analysis.Match;
import nl.koers.domain.analysis.Finding;
import nl.koers.domain.analysis.ContributionRef;
import nl.koers.domain.Partner;
import nl.koers.domain.Dossier;
import nl.koers.domain.Direction;
import nl.koers.domain.Category;
import java.util.ArrayList;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.osgi.annotation.versioning.ConsumerType;

import nl.koers.domain.Amounts;
import nl.koers.domain.Contribution;
import nl.koers.domain.Texts;

/**
 * An instrument's sentences in one language: its own texts, the domain's words (levels, categories, wish or
 * demand), amounts and dates. An instrument extends it with what it says itself; its screens and its printables
 * share one, so the wall says what the paper says.
 *
 * <pre>{@code
 * public final class Phrases extends Phrasebook {
 *     public Phrases(Locale locale) {
 *         super("com.firma.energie.internal.Texts", locale, Phrases.class.getClassLoader());
 *     }
 * }
 * }</pre>
 * <p>
 * Because instruments extend it, this class is a {@link ConsumerType}: a method Koers adds here could clash with
 * one a firm's subclass already has, so any change to its public or protected members, an addition included,
 * comes with a major version of this package (baseline/README.md).
 */
@ConsumerType
public class Phrasebook {
    private final Texts texts;
    private final Texts words;
    /** The API's own sentences: what the exchange of bring and get shows is told the same by every instrument. */
    private final Texts sentences;
    private final Locale locale;

    /**
     * The sentences of the instrument whose texts are {@code textsBundle}, in {@code locale}.
     *
     * @param textsBundle the base name of the instrument's resource bundle (Dutch first, English in {@code _en})
     * @param locale the language to speak; Dutch when the bundle does not offer it
     * @param loader the instrument bundle's class loader, which holds that bundle
     */
    protected Phrasebook(String textsBundle, Locale locale, ClassLoader loader) {
        this.locale = locale;
        this.texts = Texts.load(textsBundle, locale, loader);
        this.words = Texts.words(locale);
        this.sentences = Texts.load("nl.koers.instrument.api.Texts", locale, Phrasebook.class.getClassLoader());
    }

    /** {@return the language these sentences are in} Dutch when the one asked for is not offered. */
    public Locale locale() {
        return texts.locale();
    }

    /**
     * {@return a text of the instrument} A missing key shows as {@code !key!}, so it is seen and fixed.
     *
     * @param key the key in the instrument's resource bundle
     */
    public String get(String key) {
        return texts.get(key);
    }

    /**
     * {@return a text of the instrument with its placeholders filled} The text is a {@link java.text.MessageFormat}
     * pattern in this language: {@code answer={0} zegt: {1}} gives "Gemeente Waalstede zegt: ja".
     *
     * @param key the key in the instrument's resource bundle
     * @param args the values for {@code {0}}, {@code {1}}, ...
     */
    public String format(String key, Object... args) {
        return texts.format(key, args);
    }

    /**
     * {@return the texts {@code prefix.1}, {@code prefix.2}, ... of the instrument, in order} The list ends at the
     * first missing number.
     *
     * @param keyPrefix the keys' common start, without the dot
     */
    public List<String> list(String keyPrefix) {
        return texts.list(keyPrefix);
    }

    /**
     * {@return the instrument's own word for a value of one of its own enums} The key is {@code EnumClass.NAME}
     * in its texts; null gives "".
     *
     * @param value a constant of one of the instrument's enums
     */
    public String label(Enum<?> value) {
        return texts.label(value);
    }

    /**
     * {@return the domain's word for a level, category, wish or demand, direction, role, lens} The same word in
     * every instrument.
     *
     * @param value a constant of one of the domain's enums, e.g. {@code Category.KNOWLEDGE}
     */
    public String word(Enum<?> value) {
        return words.label(value);
    }

    /**
     * {@return an amount as people of this language write it: 250.000 and 2,5 in Dutch}
     *
     * @param amount the amount
     */
    public String amount(BigDecimal amount) {
        return Amounts.format(amount, locale);
    }

    /**
     * Reads an amount as a person types it: {@link Amounts#parse}.
     *
     * @param typed what the person typed, in either language's way of writing numbers
     * @return the amount; empty for an empty text
     * @throws NumberFormatException when it is not a number
     */
    public static Optional<BigDecimal> parseAmount(String typed) {
        return Amounts.parse(typed);
    }

    /**
     * {@return an item's amount and unit: "2 fte", "250.000 euro/jaar"} Only the unit when it has no amount, ""
     * when it has neither.
     *
     * @param c an item a partner brings or gets
     */
    public String quantity(Contribution c) {
        if (c.amount() == null) {
            return c.unit().isBlank() ? "" : c.unit().strip();
        }
        return together(amount(c.amount()), c.unit());
    }

    /**
     * {@return the amounts of a balance: "250.000 euro/jaar, 2 fte"}
     *
     * @param byUnit the total per unit, in the order to show them
     */
    public String sums(Map<String, BigDecimal> byUnit) {
        return byUnit.entrySet().stream().map(e -> together(amount(e.getValue()), e.getKey()))
                .collect(Collectors.joining(", "));
    }

    /**
     * {@return an amount and its unit, kept on one line} "250.000 euro/jaar" never breaks after the number: they
     * are joined by a no-break space.
     *
     * @param amount the amount
     * @param unit the unit; blank for none
     */
    public String together(BigDecimal amount, String unit) {
        return together(amount(amount), unit);
    }

    private static String together(String amount, String unit) {
        return unit.isBlank() ? amount : amount + "\u00a0" + unit.strip();
    }

    /**
     * {@return a date as people of this language write it, "3 mrt 2026"; "" for none}
     *
     * @param date the date, or null
     */
    public String date(LocalDate date) {
        return date == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale).format(date);
    }

    // ---- what the exchange of bring and get shows (the domain's BringGet), told as sentences

    /**
     * {@return a finding as one sentence, naming the partners and items it comes from} The same sentence on the
     * screen, on a card and in the report.
     *
     * @param d the dossier the finding was made in
     * @param f a finding of the domain's {@code BringGet}
     */
    public String finding(Dossier d, Finding f) {
        String category = word(f.category());
        return switch (f.kind()) {
            case UNANSWERED_DEMAND -> {
                ContributionRef ref = f.refs().get(0);
                yield sentence("finding.UNANSWERED_DEMAND", partnerName(d, ref.partnerId()),
                        description(d, ref), category);
            }
            case UNREQUESTED_OFFER -> {
                ContributionRef ref = f.refs().get(0);
                yield sentence("finding.UNREQUESTED_OFFER", partnerName(d, ref.partnerId()),
                        description(d, ref), category);
            }
            case CONFLICTING_DEMANDS -> {
                List<String> who = new ArrayList<>();
                String unit = "";
                BigDecimal demanded = BigDecimal.ZERO;
                for (ContributionRef ref : f.refs()) {
                    Optional<Contribution> c = contribution(d, ref);
                    if (c.isPresent()) {
                        who.add(sentence("finding.demandOf", partnerName(d, ref.partnerId()), quantity(c.get())));
                        unit = unit.isEmpty() ? c.get().unit().strip() : unit;
                        demanded = demanded.add(c.get().amount() == null ? BigDecimal.ZERO : c.get().amount());
                    }
                }
                BigDecimal brought = brought(d, f.category(), unit);
                yield sentence("finding.CONFLICTING_DEMANDS", category, joined(who), together(demanded, unit),
                        together(brought, unit));
            }
        };
    }

    /**
     * {@return a match as one sentence} "ROC Lingedal brengt “stageplaatsen”; Gemeente Waalstede wil “leerbanen”
     * halen (mensen)."
     *
     * @param d the dossier the match was made in
     * @param m a match of the domain's {@code BringGet}
     */
    public String match(Dossier d, Match m) {
        return sentence("match.sentence", partnerName(d, m.bring().partnerId()), description(d, m.bring()),
                partnerName(d, m.get().partnerId()), description(d, m.get()), word(m.category()));
    }

    private static BigDecimal brought(Dossier d, Category category, String unit) {
        String key = unit.strip().toLowerCase(Locale.ROOT);
        return d.partners().stream().flatMap(p -> p.contributions(Direction.BRING).stream())
                .filter(c -> c.category() == category && c.amount() != null
                        && c.unit().strip().toLowerCase(Locale.ROOT).equals(key))
                .map(Contribution::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /**
     * {@return words joined as a reader lists them: "A", "A en B", "A, B en C"}
     *
     * @param parts the words, in order; none gives ""
     */
    public String joined(List<String> parts) {
        if (parts.size() <= 1) {
            return String.join("", parts);
        }
        return String.join(", ", parts.subList(0, parts.size() - 1)) + " " + sentences.get("and") + " "
                + parts.get(parts.size() - 1);
    }

    /**
     * {@return a partner's name, or the words for a partner without one} Also for an id no longer in the dossier.
     *
     * @param d the dossier
     * @param partnerId the partner's id
     */
    public String partnerName(Dossier d, String partnerId) {
        return d.partner(partnerId).map(Partner::name).filter(n -> !n.isBlank()).orElse(sentences.get("partner.unnamed"));
    }

    /**
     * {@return the item a finding or match points at, when it is still in the dossier}
     *
     * @param d the dossier
     * @param ref the partner and item a finding or match points at
     */
    public static Optional<Contribution> contribution(Dossier d, ContributionRef ref) {
        return d.partner(ref.partnerId()).flatMap(p -> p.contributions().stream()
                .filter(c -> c.id().equals(ref.contributionId())).findFirst());
    }

    /**
     * {@return what an item is, in a few words: its description, or its category when it has none} "" when the
     * item is no longer in the dossier.
     *
     * @param d the dossier
     * @param ref the partner and item a finding or match points at
     */
    public String description(Dossier d, ContributionRef ref) {
        return contribution(d, ref).map(c -> c.description().isBlank() ? word(c.category()) : c.description().strip())
                .orElse("");
    }

    private String sentence(String key, Object... args) {
        return sentences.format(key, args);
    }
}
