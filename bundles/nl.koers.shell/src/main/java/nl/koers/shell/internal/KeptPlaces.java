package nl.koers.shell.internal;

import java.nio.file.Path;
import java.util.Optional;

import nl.koers.document.DocumentView;

/**
 * Where the user was in the dossier this window shows: kept by its file before the dossier goes, and brought back
 * when it is opened again; the disk work in the background.
 */
final class KeptPlaces {
    private final Workbench window;
    private final WhereYouWere places;

    KeptPlaces(Workbench window, WhereYouWere places) {
        this.window = window;
        this.places = places;
    }

    /** Keeps where the user is in the dossier this window shows, by its file, before it goes; in the background. */
    void keep() {
        Optional<Path> shown = window.file();
        if (shown.isPresent()) {
            WhereYouWere.Place place = window.instruments().place();
            window.background().run(() -> {
                places.keep(shown.get(), place);
                return place;
            }, (kept, error) -> {
            });
        }
    }

    /**
     * Opens the instruments that were open when the user last left the dossier at {@code file}, on their steps;
     * nothing when another dossier is shown by the time the place is read.
     */
    void bringBack(Path file) {
        DocumentView opened = window.view().orElse(null);
        window.background().run(() -> places.of(file), (place, error) -> {
            if (place != null && opened != null && window.view().orElse(null) == opened) {
                window.instruments().bringBack(place);
            }
        });
    }
}
