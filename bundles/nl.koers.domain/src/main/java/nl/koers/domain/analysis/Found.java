package nl.koers.domain.analysis;

import java.util.Objects;

/**
 * One place in a dossier where a search found its words: what kind of item, whose, which, and where in its text.
 *
 * @param kind what kind of item holds the text
 * @param partnerId the partner the item belongs to (for an endorsement: the partner who endorsed); "" for the
 *        ambition, a canvas note without partner, an open issue without partner
 * @param itemId the item's id (for a why: its position's; for a fact or an endorsement: the ambition round's)
 * @param text the whole text that was searched
 * @param start where the first word of the search starts in {@code text}
 * @param length how many characters of {@code text} it spans
 */
public record Found(Kind kind, String partnerId, String itemId, String text, int start, int length) {
    /** The kinds of items a dossier holds text in, in the order a search lists them. */
    public enum Kind {
        /** A partner's name. */
        PARTNER,
        /** A representative's name or function. */
        REPRESENTATIVE,
        /** A partner's essence, in one sentence. */
        ESSENCE,
        /** An interest. */
        INTEREST,
        /** A position. */
        POSITION,
        /** A why behind a position. */
        WHY,
        /** A core value. */
        CORE_VALUE,
        /** What a partner brings or wants to get. */
        CONTRIBUTION,
        /** The ambition's statement or concretisation, in a round. */
        AMBITION,
        /** A fact under the ambition, or its source. */
        FACT,
        /** A partner's remark on a round of the ambition. */
        ENDORSEMENT,
        /** A note on the partner model canvas. */
        CANVAS_NOTE,
        /** A spannend punt, or who takes it up. */
        OPEN_ISSUE
    }

    /** Checks the texts and that the place lies inside the text. */
    public Found {
        Objects.requireNonNull(kind, "kind");
        partnerId = Objects.requireNonNullElse(partnerId, "");
        Objects.requireNonNull(itemId, "itemId");
        Objects.requireNonNull(text, "text");
        if (start < 0 || length < 0 || start + length > text.length()) {
            throw new IllegalArgumentException(
                    "found at " + start + "+" + length + " outside a text of " + text.length() + " characters");
        }
    }
}
