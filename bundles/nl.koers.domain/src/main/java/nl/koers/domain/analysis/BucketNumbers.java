package nl.koers.domain.analysis;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

import nl.koers.domain.Category;
import nl.koers.domain.Contribution;

/**
 * The buckets of matching (category and unit, see {@link Matching}) numbered 0, 1, 2, ... in the order they are
 * first met, so that counting per bucket is counting in an array. An item's bucket is found without making anything:
 * its unit as compared ({@link Units}) leads to a row of numbers, one per category.
 */
final class BucketNumbers {
    private static final int CATEGORIES = Category.values().length;

    /** Per unit as compared, the number of each category's bucket in it; -1 for none yet. */
    private final Map<String, int[]> byUnit = new HashMap<>();
    private int[] categories = new int[16];
    private int size;

    /** {@return the number of the bucket of this item} */
    int of(Contribution c) {
        int[] row = byUnit.get(Units.key(c.unit()));
        if (row == null) {
            row = new int[CATEGORIES];
            Arrays.fill(row, -1);
            byUnit.put(Units.key(c.unit()), row);
        }
        int category = c.category().ordinal();
        if (row[category] < 0) {
            if (size == categories.length) {
                categories = Arrays.copyOf(categories, size * 2);
            }
            categories[size] = category;
            row[category] = size++;
        }
        return row[category];
    }

    /** {@return how many buckets were numbered} */
    int size() {
        return size;
    }

    /** {@return the category (its ordinal) of a bucket} */
    int category(int bucket) {
        return categories[bucket];
    }
}
