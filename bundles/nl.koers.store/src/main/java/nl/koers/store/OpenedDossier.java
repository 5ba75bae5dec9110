package nl.koers.store;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

import nl.koers.domain.Dossier;
import nl.koers.domain.Texts;

/**
 * A dossier as {@link DossierStore#open(Path)} found it: the dossier, the schema version of the file and which
 * Koers wrote it. A file from a newer Koers opens read-only: its fields are bound as well as this version can,
 * and fields it does not know are kept, but saving over it could lose what the newer Koers added.
 *
 * @param dossier the dossier as read
 * @param file the file it was read from
 * @param schemaVersion the schema version of the file as found on disk (before any upgrade)
 * @param writtenBy which Koers wrote the file, e.g. {@code "Koers 0.1.0"}; empty when the file does not say
 * @param readOnly true when this Koers must not save over the file
 * @param stamp what the file held when it was read; a save that passes it refuses to overwrite later changes
 */
public record OpenedDossier(Dossier dossier, Path file, int schemaVersion, String writtenBy, boolean readOnly,
        FileStamp stamp) {

    public OpenedDossier {
        Objects.requireNonNull(dossier, "dossier");
        Objects.requireNonNull(file, "file");
        writtenBy = writtenBy == null ? "" : writtenBy;
        Objects.requireNonNull(stamp, "stamp");
    }

    /**
     * Why the dossier opens read-only, for a person, e.g. "Geschreven door Koers 2.3.0 (bestandsversie 3); deze
     * Koers kent versie 2. Alleen lezen: sla een kopie op om verder te werken."; empty when it is not read-only.
     */
    public Optional<String> readOnlyReason(Locale locale) {
        if (!readOnly) {
            return Optional.empty();
        }
        Texts texts = Texts.load("nl.koers.store.internal.Messages", locale, OpenedDossier.class.getClassLoader());
        String by = writtenBy.isEmpty() ? texts.get("readOnly.unknownWriter") : writtenBy;
        return Optional.of(texts.format("readOnly.newerSchema", by, schemaVersion, DossierStore.SCHEMA_VERSION));
    }
}
