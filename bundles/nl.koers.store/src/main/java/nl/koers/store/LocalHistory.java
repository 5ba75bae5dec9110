package nl.koers.store;

import java.nio.file.Path;
import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

import nl.koers.domain.Dossier;

/**
 * Earlier versions of dossiers. Every {@link DossierStore#write} over an existing file keeps the version it
 * replaces, in Koers' data folder (never next to the user's file); the last N per dossier are kept (framework
 * property {@code koers.history.keep}, default 20).
 */
@ProviderType
public interface LocalHistory {
    /** The framework property that says how many versions are kept per dossier. */
    String KEEP_PROPERTY = "koers.history.keep";

    /** How many versions are kept when the property is not set. */
    int DEFAULT_KEEP = 20;

    /** Earlier versions of a dossier, newest first; empty when there are none. */
    List<HistoryEntry> entries(Path dossier);

    /** Reads one earlier version; a restore applies it to the open dossier as an edit that can be undone. */
    Dossier read(HistoryEntry entry) throws DossierFileException;
}
