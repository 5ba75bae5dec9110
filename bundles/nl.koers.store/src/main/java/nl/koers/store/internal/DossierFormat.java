package nl.koers.store.internal;

/** The fields every dossier file starts with: what it is, which schema version and which Koers wrote it. */
final class DossierFormat {
    static final String FORMAT = "format";
    static final String FORMAT_NAME = "koers-dossier";
    static final String SCHEMA_VERSION = "schemaVersion";
    /** Since schema version 2: which Koers wrote the file, e.g. "Koers 0.1.0"; empty when not known. */
    static final String WRITTEN_BY = "writtenBy";

    private DossierFormat() {
    }
}
