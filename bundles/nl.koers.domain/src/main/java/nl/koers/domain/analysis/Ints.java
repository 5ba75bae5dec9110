package nl.koers.domain.analysis;

import java.util.Arrays;

/** A growing list of ints: the places of a bucket, without a boxed {@code Integer} for each. */
final class Ints {
    private int[] values = new int[4];
    private int size;

    void add(int value) {
        if (size == values.length) {
            values = Arrays.copyOf(values, size * 2);
        }
        values[size++] = value;
    }

    int get(int index) {
        return values[index];
    }

    int size() {
        return size;
    }

    /** The backing array: its first {@link #size()} values are the list. */
    int[] values() {
        return values;
    }

    /** Sorts the values from this index on, ascending: a few at a time, so by insertion. */
    void sortFrom(int from) {
        for (int i = from + 1; i < size; i++) {
            int v = values[i];
            int j = i - 1;
            while (j >= from && values[j] > v) {
                values[j + 1] = values[j];
                j--;
            }
            values[j + 1] = v;
        }
    }

    void clear() {
        size = 0;
    }
}
