package nl.koers.store.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.koers.domain.Dossier;
import nl.koers.domain.PlanItem;
import nl.koers.domain.SessionPlan;
import nl.koers.store.DossierFileException;
import nl.koers.store.Problem.Kind;

/** Session plans survive saving and opening; files from before them open without, and are written as before. */
class SessionPlanStoreTest {
    private final JsonDossierStore store = new JsonDossierStore();

    @TempDir
    Path dir;

    private static Dossier planned() {
        SessionPlan start = new SessionPlan(null, "Startbijeenkomst", LocalDate.of(2026, 3, 12), LocalTime.of(9, 30),
                "Stadhuis Tiel", List.of(PlanItem.step("netwerkambitie", 0, "Belangen benoemen", 20),
                        PlanItem.pause("Pauze", 15), PlanItem.step("firma.energiekaart", 2, "Energie peilen", 30)));
        SessionPlan later = SessionPlan.titled("Tweede sessie");
        return Dossier.titled("Jongeren aan het werk").withSessionPlans(List.of(start, later));
    }

    @Test
    void plansSurviveSaveAndReopenAlsoForAnInstrumentThatIsNotInstalled() throws Exception {
        Path file = dir.resolve("plan.koers");
        Dossier original = planned();
        store.write(original, file);
        Dossier read = store.read(file);

        assertEquals(original, read);
        SessionPlan start = read.sessionPlans().get(0);
        assertEquals(LocalTime.of(9, 30), start.start());
        assertEquals("Energie peilen", start.items().get(2).title(), "the step's title is kept with the plan");
        assertEquals(65, start.minutes());
        assertEquals(null, read.sessionPlans().get(1).date());
        assertTrue(store.validate(file).isEmpty(), () -> store.validate(file).toString());
    }

    @Test
    void anOlderFileWithoutPlansOpensWithNoneAndIsWrittenWithoutThem() throws Exception {
        Path file = dir.resolve("oud.koers");
        try (InputStream in = getClass().getResourceAsStream("v1/unknown-data.koers")) {
            Files.write(file, in.readAllBytes());
        }
        Dossier read = store.read(file);
        assertTrue(read.sessionPlans().isEmpty());
        Path again = dir.resolve("again.koers");
        store.write(read, again);
        assertFalse(Files.readString(again, StandardCharsets.UTF_8).contains("sessionPlans"));
        assertEquals(Map.of("enabled", true), Map.of("enabled",
                ((Map<?, ?>) store.read(again).unknownFields().get("futureFeature")).get("enabled")));
    }

    @Test
    void aNewerKoersFieldBesideThePlansIsKept() throws Exception {
        Path file = dir.resolve("nieuwer.koers");
        store.write(planned(), file);
        String json = Files.readString(file, StandardCharsets.UTF_8).replaceFirst("\"sessionPlans\"",
                "\"facilitators\" : [\"Anna\"],\n  \"sessionPlans\"");
        Files.writeString(file, json, StandardCharsets.UTF_8);

        Dossier read = store.read(file);
        assertEquals(planned().sessionPlans().size(), read.sessionPlans().size());
        assertEquals(List.of("Anna"), read.unknownFields().get("facilitators"));
        store.write(read, file);
        assertEquals(read, store.read(file));
    }

    @Test
    void aWrongKindOrTimeOrMinutesSaysWhere() throws Exception {
        Path file = dir.resolve("fout.koers");
        store.write(planned(), file);
        String json = Files.readString(file, StandardCharsets.UTF_8);

        Files.writeString(file, json.replace("\"BREAK\"", "\"LUNCH\""), StandardCharsets.UTF_8);
        DossierFileException kind = assertThrows(DossierFileException.class, () -> store.read(file));
        assertEquals(Kind.NOT_ALLOWED, kind.problem().kind());
        assertEquals("sessionPlans[0].items[1].kind", kind.problem().where());

        Files.writeString(file, json.replace("\"09:30\"", "\"half tien\""), StandardCharsets.UTF_8);
        DossierFileException time = assertThrows(DossierFileException.class, () -> store.read(file));
        assertEquals("sessionPlans[0].start", time.problem().where());

        Files.writeString(file, json.replace("\"minutes\" : 15", "\"minutes\" : -15"), StandardCharsets.UTF_8);
        DossierFileException minutes = assertThrows(DossierFileException.class, () -> store.read(file));
        assertEquals(Kind.REFUSED, minutes.problem().kind());
        assertEquals("sessionPlans[0].items[1]", minutes.problem().where());
    }

    @Test
    void aPartWhoseIdOccursTwiceIsReported() throws Exception {
        Path file = dir.resolve("dubbel.koers");
        PlanItem twice = PlanItem.pause("Pauze", 10);
        store.write(Dossier.titled("Dubbel").withSessionPlans(List.of(SessionPlan.titled("Een")
                .withItems(List.of(twice, twice)))), file);
        assertEquals(List.of(Kind.DUPLICATE_ID), store.validate(file).stream().map(p -> p.kind()).toList());
    }
}
