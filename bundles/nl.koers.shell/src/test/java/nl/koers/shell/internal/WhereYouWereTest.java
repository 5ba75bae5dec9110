package nl.koers.shell.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.koers.shell.internal.WhereYouWere.Place;
import nl.koers.shell.internal.WhereYouWere.Tab;

/** The file that remembers where the user was in each dossier, on a real disk. */
class WhereYouWereTest {
    @TempDir
    Path dir;

    @Test
    void keepsThePlacePerDossierFileAndForgetsTheOldestBeyondTheMost() throws Exception {
        WhereYouWere places = WhereYouWere.besides(dir.resolve("config/recent-files"));
        Path dossier = dir.resolve("a/../wijk.koers");
        Place place = new Place(List.of(new Tab("netwerk,ambitie", 3), new Tab("firma.kaart@2", 0)), "firma.kaart@2");
        places.keep(dossier, place);
        assertEquals(place, places.of(dir.resolve("wijk.koers")), "the same file, however it is named");
        assertEquals(Place.NOWHERE, places.of(dir.resolve("ander.koers")));

        for (int i = 0; i < WhereYouWere.MAX; i++) {
            places.keep(dir.resolve("d" + i + ".koers"), new Place(List.of(new Tab("x", i)), null));
        }
        assertEquals(Place.NOWHERE, places.of(dossier), "the oldest of more than " + WhereYouWere.MAX + " is forgotten");
        assertEquals(new Place(List.of(new Tab("x", 7)), null), places.of(dir.resolve("d7.koers")));
        places.keep(dir.resolve("d7.koers"), Place.NOWHERE);
        assertEquals(Place.NOWHERE, places.of(dir.resolve("d7.koers")), "nothing open: nothing to bring back");
        assertEquals(WhereYouWere.MAX - 1, Files.readAllLines(dir.resolve("config/where-you-were")).size());
    }

    @Test
    void aDamagedLineOrFileRemembersWhatItCan() throws Exception {
        Path file = dir.resolve("where-you-were");
        Path dossier = dir.resolve("wijk.koers").toAbsolutePath();
        Files.writeString(file, "zomaar een regel\n" + dossier + "\t*eerste@2,tweede@x,@1,derde@0\n");
        WhereYouWere places = new WhereYouWere(file);
        assertEquals(new Place(List.of(new Tab("eerste", 2), new Tab("derde", 0)), "eerste"), places.of(dossier));
        Files.delete(file);
        Files.createDirectory(file);
        assertEquals(Place.NOWHERE, places.of(dossier), "a folder where the file should be: nothing, no error");
    }
}
