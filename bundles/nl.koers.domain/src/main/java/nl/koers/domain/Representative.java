package nl.koers.domain;

import java.util.List;

/**
 * A person who speaks for a partner at the table, with the one or two lenses they look through.
 *
 * @param lenses in the order of {@link Lens}, without repeats
 */
public record Representative(String id, String name, String function, List<Lens> lenses) {
    public Representative {
        id = Values.id(id);
        name = Values.text(name);
        function = Values.text(function);
        lenses = Values.list(lenses).stream().distinct().sorted().toList();
    }

    public static Representative of(String name, String function, Lens... lenses) {
        return new Representative(null, name, function, List.of(lenses));
    }

    public Representative withName(String newName) {
        return new Representative(id, newName, function, lenses);
    }

    public Representative withFunction(String newFunction) {
        return new Representative(id, name, newFunction, lenses);
    }

    public Representative withLenses(List<Lens> newLenses) {
        return new Representative(id, name, function, newLenses);
    }
}
