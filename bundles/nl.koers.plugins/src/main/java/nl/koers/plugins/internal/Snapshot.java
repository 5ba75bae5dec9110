package nl.koers.plugins.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import nl.koers.plugins.Generation;

/**
 * One generation as it is kept on disk: the plugins with their jars and whether they are enabled.
 *
 * @param restores the generation a rollback returned to, or -1 when this one is not a rollback
 */
record Snapshot(int number, Instant at, String change, int restores, List<Entry> entries) {

    /** One plugin in a generation; {@code jar} is the file name in the plugin folder's {@code jars}. */
    record Entry(String symbolicName, String version, String jar, boolean enabled) {
        Entry enabled(boolean on) {
            return new Entry(symbolicName, version, jar, on);
        }
    }

    static final Snapshot EMPTY = new Snapshot(0, Instant.EPOCH, "", -1, List.of());

    Snapshot {
        entries = List.copyOf(entries);
    }

    Optional<Entry> entry(String symbolicName) {
        return entries.stream().filter(e -> e.symbolicName().equals(symbolicName)).findFirst();
    }

    /** The entries with {@code replacement} in place of the entry of the same name (or added at the end). */
    List<Entry> with(Entry replacement) {
        return replacing(entries, replacement);
    }

    static List<Entry> replacing(List<Entry> entries, Entry replacement) {
        List<Entry> changed = new ArrayList<>(entries);
        for (int i = 0; i < changed.size(); i++) {
            if (changed.get(i).symbolicName().equals(replacement.symbolicName())) {
                changed.set(i, replacement);
                return changed;
            }
        }
        changed.add(replacement);
        return changed;
    }

    List<Entry> without(String symbolicName) {
        return entries.stream().filter(e -> !e.symbolicName().equals(symbolicName)).toList();
    }

    Generation toGeneration() {
        return new Generation(number, at, change, entries.stream()
                .map(e -> e.symbolicName() + " " + e.version() + (e.enabled() ? "" : " disabled")).toList());
    }
}
