package nl.koers.store.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.koers.domain.Dossier;
import nl.koers.domain.IssueStatus;
import nl.koers.domain.OpenIssue;
import nl.koers.domain.Partner;
import nl.koers.domain.PartnerSelection;
import nl.koers.domain.PartnerSelection.Criterion;
import nl.koers.domain.Rating;
import nl.koers.domain.Role;
import nl.koers.store.Problem.Kind;

/** Spannende punten and the criteria of partner selection survive saving and opening; older files open without. */
class MethodStoreTest {
    private final JsonDossierStore store = new JsonDossierStore();

    @TempDir
    Path dir;

    private static Dossier withMethod() {
        Partner gemeente = Partner.of("Gemeente Utrecht", Role.CORE).withSelection(PartnerSelection.NONE
                .withRating(Criterion.RELATION, Rating.HIGH).withRemark(Criterion.RELATION, "wethouder jeugd")
                .withRating(Criterion.CLICK, Rating.MEDIUM).withRating(Criterion.REACH, Rating.LOW)
                .withRating(Criterion.ENERGY, Rating.HIGH).withRemark(Criterion.ENERGY, "trekt de kar"));
        Partner bank = Partner.of("Rabobank", Role.CHAIN);
        OpenIssue coaches = new OpenIssue(null, "Wie betaalt de coaches?", gemeente.id(), "Anna de Vries",
                LocalDate.of(2026, 3, 1), IssueStatus.AGREED);
        OpenIssue privacy = OpenIssue.of("Privacy van de deelnemers", "");
        return Dossier.titled("Jongeren aan het werk").withPartners(List.of(gemeente, bank))
                .withOpenIssues(List.of(coaches, privacy.withOwner("", "Piet").withStatus(IssueStatus.DONE)));
    }

    @Test
    void pointsAndCriteriaSurviveSaveAndReopen() throws Exception {
        Dossier original = withMethod();
        Path file = dir.resolve("methode.koers");
        store.write(original, file);
        Dossier read = store.read(file);

        assertEquals(original, read);
        assertEquals("Anna de Vries (Gemeente Utrecht)", read.openIssues().get(0).owner(read));
        assertEquals(LocalDate.of(2026, 3, 1), read.openIssues().get(0).date());
        assertEquals(IssueStatus.DONE, read.openIssues().get(1).status());
        assertEquals("trekt de kar", read.partners().get(0).selection().energyRemark());
        assertEquals(PartnerSelection.NONE, read.partners().get(1).selection());
        assertTrue(store.validate(file).isEmpty(), () -> store.validate(file).toString());
    }

    @Test
    void anOlderFileWithoutThemOpensWithNone() throws Exception {
        Path file = dir.resolve("oud.koers");
        try (InputStream in = getClass().getResourceAsStream("v1/unknown-data.koers")) {
            Files.write(file, in.readAllBytes());
        }
        Dossier read = store.read(file);
        assertTrue(read.openIssues().isEmpty());
        assertEquals(PartnerSelection.NONE, read.partners().get(0).selection());
        assertEquals(Map.of("enabled", true), Map.of("enabled",
                ((Map<?, ?>) read.unknownFields().get("futureFeature")).get("enabled")));
    }

    @Test
    void unknownExtrasOfAFileFromThisVersionAreKept() throws Exception {
        Path file = dir.resolve("extra.koers");
        store.write(withMethod(), file);
        String json = Files.readString(file, StandardCharsets.UTF_8)
                .replaceFirst("\"openIssues\"", "\"laterFeature\" : {\"weights\" : [1, 2]},\n  \"openIssues\"");
        Files.writeString(file, json, StandardCharsets.UTF_8);

        Dossier read = store.read(file);
        assertEquals(2, read.openIssues().size());
        assertEquals(Map.of("weights", List.of(1, 2)), read.unknownFields().get("laterFeature"));
        Path again = dir.resolve("again.koers");
        store.write(read, again);
        Dossier twice = store.read(again);
        assertEquals(read, twice);
        assertTrue(Files.readString(again, StandardCharsets.UTF_8).contains("laterFeature"));
    }

    @Test
    void aPointForAPartnerThatIsNotThereIsReported() throws Exception {
        Path file = dir.resolve("los.koers");
        store.write(Dossier.titled("Los").withOpenIssues(List.of(OpenIssue.of("Wie?", "p-weg"))), file);
        assertEquals(List.of(Kind.UNKNOWN_REFERENCE), store.validate(file).stream().map(p -> p.kind()).toList());
    }
}
