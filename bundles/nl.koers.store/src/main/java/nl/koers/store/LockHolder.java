package nl.koers.store;

import java.time.Instant;

/**
 * Who holds the lock on a dossier.
 *
 * @param user the user name of the holder
 * @param host the computer it runs on
 * @param pid the process id of the holder
 * @param since when the lock was taken
 * @param thisProcess true when it is this very process (the dossier is open in another window of this Koers)
 */
public record LockHolder(String user, String host, long pid, Instant since, boolean thisProcess) {
}
