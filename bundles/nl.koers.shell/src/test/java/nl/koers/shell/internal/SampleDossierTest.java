package nl.koers.shell.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.koers.domain.AmbitionVersion;
import nl.koers.domain.Contribution;
import nl.koers.domain.Dossier;
import nl.koers.domain.Partner;
import nl.koers.domain.PlanItem;
import nl.koers.domain.Representative;
import nl.koers.domain.Role;
import nl.koers.domain.SessionPlan;
import nl.koers.store.Problem;
import nl.koers.store.internal.JsonDossierStore;

/** The sample dossier that ships with the workbench: it must open, validate, and show what the instruments can do. */
class SampleDossierTest {
    private static final String SAMPLE = "samples/voorbeeld-jongeren-aan-het-werk.koers";

    private final JsonDossierStore store = new JsonDossierStore();

    @TempDir
    Path dir;

    private Dossier sample() throws Exception {
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(SAMPLE)) {
            assertNotNull(in, "the sample is on the class path: " + SAMPLE);
            return store.read(in, SAMPLE);
        }
    }

    private Path sampleFile() throws IOException {
        Path file = dir.resolve("voorbeeld-jongeren-aan-het-werk.koers");
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(SAMPLE)) {
            assertNotNull(in, "the sample is on the class path: " + SAMPLE);
            Files.copy(in, file);
        }
        return file;
    }

    @Test
    void hasAtLeastFourPartnersWithBothRoles() throws Exception {
        Dossier d = sample();
        assertTrue(d.partners().size() >= 4, "partners: " + d.partners().size());
        Set<Role> roles = d.partners().stream().map(Partner::role).collect(Collectors.toSet());
        assertEquals(Set.of(Role.CORE, Role.CHAIN), roles);
        assertFalse(d.title().isBlank());
        assertFalse(d.initiator().isBlank());
        assertNotNull(d.route());
        assertNotNull(d.openness());
    }

    @Test
    void everyPartnerHasRepresentativesWithOneOrTwoLenses() throws Exception {
        for (Partner p : sample().partners()) {
            assertFalse(p.name().isBlank(), p.id());
            assertFalse(p.essence().isBlank(), p.name());
            assertFalse(p.representatives().isEmpty(), p.name() + " has no representative");
            for (Representative r : p.representatives()) {
                int lenses = r.lenses().size();
                assertTrue(lenses >= 1 && lenses <= 2, r.name() + " wears " + lenses + " lenses");
            }
        }
    }

    @Test
    void someContributionsAreNotYetConcrete() throws Exception {
        List<Contribution> all = sample().partners().stream().flatMap(p -> p.contributions().stream()).toList();
        assertTrue(all.stream().anyMatch(c -> c.amount() == null), "a contribution without amount");
        assertTrue(all.stream().anyMatch(Contribution::isConcrete), "a contribution with amount and unit");
    }

    @Test
    void everyPartnerEndorsesTheNewestAmbition() throws Exception {
        Dossier d = sample();
        List<AmbitionVersion> versions = d.ambition().versions();
        assertTrue(versions.size() >= 2, "ambition versions: " + versions.size());
        AmbitionVersion newest = versions.stream().max(Comparator.comparingInt(AmbitionVersion::round)).orElseThrow();
        Set<String> partnerIds = d.partners().stream().map(Partner::id).collect(Collectors.toSet());
        assertEquals(partnerIds, newest.endorsements().keySet());
        assertFalse(newest.statement().isBlank());
        assertFalse(newest.facts().isEmpty(), "the newest ambition rests on facts");
    }

    @Test
    void hasASessionPlanOfTheNetwerkambitieWithABreak() throws Exception {
        SessionPlan plan = sample().sessionPlans().get(0);
        assertEquals(List.of(0, 1, -1, 2, 3), plan.items().stream().map(PlanItem::step).toList());
        assertEquals(95, plan.minutes());
        assertEquals(java.time.LocalTime.of(11, 5), plan.start().plusMinutes(plan.minutes()));
    }

    @Test
    void validatesWithoutProblems() throws Exception {
        List<Problem> problems = store.validate(sampleFile());
        assertEquals(List.of(), problems);
    }

    @Test
    void survivesARoundTrip() throws Exception {
        Dossier original = sample();
        Path file = dir.resolve("terug.koers");
        store.write(original, file);
        assertEquals(original, store.read(file));
    }
}
