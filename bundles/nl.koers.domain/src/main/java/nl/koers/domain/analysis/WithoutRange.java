package nl.koers.domain.analysis;

import java.util.AbstractList;
import java.util.List;
import java.util.Objects;
import java.util.RandomAccess;

/**
 * An unmodifiable list that is another list without one stretch of it, made without copying: what every partner
 * but one brings is the list of all partners with that one's stretch left out, so a thousand mentions share one list
 * instead of each carrying a copy of nearly all of it. The list it looks at must never change.
 *
 * @param <T> the elements
 */
final class WithoutRange<T> extends AbstractList<T> implements RandomAccess {
    private final List<T> all;
    private final int from;
    private final int gap;

    /**
     * @param all an unmodifiable list with random access, without nulls
     * @param from the first place left out
     * @param to the place after the last one left out
     */
    WithoutRange(List<T> all, int from, int to) {
        Objects.checkFromToIndex(from, to, all.size());
        this.all = all;
        this.from = from;
        this.gap = to - from;
    }

    @Override
    public T get(int index) {
        Objects.checkIndex(index, size());
        return all.get(index < from ? index : index + gap);
    }

    @Override
    public int size() {
        return all.size() - gap;
    }
}
