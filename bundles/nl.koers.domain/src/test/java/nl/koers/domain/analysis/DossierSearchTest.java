package nl.koers.domain.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import org.junit.jupiter.api.Test;

import nl.koers.domain.Ambition;
import nl.koers.domain.AmbitionVersion;
import nl.koers.domain.CanvasNote;
import nl.koers.domain.Category;
import nl.koers.domain.Contribution;
import nl.koers.domain.Dossier;
import nl.koers.domain.Endorsement;
import nl.koers.domain.Interest;
import nl.koers.domain.Level;
import nl.koers.domain.OpenIssue;
import nl.koers.domain.Partner;
import nl.koers.domain.Position;
import nl.koers.domain.Recognition;
import nl.koers.domain.Representative;
import nl.koers.domain.Role;

class DossierSearchTest {
    private static final Partner GEMEENTE = Partner.of("Gemeente Zwolle", Role.CORE)
            .withRepresentative(Representative.of("Anouk de Vries", "wethouder Coöperaties"))
            .withEssence("Wij zorgen voor betaalbare energie")
            .withInterest(new Interest("i1", "Zon op daken van scholen", Level.ORGANISATION, null))
            .withPosition(new Position("p1", "Geen windmolens", List.of("Het uitzicht van bewoners"), List.of()))
            .withContribution(Contribution.bring(Category.KNOWLEDGE, "Kennis van vergunningen"));

    @Test
    void findsTextInEveryKindOfItemWithItsPlace() {
        AmbitionVersion round = AmbitionVersion.of(1, LocalDate.of(2026, 11, 1), "Samen naar energie van de wijk")
                .withEndorsement(GEMEENTE.id(), new Endorsement(Recognition.YES, "Mooi, met energie"));
        Dossier d = Dossier.titled("Wijkenergie").withPartner(GEMEENTE)
                .withAmbition(new Ambition(List.of(round)))
                .withCanvasNotes(List.of(new CanvasNote("n1", "aanbod", "Energie-advies", null, GEMEENTE.id())))
                .withOpenIssues(List.of(OpenIssue.of("Wie betaalt de energiecoach?", GEMEENTE.id())));

        List<Found> found = DossierSearch.in(d, "ENERGIE");

        assertEquals(List.of(Found.Kind.ESSENCE, Found.Kind.AMBITION, Found.Kind.ENDORSEMENT, Found.Kind.CANVAS_NOTE,
                Found.Kind.OPEN_ISSUE), found.stream().map(Found::kind).toList());
        Found essence = found.get(0);
        assertEquals(GEMEENTE.id(), essence.partnerId());
        assertEquals("energie", essence.text().substring(essence.start(), essence.start() + essence.length()));
        assertEquals(round.id(), found.get(2).itemId());
        assertEquals(GEMEENTE.id(), found.get(2).partnerId());
    }

    @Test
    void accentsAndCaseDoNotCountAndThePlaceIsInTheTextAsTyped() {
        Dossier d = Dossier.titled("x").withPartner(GEMEENTE);

        Found f = DossierSearch.in(d, "cooperaties").get(0);

        assertEquals(Found.Kind.REPRESENTATIVE, f.kind());
        assertEquals("Coöperaties", f.text().substring(f.start(), f.start() + f.length()));
    }

    @Test
    void everyWordMustBeThereInAnyOrder() {
        Dossier d = Dossier.titled("x").withPartner(GEMEENTE);

        assertEquals(List.of(Found.Kind.INTEREST), DossierSearch.in(d, "scholen zon").stream().map(Found::kind).toList());
        assertEquals(List.of(), DossierSearch.in(d, "zon windmolens"));
        assertEquals(List.of(Found.Kind.WHY), DossierSearch.in(d, "  uitzicht ").stream().map(Found::kind).toList());
        assertEquals(List.of(), DossierSearch.in(d, "   "));
    }

    /** The folding and the places against the plainest way to do it, on random dossiers. */
    @Test
    void agreesWithAPlainSearchOnRandomDossiers() {
        Random random = new Random(15);
        String[] searches = {"jong", "école", "ECOLES", "de voor", "werkgever budget", "stage", "n", "zzz"};
        for (int round = 0; round < 200; round++) {
            Dossier d = FastAnalysesPropertyTest.dossier(random);
            for (String search : searches) {
                List<String> expected = new ArrayList<>();
                d.partners().forEach(p -> {
                    p.interests().forEach(i -> plain(i.text(), search, expected));
                    p.contributions().forEach(c -> plain(c.description(), search, expected));
                });
                List<Found> found = DossierSearch.in(d, search).stream()
                        .filter(f -> f.kind() == Found.Kind.INTEREST || f.kind() == Found.Kind.CONTRIBUTION).toList();
                assertEquals(expected, found.stream().map(Found::text).toList(), search + ", round " + round);
                for (Found f : found) {
                    String at = fold(f.text().substring(f.start(), f.start() + f.length()));
                    assertEquals(fold(search.strip().split("\\s+")[0]), at, search + " in " + f.text());
                }
            }
        }
    }

    @Test
    void findsTheSameItemOfEveryPartnerInALargeDossier() {
        List<Partner> partners = new ArrayList<>();
        for (int i = 0; i < 2000; i++) {
            partners.add(GEMEENTE.withName("Partner " + i));
        }
        List<Found> found = DossierSearch.in(Dossier.titled("x").withPartners(partners), "vergunningen");
        assertEquals(2000, found.size());
        assertTrue(found.stream().allMatch(f -> f.kind() == Found.Kind.CONTRIBUTION));
    }

    private static void plain(String text, String search, List<String> found) {
        String folded = fold(text);
        for (String word : search.strip().split("\\s+")) {
            if (!folded.contains(fold(word))) {
                return;
            }
        }
        if (!text.isEmpty()) {
            found.add(text);
        }
    }

    private static String fold(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
    }
}
