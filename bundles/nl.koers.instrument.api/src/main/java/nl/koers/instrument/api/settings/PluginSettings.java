package nl.koers.instrument.api.settings;

import java.util.Optional;
import java.util.Set;

import org.osgi.annotation.versioning.ProviderType;

/**
 * One plugin's settings: texts under names, saved at once; another plugin's are out of reach. Koers hands it to a
 * plugin's {@link nl.koers.instrument.api.swt.SettingsPage} and its menu items; a plugin does not implement it.
 *
 * <pre>{@code
 * String region = settings.get("region", "Gelderland");
 * settings.put("region", chosen);
 * }</pre>
 */
@ProviderType
public interface PluginSettings {
    /**
     * {@return the value under {@code key}, empty when none was stored}
     *
     * @param key the setting's name
     */
    Optional<String> get(String key);

    /**
     * {@return the value under {@code key}, or {@code fallback} when none was stored}
     *
     * @param key the setting's name
     * @param fallback the value until one is stored
     */
    default String get(String key, String fallback) {
        return get(key).orElse(fallback);
    }

    /**
     * Stores {@code value} under {@code key} and saves it; null removes the key.
     *
     * @param key the setting's name
     * @param value the text to keep, or null
     * @throws java.io.UncheckedIOException when the settings file cannot be written (the old value stays)
     */
    void put(String key, String value);

    /** {@return the names that have a value} */
    Set<String> keys();
}
