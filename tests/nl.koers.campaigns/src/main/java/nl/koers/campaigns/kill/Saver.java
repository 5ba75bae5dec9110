package nl.koers.campaigns.kill;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import nl.koers.campaigns.GrowingDossier;
import nl.koers.campaigns.WarmUp;
import nl.koers.campaigns.slow.SlowFileSystem;
import nl.koers.domain.Dossier;
import nl.koers.store.RecoveryStore;
import nl.koers.store.internal.FileRecoveryStore;
import nl.koers.store.internal.JsonDossierStore;

/**
 * The child of the kill campaign: works on a dossier as a facilitator would, only faster, until it is killed.
 * Every round is one edit; every {@value #AUTOSAVE} edits the autosave writes a recovery copy, every {@value #SAVE}
 * edits the user saves (and the recovery copy goes). A line on stdout after each completed write tells the parent
 * what is on disk: {@code saved N} or {@code recovery N}. {@code edit N} says what was only in memory.
 *
 * <p>Arguments: the data folder, the dossier file, the round the file holds now, a session key; the system property
 * {@value #SLOW_WRITES} slows the dossier's writes down.
 */
public final class Saver {
    /** Edits between two recovery copies: the autosave interval of this campaign. */
    public static final int AUTOSAVE = 3;
    /** Edits between two saves by the user; not a multiple of {@link #AUTOSAVE}, so the two interleave. */
    public static final int SAVE = 7;
    /** How many earlier versions the local history keeps in the campaign. */
    public static final int HISTORY = 5;
    /**
     * The system property with the pause, in milliseconds, before every kilobyte the child writes to the dossier
     * file (0: none). A kill then often lands in the middle of a save, where a save that is not atomic (the file
     * written in place) leaves half a file. The campaign's own slowness: the store sees only a path.
     */
    public static final String SLOW_WRITES = "koers.campaigns.slowWrites";

    private Saver() {
    }

    public static void main(String[] args) throws Exception {
        Path data = Path.of(args[0]);
        long slow = Long.getLong(SLOW_WRITES, 0);
        // only the dossier is written slowly: then its saves, not the history or the copies, fill the child's time
        Path file = slow > 0 ? SlowFileSystem.of(Path.of(args[1]), slow) : Path.of(args[1]);
        int round = Integer.parseInt(args[2]);
        String session = args[3];
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        // proof that the parent's kill is a SIGKILL: an orderly exit would run this hook and leave the marker
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                Files.writeString(data.resolve("orderly-exit-" + session), session);
            } catch (IOException e) {
                // nothing to do in a dying JVM
            }
        }));

        JsonDossierStore store = new JsonDossierStore(data, HISTORY);
        RecoveryStore recovery = new FileRecoveryStore(data);
        GrowingDossier growing = new GrowingDossier();
        WarmUp.run(store, recovery, growing.at(round), data.resolve("warm-up-" + session + ".koers"));
        out.println("ready " + round);
        while (true) {
            round++;
            Dossier dossier = growing.at(round);
            out.println("edit " + round);
            if (round % SAVE == 0) {
                store.write(dossier, file);
                out.println("saved " + round);
                recovery.discard(session);
            } else if (round % AUTOSAVE == 0) {
                recovery.save(session, file, dossier);
                out.println("recovery " + round);
            }
        }
    }
}
