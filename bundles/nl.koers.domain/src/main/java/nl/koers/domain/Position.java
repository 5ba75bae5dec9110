package nl.koers.domain;

import java.util.List;

/**
 * An opinion a partner states, with the why-ladder below it: each answer to "why?" in turn, down to the
 * interests the position rests on.
 *
 * @param whys the answers to "why?", from the position down
 * @param interestIds the interests (of the same partner) that the ladder ends in
 */
public record Position(String id, String text, List<String> whys, List<String> interestIds) {
    public Position {
        id = Values.id(id);
        text = Values.text(text);
        whys = Values.list(whys);
        interestIds = Values.list(interestIds);
    }

    public static Position of(String text) {
        return new Position(null, text, List.of(), List.of());
    }

    /** This position without a reference to that interest; the same value when it had none. */
    public Position withoutInterest(String interestId) {
        return interestIds.contains(interestId)
                ? new Position(id, text, whys, interestIds.stream().filter(i -> !i.equals(interestId)).toList())
                : this;
    }
}
