package nl.koers.store.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.node.ObjectNode;

import nl.koers.store.DossierStore;

/**
 * Brings the JSON tree of an older file up to the current schema, one version at a time, before it is mapped
 * onto the domain. Each step is one small {@link SchemaUpgrade} class with fixtures of the old format in the
 * tests; a new schema version is one more class in {@link #standard()}.
 */
final class SchemaUpgrades {
    private final Map<Integer, SchemaUpgrade> steps = new HashMap<>();
    private final int current;

    SchemaUpgrades(List<SchemaUpgrade> steps, int current) {
        for (SchemaUpgrade step : steps) {
            if (this.steps.put(step.from(), step) != null) {
                throw new IllegalArgumentException("two upgrades from schema version " + step.from());
            }
        }
        for (int v = 1; v < current; v++) {
            if (!this.steps.containsKey(v)) {
                throw new IllegalArgumentException("no upgrade from schema version " + v + " to " + (v + 1));
            }
        }
        this.current = current;
    }

    static SchemaUpgrades standard() {
        return new SchemaUpgrades(List.of(new WrittenByUpgrade()), DossierStore.SCHEMA_VERSION);
    }

    int current() {
        return current;
    }

    /** The tree in the current version; {@code version} must be at most the current one. */
    ObjectNode upgrade(ObjectNode tree, int version) {
        if (version > current) {
            throw new IllegalArgumentException("schema version " + version + " is newer than " + current);
        }
        ObjectNode tree2 = tree;
        for (int v = version; v < current; v++) {
            tree2 = steps.get(v).apply(tree2);
            tree2.put(DossierFormat.SCHEMA_VERSION, v + 1);
        }
        return tree2;
    }
}
