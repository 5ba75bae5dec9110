package nl.koers.campaigns;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import nl.koers.domain.Dossier;
import nl.koers.store.DossierFileException;
import nl.koers.store.DossierStore;
import nl.koers.store.RecoveryStore;

/**
 * What a campaign's child does before it says "ready": the first read and write load the JSON mapper and the
 * writer's classes, a good part of a second, so it does them on a file of its own. The parent's kills then land in
 * the child's work, not in its start.
 */
public final class WarmUp {
    private WarmUp() {
    }

    /** Writes, reads and deletes {@code scratch}, and writes and discards a recovery copy of it. */
    public static void run(DossierStore store, RecoveryStore recovery, Dossier dossier, Path scratch)
            throws IOException, DossierFileException {
        store.write(dossier, scratch);
        store.read(scratch);
        Files.delete(scratch);
        String session = scratch.getFileName().toString();
        recovery.save(session, scratch, dossier);
        recovery.discard(session);
    }
}
