package nl.koers.instrument.api.settings;

import java.util.Optional;
import java.util.Set;

import org.osgi.annotation.versioning.ProviderType;

/** One plugin's settings: texts under names, saved at once; another plugin's are out of reach. */
@ProviderType
public interface PluginSettings {
    /** The value under {@code key}, empty when none was stored. */
    Optional<String> get(String key);

    /** The value under {@code key}, or {@code fallback} when none was stored. */
    default String get(String key, String fallback) {
        return get(key).orElse(fallback);
    }

    /**
     * Stores {@code value} under {@code key} and saves it; null removes the key.
     *
     * @throws java.io.UncheckedIOException when the settings file cannot be written (the old value stays)
     */
    void put(String key, String value);

    /** The names that have a value. */
    Set<String> keys();
}
