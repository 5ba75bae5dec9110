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

    void clear() {
        size = 0;
    }
}
