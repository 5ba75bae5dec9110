package nl.koers.domain.analysis;

import java.util.HashMap;
import java.util.Map;

/**
 * Units as {@link BringGet#unitKey} compares them, each spelling read once per analysis: a dossier spells its units
 * a handful of ways, and stripping and lower-casing every item's unit made a new string per item.
 */
final class UnitKeys {
    private final Map<String, String> read = new HashMap<>();

    /** {@return the unit as compared: without surrounding spaces, in lower case} */
    String of(String unit) {
        String key = read.get(unit);
        if (key == null) {
            key = BringGet.unitKey(unit);
            read.put(unit, key);
        }
        return key;
    }
}
