package nl.koers.store;

import java.nio.file.Path;
import java.time.Instant;

/**
 * One earlier version of a dossier, kept by {@link LocalHistory}.
 *
 * @param dossier the user's dossier file this is a version of
 * @param copy the kept copy in Koers' data folder
 * @param savedAt when this version was saved by the user (the time the file had before it was replaced)
 * @param size the size of the copy in bytes
 */
public record HistoryEntry(Path dossier, Path copy, Instant savedAt, long size) {
}
