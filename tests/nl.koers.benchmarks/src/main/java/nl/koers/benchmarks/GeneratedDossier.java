package nl.koers.benchmarks;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import nl.koers.domain.Ambition;
import nl.koers.domain.AmbitionVersion;
import nl.koers.domain.CanvasNote;
import nl.koers.domain.CanvasSnapshot;
import nl.koers.domain.Category;
import nl.koers.domain.Contribution;
import nl.koers.domain.CoreValue;
import nl.koers.domain.Direction;
import nl.koers.domain.Dossier;
import nl.koers.domain.Endorsement;
import nl.koers.domain.Fact;
import nl.koers.domain.Firmness;
import nl.koers.domain.Interest;
import nl.koers.domain.Lens;
import nl.koers.domain.Level;
import nl.koers.domain.Openness;
import nl.koers.domain.Partner;
import nl.koers.domain.Position;
import nl.koers.domain.Recognition;
import nl.koers.domain.Representative;
import nl.koers.domain.Role;
import nl.koers.domain.Route;
import nl.koers.domain.SnapshotKind;

/**
 * The dossier of issue 15 for N partners, the same for every run (a fixed seed): each partner with 2
 * representatives, 10 interests, 5 positions with 3 whys, 3 core values and 20 bring/get contributions; 5 ambition
 * rounds endorsed by everyone; 2N canvas notes and a first design of the canvas to compare them with. The texts are
 * Dutch sentences from a shared vocabulary, so the word analyses find overlap to work on.
 */
public final class GeneratedDossier {
    public static final long SEED = 15;

    private static final String[] WHO = {"jongeren", "werkzoekenden", "werkgevers", "ouderen", "mantelzorgers",
        "statushouders", "docenten", "wijkteams", "zorgverleners", "vrijwilligers", "inwoners", "ondernemers"};
    private static final String[] WHAT = {"stageplaatsen", "leerwerkplekken", "begeleiding", "scholing",
        "huisvesting", "financiering", "gegevens", "kennis", "netwerk", "zichtbaarheid", "continuïteit",
        "werkgelegenheid", "gezondheid", "veiligheid", "vertrouwen", "regie", "capaciteit", "innovatie"};
    private static final String[] HOW = {"meer", "betere", "snellere", "gedeelde", "duurzame", "regionale",
        "passende", "betaalbare", "zichtbare", "minder versnipperde"};
    private static final String[] WHERE = {"in de regio", "in de wijk", "in Rivierenland", "op de werkvloer",
        "in het onderwijs", "bij de gemeente", "in de keten", "na 2028"};
    private static final String[] UNITS = {"uur/maand", "euro", "fte", "plekken", "euro/jaar", "dagdelen"};
    private static final String[] BLOCKS = {"ambition", "offer", "channels", "relations", "activities", "resources",
        "costs", "revenues", "governance", "branding"};
    private static final String[] ORGANISATIONS = {"Gemeente", "Zorggroep", "ROC", "Woningcorporatie",
        "Werkgeversvereniging", "Jeugdzorg", "Bibliotheek", "GGD", "Sportbedrijf", "UWV"};
    private static final String[] PLACES = {"Tiel", "Culemborg", "Zaltbommel", "Geldermalsen", "Buren", "Maasdriel",
        "Neder-Betuwe", "West Betuwe"};

    private final Random random = new Random(SEED);

    private GeneratedDossier() {
    }

    /** The dossier with {@code n} partners. */
    public static Dossier of(int n) {
        return new GeneratedDossier().make(n);
    }

