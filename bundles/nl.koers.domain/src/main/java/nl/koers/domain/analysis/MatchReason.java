package nl.koers.domain.analysis;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

import nl.koers.domain.Texts;

/**
 * Why two items match, for the screens to say: the words they share, the unit they are measured in, and how the
 * amounts fit. The rule and the score are on {@link BringGet}.
 *
 * @param sharedWords the significant words both items use, as the item brought spells them, in its order
 * @param unit the unit both are measured in, as the item brought spells it; empty when neither has one
 * @param fit how the amount brought compares with the amount wanted
 * @param score how well the two fit, from 0 to 100; the higher, the earlier the match is shown
 */
public record MatchReason(List<String> sharedWords, String unit, Fit fit, int score) {
    /** How the amounts compare. */
    public enum Fit {
        /** One or both items have no amount: nothing to compare. */
        UNKNOWN,
        /** What is brought covers what is wanted. */
        COVERS,
        /** What is brought is less than what is wanted. */
        PARTLY
    }

    /** No reason given: a match made before matches carried their reason. */
    public static final MatchReason NONE = new MatchReason(List.of(), "", Fit.UNKNOWN, 0);

    public MatchReason {
        sharedWords = List.copyOf(sharedWords);
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(fit, "fit");
    }

    /**
     * {@return the reason as a screen or a sheet says it, in the domain's words}
     * "samen: huisbezoeken, wijkverpleging · in euro · dekt een deel van wat gevraagd wordt"
     *
     * @param locale Dutch, or English; Dutch when the language is not offered
     */
    public String describe(Locale locale) {
        Texts words = Texts.words(locale);
        return String.join(" \u00b7 ",
                sharedWords.isEmpty() ? words.get("matchReason.noWords")
                        : words.format("matchReason.words", String.join(", ", sharedWords)),
                unit.isEmpty() ? words.get("matchReason.noUnit") : words.format("matchReason.unit", unit),
                words.label(fit));
    }
}
