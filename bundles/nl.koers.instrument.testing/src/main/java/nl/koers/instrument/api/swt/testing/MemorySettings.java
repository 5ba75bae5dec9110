package nl.koers.instrument.api.swt.testing;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import nl.koers.instrument.api.settings.PluginSettings;

/** A plugin's settings kept in memory, for a test: what the test stores, the screens read, and the other way round. */
final class MemorySettings implements PluginSettings {
    private final Map<String, String> values = new TreeMap<>();

    @Override
    public synchronized Optional<String> get(String key) {
        return Optional.ofNullable(values.get(key));
    }

    @Override
    public synchronized void put(String key, String value) {
        if (value == null) {
            values.remove(key);
        } else {
            values.put(key, value);
        }
    }

    @Override
    public synchronized Set<String> keys() {
        return new TreeSet<>(values.keySet());
    }
}
