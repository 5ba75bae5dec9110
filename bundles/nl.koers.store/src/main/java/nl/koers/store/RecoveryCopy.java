package nl.koers.store;

import java.time.Instant;
import java.util.Optional;
import java.nio.file.Path;

/**
 * A recovery copy that a crashed or killed Koers left behind, with enough of its content to decide on it.
 *
 * @param sessionKey the dossier session (window) that wrote it
 * @param origin the user's file it belongs to; empty for a dossier that was never saved
 * @param writtenAt when the copy was written
 * @param title the dossier's title
 * @param partners how many partners it holds
 * @param interests how many interests, over all partners
 * @param contributions how many contributions (bring and get), over all partners
 * @param canvasNotes how many notes on the canvas
 */
public record RecoveryCopy(String sessionKey, Optional<Path> origin, Instant writtenAt, String title, int partners,
        int interests, int contributions, int canvasNotes) {
}
