package nl.koers.domain;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Normalisation shared by the records: no null strings or lists, collections that cannot change, and nothing
 * past the {@link Limits} of a file.
 */
final class Values {
    private Values() {
    }

    static String text(String s) {
        return s == null ? "" : Limits.text(s);
    }

    /** A list of texts, each within the limits. */
    static List<String> texts(List<String> l) {
        List<String> copy = list(l);
        copy.forEach(Limits::text);
        return copy;
    }

    static <T> List<T> list(List<T> l) {
        return l == null ? List.of() : List.copyOf(l);
    }

    static <K, V> Map<K, V> map(Map<K, V> m) {
        return m == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(m));
    }

    static String id(String id) {
        return id == null || id.isBlank() ? Ids.next() : Limits.text(id);
    }

    /** Replaces the element with the same id, or appends it when there is none. */
    static <T> List<T> put(List<T> list, T element, java.util.function.Function<T, String> id) {
        List<T> copy = new ArrayList<>(list);
        String key = id.apply(element);
        for (int i = 0; i < copy.size(); i++) {
            if (Objects.equals(id.apply(copy.get(i)), key)) {
                copy.set(i, element);
                return List.copyOf(copy);
            }
        }
        copy.add(element);
        return List.copyOf(copy);
    }

    static <T> List<T> remove(List<T> list, String key, java.util.function.Function<T, String> id) {
        return list.stream().filter(t -> !Objects.equals(id.apply(t), key)).toList();
    }
}