    private Dossier make(int n) {
        List<Partner> partners = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            partners.add(partner(i));
        }
        List<CanvasNote> notes = new ArrayList<>();
        List<CanvasNote> firstDesign = new ArrayList<>();
        for (int i = 0; i < 2 * n; i++) {
            CanvasNote note = new CanvasNote("n" + i, BLOCKS[i % BLOCKS.length], sentence(), "#ffe680",
                    partners.get(i % n).id());
            notes.add(note);
            // the first design: every fifth note was worded differently, every seventh came later
            if (i % 7 != 0) {
                firstDesign.add(i % 5 == 0 ? new CanvasNote(note.id(), note.blockId(), sentence(), note.colour(),
                        note.partnerId()) : note);
            }
        }
        CanvasSnapshot snapshot = new CanvasSnapshot("s1", "Eerste ontwerp", SnapshotKind.FIRST_DESIGN,
                LocalDate.of(2026, 3, 1), firstDesign, "standaard");
        return new Dossier("benchmark-" + n, "Samenwerking met " + n + " partners", "Jongeren aan het werk",
                "Gemeente Tiel", Route.STEP_PLAN, Openness.OPEN, partners, ambition(partners), notes, Map.of(),
                Map.of(), List.of(), List.of(snapshot));
    }

    private Partner partner(int i) {
        String id = "p" + i;
        String name = ORGANISATIONS[i % ORGANISATIONS.length] + " " + PLACES[(i / ORGANISATIONS.length)
                % PLACES.length] + (i >= ORGANISATIONS.length * PLACES.length ? " " + i : "");
        List<Representative> representatives = List.of(
                new Representative(id + "-r1", "Vertegenwoordiger " + i + "a", "directeur",
                        List.of(Lens.values()[i % 4])),
                new Representative(id + "-r2", "Vertegenwoordiger " + i + "b", "beleidsmedewerker",
                        List.of(Lens.values()[(i + 1) % 4], Lens.values()[(i + 2) % 4])));
        List<Interest> interests = new ArrayList<>();
        for (int k = 0; k < 10; k++) {
            interests.add(new Interest(id + "-i" + k, sentence(), Level.values()[k % 3],
                    random.nextInt(3) == 0 ? Firmness.DEMAND : Firmness.WISH, k == 0));
        }
        List<Position> positions = new ArrayList<>();
        for (int k = 0; k < 5; k++) {
            positions.add(new Position(id + "-pos" + k, "Wij willen " + sentence().toLowerCase(),
                    List.of("Omdat " + sentence().toLowerCase(), "Omdat " + sentence().toLowerCase(),
                            "Omdat " + sentence().toLowerCase()),
                    k < 4 ? List.of(interests.get(k * 2).id()) : List.of()));
        }
        List<CoreValue> values = List.of(new CoreValue(id + "-v0", "Eerlijk over " + pick(WHAT)),
                new CoreValue(id + "-v1", "Geen " + pick(WHO) + " tussen wal en schip"),
                new CoreValue(id + "-v2", "Afspraak is afspraak " + pick(WHERE)));
        List<Contribution> contributions = new ArrayList<>();
        Category[] categories = Category.values();
        for (int k = 0; k < 20; k++) {
            Direction direction = k % 2 == 0 ? Direction.BRING : Direction.GET;
            BigDecimal amount = k % 5 == 4 ? null : BigDecimal.valueOf(1 + random.nextInt(400));
            contributions.add(new Contribution(id + "-c" + k, direction, categories[random.nextInt(categories.length)],
                    capital(pick(HOW) + " " + pick(WHAT) + " voor " + pick(WHO)), amount,
                    amount == null ? "" : pick(UNITS), random.nextInt(4) == 0 ? Firmness.DEMAND : Firmness.WISH));
        }
        return new Partner(id, name, i % 3 == 2 ? Role.CHAIN : Role.CORE, representatives,
                "Essentie: " + sentence().toLowerCase(), interests, positions, values, contributions);
    }

    private Ambition ambition(List<Partner> partners) {
        Ambition ambition = Ambition.NONE;
        String statement = "Samen zorgen voor " + sentence().toLowerCase();
        for (int round = 1; round <= 5; round++) {
            Map<String, Endorsement> endorsements = new LinkedHashMap<>();
            for (Partner p : partners) {
                endorsements.put(p.id(), new Endorsement(Recognition.values()[(round + p.id().length()) % 3],
                        round % 2 == 0 ? "" : "Herkenbaar voor " + pick(WHO)));
            }
            // each round rewords part of the statement, as the facilitator does between rounds
            statement = statement + " en " + pick(HOW) + " " + pick(WHAT) + " " + pick(WHERE);
            ambition = ambition.withVersion(new AmbitionVersion("v" + round, round, LocalDate.of(2026, 1, 1)
                    .plusWeeks(round), statement, "Wij vragen " + sentence().toLowerCase(),
                    List.of(new Fact(random.nextInt(2000) + " " + pick(WHO) + " zonder " + pick(WHAT), "CBS 2025")),
                    endorsements));
        }
        return ambition;
    }

    private String sentence() {
        return capital(pick(HOW) + " " + pick(WHAT) + " voor " + pick(WHO) + " " + pick(WHERE));
    }

    private String pick(String[] words) {
        return words[random.nextInt(words.length)];
    }

    private static String capital(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
