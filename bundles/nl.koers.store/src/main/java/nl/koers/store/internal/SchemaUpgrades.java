package nl.koers.store.internal;

import java.util.Map;
import java.util.function.UnaryOperator;

import com.fasterxml.jackson.databind.node.ObjectNode;

import nl.koers.store.DossierStore;

/**
 * Brings the JSON tree of an older file up to the current schema, one version at a time, before it is mapped
 * onto the domain. Each step is a small function from version N to N+1 with fixtures of the old format in the
 * tests. Version 1 is the first published schema, so there are no steps yet.
 */
final class SchemaUpgrades {
    private final Map<Integer, UnaryOperator<ObjectNode>> steps;

    SchemaUpgrades(Map<Integer, UnaryOperator<ObjectNode>> steps) {
        this.steps = Map.copyOf(steps);
    }

    static SchemaUpgrades standard() {
        return new SchemaUpgrades(Map.of());
    }

    /** The tree in the current version; {@code version} must be at most the current one. */
    ObjectNode upgrade(ObjectNode tree, int version) {
        ObjectNode current = tree;
        for (int v = version; v < DossierStore.SCHEMA_VERSION; v++) {
            UnaryOperator<ObjectNode> step = steps.get(v);
            if (step == null) {
                throw new IllegalStateException("no upgrade from schema version " + v);
            }
            current = step.apply(current);
            current.put(DossierFormat.SCHEMA_VERSION, v + 1);
        }
        return current;
    }
}
