package nl.koers.shell.internal;

import java.nio.file.Path;

import nl.koers.domain.Dossier;
import nl.koers.store.internal.FileRecoveryStore;
import nl.koers.store.internal.JsonDossierStore;

/**
 * A Koers that edits a dossier, gets its recovery copy written, and then dies without cleaning up (run in a child
 * JVM by the tests, so the copy's process is really gone). Arguments: data folder, dossier file (or - for
 * one never saved), the new title.
 */
public final class CrashedKoers {
    private CrashedKoers() {
    }

    public static void main(String[] args) throws Exception {
        Path data = Path.of(args[0]);
        // "-": a dossier that was never saved
        Path file = args[1].equals("-") ? null : Path.of(args[1]);
        Dossier before = file == null ? Dossier.titled("") : new JsonDossierStore().read(file);
        Dossier edited = before.withDetails(args[2], before.theme(), before.initiator(), before.route(),
                before.openness());
        new FileRecoveryStore(data).save("window-of-the-crashed-koers", file, edited);
        // as a kill would: no shutdown hooks, nothing tidied up
        Runtime.getRuntime().halt(0);
    }
}
