package nl.koers.domain;

import java.util.List;

/**
 * Interests of different partners that the table recognises as one shared interest, linked by the facilitator:
 * the commonalities the dialogue puts first.
 *
 * @param interestIds the linked interests, each once, in the order they were linked; a link the edits accept
 *        holds interests of at least two different partners
 * @param note what the partners share, in their own words; may be empty
 */
public record InterestLink(String id, List<String> interestIds, String note) {
    public InterestLink {
        id = Values.id(id);
        interestIds = Values.texts(interestIds).stream().distinct().toList();
        note = Values.text(note);
    }

    /** A new link between these interests. */
    public static InterestLink of(String note, String... interestIds) {
        return new InterestLink(null, List.of(interestIds), note);
    }

    public boolean contains(String interestId) {
        return interestIds.contains(interestId);
    }

    public InterestLink withNote(String newNote) {
        return new InterestLink(id, interestIds, newNote);
    }

    /** This link with one more interest; the same value when it held it already. */
    public InterestLink with(String interestId) {
        if (contains(interestId)) {
            return this;
        }
        var ids = new java.util.ArrayList<>(interestIds);
        ids.add(interestId);
        return new InterestLink(id, ids, note);
    }

    /** This link without that interest; the same value when it did not hold it. */
    public InterestLink without(String interestId) {
        return contains(interestId)
                ? new InterestLink(id, interestIds.stream().filter(i -> !i.equals(interestId)).toList(), note)
                : this;
    }
}
