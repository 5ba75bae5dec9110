package nl.koers.store.internal;

/** The two fields every dossier file starts with: what it is, and which schema version wrote it. */
final class DossierFormat {
    static final String FORMAT = "format";
    static final String FORMAT_NAME = "koers-dossier";
    static final String SCHEMA_VERSION = "schemaVersion";

    private DossierFormat() {
    }
}
