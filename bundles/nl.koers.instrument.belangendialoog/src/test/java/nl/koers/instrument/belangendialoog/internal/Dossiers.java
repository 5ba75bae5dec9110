package nl.koers.instrument.belangendialoog.internal;

import java.util.ArrayList;
import java.util.List;

import nl.koers.domain.Category;
import nl.koers.domain.Contribution;
import nl.koers.domain.Dossier;
import nl.koers.domain.Firmness;
import nl.koers.domain.Interest;
import nl.koers.domain.InterestLink;
import nl.koers.domain.Lens;
import nl.koers.domain.Level;
import nl.koers.domain.Partner;
import nl.koers.domain.Position;
import nl.koers.domain.Representative;
import nl.koers.domain.Role;

/** Dossiers for the tests, made in code so every test says what it starts from. */
public final class Dossiers {
    private Dossiers() {
    }

    /**
     * Three partners at the table: interests at every level, two positions with ladders (one without a known
     * interest), people with lenses (nobody wears the relational lens), one shared interest linked, and two
     * demands that contradict each other (a diploma first, or work without one).
     */
    public static Dossier small() {
        Partner gemeente = new Partner("p-gemeente", "Gemeente Waalstede", Role.CORE,
                List.of(new Representative("r-marieke", "Marieke van Doorn", "wethouder",
                        List.of(Lens.POLITICAL, Lens.MEANING)),
                        new Representative("r-ruud", "Ruud Hendriks", "beleidsadviseur", List.of(Lens.UTILITARIAN))),
                "",
                List.of(new Interest("i-g1", "Minder jongeren in de bijstand", Level.ORGANISATION, Firmness.DEMAND),
                        new Interest("i-g2", "Eén regionale aanpak in plaats van vijf projecten", Level.NETWORK,
                                Firmness.WISH),
                        new Interest("i-g3", "Zichtbaar resultaat voor de wethouder", Level.INDIVIDUAL, Firmness.WISH,
                                true)),
                List.of(new Position("pos-g1", "De gemeente houdt de regie over het jongerenloket",
                        List.of("Omdat wij verantwoording afleggen aan de raad",
                                "Omdat de raad alleen blijft investeren als het iets oplevert"),
                        List.of("i-g1"))),
                List.of(),
                List.of(Contribution.bring(Category.MEANS, "Budget voor het jongerenloket")));
        Partner roc = new Partner("p-roc", "ROC Lingedal", Role.CORE,
                List.of(new Representative("r-anouk", "Anouk Verbeek", "directeur", List.of(Lens.MEANING))), "",
                List.of(new Interest("i-r1", "Minder voortijdig schoolverlaters", Level.ORGANISATION, Firmness.DEMAND),
                        new Interest("i-r2", "Een sterke regionale arbeidsmarkt voor onze studenten", Level.NETWORK,
                                Firmness.WISH),
                        new Interest("i-r3", "Vakmensen die onze studenten begeleiden", Level.ORGANISATION,
                                Firmness.WISH),
                        new Interest("i-r4", "Elke student haalt eerst een diploma", Level.ORGANISATION,
                                Firmness.DEMAND)),
                List.of(new Position("pos-r1", "Eerst een diploma, dan pas werk", List.of("Omdat"), List.of())),
                List.of(), List.of(Contribution.bring(Category.KNOWLEDGE, "Maatwerktrajecten")));
        Partner werkgevers = new Partner("p-werkgevers", "Ondernemersvereniging Waal & Linge", Role.CHAIN,
                List.of(new Representative("r-peter", "Peter Janssen", "voorzitter", List.of(Lens.UTILITARIAN))), "",
                List.of(new Interest("i-w1", "Vacatures sneller vervullen", Level.ORGANISATION, Firmness.DEMAND),
                        new Interest("i-w2", "Snel aan het werk, ook zonder diploma", Level.ORGANISATION,
                                Firmness.DEMAND)),
                List.of(), List.of(),
                List.of(Contribution.bring(Category.PEOPLE, "Werkplekbegeleiders")));
        return Dossier.titled("Jongeren aan het werk").withPartners(List.of(gemeente, roc, werkgevers))
                .withInterestLinks(List.of(new InterestLink("l-1", List.of("i-g1", "i-r1"), "Elke jongere een plek")));
    }

