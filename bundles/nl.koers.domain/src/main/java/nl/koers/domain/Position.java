package nl.koers.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * An opinion a partner states, with the why-ladder below it: each answer to "why?" in turn, down to the
 * interests the position rests on.
 *
 * @param whys the answers to "why?", from the position down; any number, none when nobody asked yet
 * @param interestIds the interests (of the same partner) that the ladder ends in
 */
public record Position(String id, String text, List<String> whys, List<String> interestIds) {
    public Position {
        id = Values.id(id);
        text = Values.text(text);
        whys = Values.texts(whys);
        interestIds = Values.texts(interestIds).stream().distinct().toList();
    }

    public static Position of(String text) {
        return new Position(null, text, List.of(), List.of());
    }

    public Position withText(String newText) {
        return new Position(id, newText, whys, interestIds);
    }

    public Position withWhys(List<String> newWhys) {
        return new Position(id, text, newWhys, interestIds);
    }

    public Position withInterestIds(List<String> newInterestIds) {
        return new Position(id, text, whys, newInterestIds);
    }

    /** One more answer to "why?", at the bottom of the ladder. */
    public Position plusWhy(String why) {
        List<String> copy = new ArrayList<>(whys);
        copy.add(Values.text(why));
        return withWhys(copy);
    }

    /**
     * The answer at {@code index} (0 is the first "why?") replaced.
     *
     * @throws IndexOutOfBoundsException when the ladder has no such rung
     */
    public Position withWhy(int index, String why) {
        List<String> copy = new ArrayList<>(whys);
        copy.set(index, Values.text(why));
        return withWhys(copy);
    }

    /**
     * The ladder without the answer at {@code index}; the answers below it move up.
     *
     * @throws IndexOutOfBoundsException when the ladder has no such rung
     */
    public Position withoutWhy(int index) {
        List<String> copy = new ArrayList<>(whys);
        copy.remove(index);
        return withWhys(copy);
    }

    /** Whether the ladder ends in that interest. */
    public boolean endsIn(String interestId) {
        return interestIds.contains(interestId);
    }

    /** This position ending also in that interest; the same value when it did already. */
    public Position withInterest(String interestId) {
        if (endsIn(interestId)) {
            return this;
        }
        List<String> copy = new ArrayList<>(interestIds);
        copy.add(interestId);
        return withInterestIds(copy);
    }

    /** This position without a reference to that interest; the same value when it had none. */
    public Position withoutInterest(String interestId) {
        return interestIds.contains(interestId)
                ? new Position(id, text, whys, interestIds.stream().filter(i -> !i.equals(interestId)).toList())
                : this;
    }
}
