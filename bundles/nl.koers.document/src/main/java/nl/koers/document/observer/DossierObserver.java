package nl.koers.document.observer;

import java.nio.file.Path;

import org.osgi.annotation.versioning.ConsumerType;

import nl.koers.domain.Dossier;

/**
 * Hears that a dossier file was opened or saved, by any face (the window, a command, a web page). Calls come on a
 * thread of Koers's own, after the open or save is done, with the dossier as it was then (an immutable value).
 * Each call is given {@link #TIME_LIMIT_SECONDS} seconds: one that takes longer is interrupted and logged, and
 * while it still runs this observer hears nothing else. One that throws is logged. Neither changes the open or
 * the save.
 */
@ConsumerType
public interface DossierObserver {
    /** How long one call may take. */
    int TIME_LIMIT_SECONDS = 5;

    /**
     * {@code file} was opened, read-only or not.
     *
     * @param file the dossier file
     * @param dossier what was read
     */
    default void opened(Path file, Dossier dossier) {
    }

    /**
     * {@code dossier} was saved to {@code file}.
     *
     * @param file the dossier file
     * @param dossier what was written
     */
    default void saved(Path file, Dossier dossier) {
    }
}