    /** {@code n} partners with full rows at every level, many positions with deep ladders and long texts. */
    /** One partner with six long interests at every level among {@code quiet} partners with one short one. */
    public static Dossier oneFullAmongQuiet(int quiet) {
        List<Partner> partners = new ArrayList<>(many(1).partners());
        for (int i = 1; i <= quiet; i++) {
            partners.add(new Partner("q" + i, "Stille partner " + i, Role.CHAIN, List.of(), "",
                    List.of(new Interest("qi" + i, "Kort belang " + i, Level.NETWORK, Firmness.WISH, false)),
                    List.of(), List.of(), List.of()));
        }
        return Dossier.titled("Een volle en vijf stille partners").withPartners(partners);
    }

    public static Dossier many(int n) {
        List<Partner> partners = new ArrayList<>();
        List<InterestLink> links = new ArrayList<>();
        String longText = "een belang dat de partner uitgebreid toelicht, met bijzinnen over de geschiedenis van de "
                + "samenwerking in de regio en over wat de achterban ervan verwacht";
        for (int i = 1; i <= n; i++) {
            List<Interest> interests = new ArrayList<>();
            for (Level level : Level.values()) {
                for (int j = 1; j <= 6; j++) {
                    interests.add(new Interest("i" + i + level.ordinal() + j, j + ". " + longText, level,
                            j % 2 == 0 ? Firmness.DEMAND : Firmness.WISH, j == 3));
                }
            }
            List<Position> positions = new ArrayList<>();
            for (int j = 1; j <= 9; j++) {
                List<String> whys = new ArrayList<>();
                for (int k = 1; k <= j % 6; k++) {
                    whys.add("Omdat " + longText + " (" + k + ")");
                }
                positions.add(new Position("pos" + i + "-" + j, "Standpunt " + j + " van partner " + i + ": "
                        + longText, whys, j % 3 == 0 ? List.of() : List.of(interests.get(j).id())));
            }
            List<Representative> reps = List.of(
                    new Representative("r" + i + "a", "Vertegenwoordiger " + i + "a", "", List.of(Lens.values()[i % 4])),
                    new Representative("r" + i + "b", "Vertegenwoordiger " + i + "b", "", List.of()));
            partners.add(new Partner("p" + i, "Partnerorganisatie nummer " + i + " met een lange naam", Role.CORE,
                    reps, "", interests, positions, List.of(), List.of()));
            if (i > 1) {
                links.add(InterestLink.of("Gedeeld " + i, "i" + (i - 1) + "11", "i" + i + "11"));
            }
        }
        return Dossier.titled("Een dossier met veel partners en een lange titel die ook moet passen")
                .withPartners(partners).withInterestLinks(links);
    }

    /** Words a few partners of {@link #table} share: each is used by about a third of them. */
    private static final String[] TOPICS = {"stageplaatsen", "leerwerkplekken", "begeleiding", "scholing",
        "huisvesting", "financiering", "gegevens", "kennisdeling", "zichtbaarheid", "werkgelegenheid", "gezondheid",
        "veiligheid", "vertrouwen", "capaciteit", "innovatie", "mantelzorg", "vrijwilligers", "wijkteams",
        "docenten", "ouderen", "jongeren", "werkzoekenden", "statushouders", "zorgverleners", "inwoners",
        "ondernemers", "taallessen", "vervoer", "kinderopvang", "schuldhulp"};

    /**
     * A large table: {@code n} partners ("Partner 1", ...), each with one person, five interests whose words a
     * third of the others use too (so the board suggests thousands of pairs), and one position whose interest is
     * not known; the first 30 partners share an interest with their neighbour.
     */
    public static Dossier table(int n) {
        List<Partner> partners = new ArrayList<>();
        List<InterestLink> links = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            List<Interest> interests = new ArrayList<>();
            for (int k = 0; k < 5; k++) {
                interests.add(new Interest("t" + i + "-" + k, "Belang " + TOPICS[(i + k) % TOPICS.length] + " en "
                        + TOPICS[(3 * i + 7 * k + 11) % TOPICS.length], Level.values()[k % 3], Firmness.WISH, false));
            }
            partners.add(new Partner("t" + i, "Partner " + (i + 1), Role.CORE,
                    List.of(new Representative("t" + i + "-r", "Persoon " + (i + 1), "", List.of())), "", interests,
                    List.of(new Position("t" + i + "-pos", "Eerst zien, dan geloven", List.of(), List.of())),
                    List.of(), List.of()));
            if (i > 0 && i < 30) {
                links.add(new InterestLink("tl" + i, List.of("t" + (i - 1) + "-0", "t" + i + "-0"), ""));
            }
        }
        return Dossier.titled("Een grote tafel").withPartners(partners).withInterestLinks(links);
    }
}
