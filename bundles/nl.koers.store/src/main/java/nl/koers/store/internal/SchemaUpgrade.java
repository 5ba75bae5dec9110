package nl.koers.store.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** One step of the schema: turns the tree of a file in version {@link #from()} into version {@code from() + 1}. */
interface SchemaUpgrade {
    int from();

    /** Changes or replaces the tree; the schema version field is set by {@link SchemaUpgrades}. */
    ObjectNode apply(ObjectNode tree);
}
