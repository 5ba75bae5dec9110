package nl.koers.domain.analysis;

import java.util.Arrays;

/**
 * Numbers from 0 for the keys (stems by their number in a {@link WordIds}) in the order they are first added: a
 * bucket's own numbers for the words its items use. Open addressing over two arrays, so a look-up reads no boxed
 * number and no string.
 */
final class IntIndex {
    private static final int EMPTY = -1;
    private int[] keys = new int[16];
    private int[] values = new int[16];
    private int size;

    IntIndex() {
        Arrays.fill(keys, EMPTY);
    }

    /** {@return the key's number, or -1 when it was never added} */
    int get(int key) {
        int mask = keys.length - 1;
        for (int i = mix(key) & mask;; i = i + 1 & mask) {
            if (keys[i] == key) {
                return values[i];
            }
            if (keys[i] == EMPTY) {
                return -1;
            }
        }
    }

    /** {@return the key's number, a new one (the next) when it is added now} */
    int add(int key) {
        int mask = keys.length - 1;
        int i = mix(key) & mask;
        for (; keys[i] != EMPTY; i = i + 1 & mask) {
            if (keys[i] == key) {
                return values[i];
            }
        }
        keys[i] = key;
        values[i] = size;
        if (++size * 2 > keys.length) {
            grow();
        }
        return size - 1;
    }

    int size() {
        return size;
    }

    private void grow() {
        int[] oldKeys = keys;
        int[] oldValues = values;
        keys = new int[oldKeys.length * 2];
        values = new int[oldKeys.length * 2];
        Arrays.fill(keys, EMPTY);
        int mask = keys.length - 1;
        for (int j = 0; j < oldKeys.length; j++) {
            if (oldKeys[j] != EMPTY) {
                int i = mix(oldKeys[j]) & mask;
                while (keys[i] != EMPTY) {
                    i = i + 1 & mask;
                }
                keys[i] = oldKeys[j];
                values[i] = oldValues[j];
            }
        }
    }

    /** Spreads consecutive numbers over the table. */
    private static int mix(int key) {
        int h = key * 0x9E3779B9;
        return h ^ h >>> 16;
    }
}
