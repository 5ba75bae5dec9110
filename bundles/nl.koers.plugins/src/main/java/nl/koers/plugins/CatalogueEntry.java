package nl.koers.plugins;

import java.net.URI;
import java.util.List;

/**
 * One plugin in a firm's catalogue.
 *
 * @param content where its jar is (absolute)
 * @param sha256 the jar's SHA-256 as the index states it, hex; empty when the index gives none
 * @param instrumentIds the instruments it declares
 */
public record CatalogueEntry(String symbolicName, String name, String version, URI content, String sha256,
        List<String> instrumentIds) {
    public CatalogueEntry {
        sha256 = sha256 == null ? "" : sha256;
        instrumentIds = List.copyOf(instrumentIds);
    }
}
