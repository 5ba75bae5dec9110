package nl.koers.store.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.koers.domain.Category;
import nl.koers.domain.Contribution;
import nl.koers.domain.Dossier;
import nl.koers.domain.MatchDecision;
import nl.koers.domain.MatchDecision.Verdict;
import nl.koers.domain.Partner;
import nl.koers.domain.Role;
import nl.koers.store.DossierFileException;
import nl.koers.store.Problem.Kind;

/** What the facilitator decided about matches survives saving and opening again; older files open without. */
class MatchDecisionStoreTest {
    private final JsonDossierStore store = new JsonDossierStore();
    private final Contribution coaches = Contribution.bring(Category.PEOPLE, "Coaches");
    private final Contribution money = Contribution.bring(Category.MEANS, "Woningaanpassingen");
    private final Contribution wanted = Contribution.get(Category.PEOPLE, "Coaches voor jongeren");
    private final Contribution visits = Contribution.get(Category.MEANS, "Huisbezoeken");

    @TempDir
    Path dir;

    private Dossier decided() {
        return Dossier.titled("Langer thuis").withPartners(List.of(
                Partner.of("ROC", Role.CORE).withContributions(List.of(coaches, money)),
                Partner.of("Gemeente", Role.CORE).withContributions(List.of(wanted, visits))))
                .withMatchDecisions(List.of(new MatchDecision(coaches.id(), wanted.id(), Verdict.CONFIRMED),
                        new MatchDecision(money.id(), visits.id(), Verdict.DISMISSED)));
    }

    @Test
    void decisionsSurviveSaveAndReopenWithUnknownFieldsKept() throws Exception {
        Path file = dir.resolve("besluiten.koers");
        Dossier original = decided();
        store.write(original, file);
        // a newer Koers wrote a field this one does not know: it stays, beside the decisions
        String json = Files.readString(file, StandardCharsets.UTF_8).replaceFirst("\\{",
                "{ \"spaceship\" : { \"speed\" : 3 },");
        Files.writeString(file, json, StandardCharsets.UTF_8);

        Dossier read = store.read(file);
        assertEquals(original.matchDecisions(), read.matchDecisions());
        assertTrue(read.matchDecision(money.id(), visits.id()).orElseThrow().dismissed());
        assertEquals(Map.of("speed", 3), read.unknownFields().get("spaceship"));

        store.write(read, file);
        Dossier again = store.read(file);
        assertEquals(read, again);
        String written = Files.readString(file, StandardCharsets.UTF_8);
        assertTrue(written.contains("\"matchDecisions\""), written);
        assertTrue(written.contains("spaceship"), written);
    }

    @Test
    void aFileWithoutDecisionsOpensWithNoneAndIsWrittenWithoutThem() throws Exception {
        Path file = dir.resolve("oud.koers");
        store.write(decided().withMatchDecisions(List.of()), file);
        assertFalse(Files.readString(file, StandardCharsets.UTF_8).contains("matchDecisions"));
        assertTrue(store.read(file).matchDecisions().isEmpty());
    }

    @Test
    void aWrongVerdictSaysWhere() throws Exception {
        Path file = dir.resolve("fout.koers");
        store.write(decided(), file);
        Files.writeString(file, Files.readString(file, StandardCharsets.UTF_8).replace("\"DISMISSED\"", "\"LATER\""),
                StandardCharsets.UTF_8);
        DossierFileException e = assertThrows(DossierFileException.class, () -> store.read(file));
        assertEquals(Kind.NOT_ALLOWED, e.problem().kind());
        assertEquals("matchDecisions[1].verdict", e.problem().where());
    }
}
