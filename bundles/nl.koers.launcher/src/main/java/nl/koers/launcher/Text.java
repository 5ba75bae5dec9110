package nl.koers.launcher;

import java.util.Arrays;

/**
 * Words for a person, not yet in a language: a key in the launcher's messages and its arguments. An argument
 * may itself be a {@code Text}; {@link Messages} puts it into words first.
 */
public record Text(String key, Object... arguments) {
    @Override
    public String toString() {
        return key + Arrays.toString(arguments);
    }
}
