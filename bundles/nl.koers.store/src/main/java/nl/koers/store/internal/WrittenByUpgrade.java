package nl.koers.store.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Version 1 to 2: files record which Koers wrote them ({@code writtenBy}), so that a Koers that meets a newer file
 * can say which version to install. A version 1 file did not say; it gets an empty {@code writtenBy} (unknown).
 */
final class WrittenByUpgrade implements SchemaUpgrade {
    @Override
    public int from() {
        return 1;
    }

    @Override
    public ObjectNode apply(ObjectNode tree) {
        if (!tree.path(DossierFormat.WRITTEN_BY).isTextual()) {
            tree.put(DossierFormat.WRITTEN_BY, "");
        }
        return tree;
    }
}
