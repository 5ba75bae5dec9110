package nl.koers.instrument.netwerkambitie.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import nl.koers.domain.Ambition;
import nl.koers.domain.AmbitionVersion;
import nl.koers.domain.Category;
import nl.koers.domain.Contribution;
import nl.koers.domain.Direction;
import nl.koers.domain.Dossier;
import nl.koers.domain.Endorsement;
import nl.koers.domain.Fact;
import nl.koers.domain.Firmness;
import nl.koers.domain.Interest;
import nl.koers.domain.Level;
import nl.koers.domain.Partner;
import nl.koers.domain.Recognition;
import nl.koers.domain.Representative;
import nl.koers.domain.Role;

/** Dossiers for the tests, made in code so every test says what it starts from. */
public final class Dossiers {
    private Dossiers() {
    }

    /** Three partners, filled in: a demand for continuity that nobody brings, and a match on people. */
    public static Dossier small() {
        Partner gemeente = new Partner("p-gemeente", "Gemeente Waalstede", Role.CORE,
                List.of(Representative.of("Marieke van Doorn", "wethouder")), "",
                List.of(new Interest("i-g1", "Minder jongeren in de bijstand", Level.ORGANISATION, Firmness.DEMAND),
                        new Interest("i-g2", "Eén regionale aanpak in plaats van vijf projecten", Level.NETWORK,
                                Firmness.WISH)),
                List.of(), List.of(),
                List.of(new Contribution("c-g1", Direction.BRING, Category.MEANS, "Budget voor het jongerenloket",
                        new BigDecimal("250000"), "euro/jaar", Firmness.WISH),
                        new Contribution("c-g2", Direction.GET, Category.PEOPLE, "Leerbanen voor jongeren",
                                new BigDecimal("40"), "plaatsen/jaar", Firmness.WISH)));
        Partner roc = new Partner("p-roc", "ROC Lingedal", Role.CORE, List.of(), "",
                List.of(new Interest("i-r1", "Minder voortijdig schoolverlaters", Level.ORGANISATION, Firmness.WISH)),
                List.of(), List.of(),
                List.of(new Contribution("c-r1", Direction.BRING, Category.PEOPLE, "Stagebegeleiders",
                        new BigDecimal("2"), "fte", Firmness.WISH),
                        new Contribution("c-r2", Direction.GET, Category.CONTINUITY, "Financiering na 2028", null, "",
                                Firmness.DEMAND)));
        Partner jeugdzorg = new Partner("p-jeugdzorg", "Jeugdzorg De Overstap", Role.CHAIN, List.of(), "", List.of(),
                List.of(), List.of(), List.of());
        return Dossier.titled("Jongeren aan het werk").withPartners(List.of(gemeente, roc, jeugdzorg));
    }

    /**
     * {@link #small()} where two partners bring work places ("leerbanen") that the municipality comes to get, in
     * its unit: two matches, the ROC's closer in amount; the ROC's supervisors in fte match nothing.
     */
    public static Dossier matching() {
        Dossier d = small();
        Partner roc = d.partner("p-roc").orElseThrow();
        Partner jeugdzorg = d.partner("p-jeugdzorg").orElseThrow();
        List<Contribution> rocItems = new ArrayList<>(roc.contributions());
        rocItems.add(new Contribution("c-r3", Direction.BRING, Category.PEOPLE, "Leerbanen bij het ROC",
                new BigDecimal("20"), "plaatsen/jaar", Firmness.WISH));
        return d.withPartner(roc.withContributions(rocItems)).withPartner(jeugdzorg.withContributions(List.of(
                new Contribution("c-j1", Direction.BRING, Category.PEOPLE, "Leerbanen in de zorg",
                        new BigDecimal("10"), "plaatsen/jaar", Firmness.WISH))));
    }

    /** {@link #small()} with two rounds of the ambition, endorsed in the second. */
    public static Dossier withAmbition() {
        Dossier d = small();
        AmbitionVersion one = new AmbitionVersion("v1", 1, LocalDate.of(2026, 3, 2),
                "Samen zorgen dat elke jongere een plek vindt", "We delen gegevens.",
                List.of(new Fact("1.200 jongeren zonder startkwalificatie", "CBS 2025")), Map.of());
        Map<String, Endorsement> endorsements = new LinkedHashMap<>();
        endorsements.put("p-gemeente", new Endorsement(Recognition.YES, "Past bij het coalitieakkoord"));
        endorsements.put("p-roc", new Endorsement(Recognition.PARTLY, "Wij missen de school als plek"));
        AmbitionVersion two = new AmbitionVersion("v2", 2, LocalDate.of(2026, 4, 6),
                "Samen zorgen dat elke jongere in Rivierenland een plek vindt op school of bij een werkgever",
                "We delen gegevens binnen de wet. Elke partner levert een vaste contactpersoon.",
                List.of(new Fact("1.200 jongeren zonder startkwalificatie", "CBS 2025"),
                        new Fact("35% van hen heeft ook schulden", "Regionale monitor 2025")),
                endorsements);
        return d.withAmbition(new Ambition(List.of(one, two)));
    }

    /**
     * {@code n} partners who each endorse the ambition with a remark of a sentence or two, a concretisation of a
     * paragraph and five facts with their sources: a poster with everything on it.
     */
    public static Dossier endorsedBy(int n) {
        List<Partner> partners = new ArrayList<>();
        Map<String, Endorsement> endorsements = new LinkedHashMap<>();
        Recognition[] answers = Recognition.values();
        for (int i = 1; i <= n; i++) {
            Partner p = Partner.of("Partnerorganisatie " + i + " uit de regio", i % 4 == 0 ? Role.CHAIN : Role.CORE);
            partners.add(p);
            endorsements.put(p.id(), new Endorsement(answers[i % answers.length], "Opmerking " + i
                    + ": wij herkennen ons erin als de jongeren zelf meepraten over wat een goede plek is"));
        }
        List<Fact> facts = new ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            facts.add(new Fact("Feit " + i + ": 1.200 jongeren in de regio hebben geen startkwalificatie", "Bron " + i
                    + ", regionale monitor 2025"));
        }
        AmbitionVersion v = new AmbitionVersion("v1", 1, LocalDate.of(2026, 4, 6),
                "Samen zorgen dat elke jongere in Rivierenland binnen drie maanden een plek vindt op school of bij "
                        + "een werkgever",
                "We delen gegevens binnen de wet. Elke partner levert een vaste contactpersoon die mag beslissen. "
                        + "De gemeente betaalt het loket, het ROC de stagebegeleiding, en wie een jongere doorverwijst "
                        + "blijft betrokken tot die jongere een plek heeft.",
                facts, endorsements);
        return Dossier.titled("Jongeren aan het werk").withPartners(partners)
                .withAmbition(new Ambition(List.of(v)));
    }

    /** {@code n} partners, each with a full card, some of it long. */
    public static Dossier many(int n) {
        List<Partner> partners = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            List<Interest> interests = List.of(
                    Interest.of("Eigen belang nummer " + i + " van deze partner, in een zin die best wat langer is",
                            Level.ORGANISATION, Firmness.WISH),
                    Interest.of("De wethouder wil resultaat zien", Level.INDIVIDUAL, Firmness.DEMAND),
                    Interest.of("Een sluitende aanpak in de regio", Level.NETWORK, Firmness.WISH));
            List<Contribution> items = new ArrayList<>();
            for (Category c : Category.values()) {
                items.add(new Contribution(null, i % 2 == 0 ? Direction.BRING : Direction.GET, c,
                        "Iets in " + c.name().toLowerCase() + " van partner " + i, new BigDecimal(i), "uur/maand",
                        c.ordinal() % 3 == 0 ? Firmness.DEMAND : Firmness.WISH));
            }
            partners.add(new Partner("p" + i, "Partnerorganisatie nummer " + i, i % 3 == 0 ? Role.CHAIN : Role.CORE,
                    List.of(), "", interests, List.of(), List.of(), items));
        }
        return Dossier.titled("Twaalf partners en meer").withPartners(partners);
    }

    /**
     * {@code n} partners with cards as full as the benchmark's (issue 15): 10 interests (7 of the partner itself, 3
     * of the network) and 20 items, 10 brought and 10 to get.
     */
    public static Dossier fullCards(int n) {
        List<Partner> partners = new ArrayList<>();
        Category[] categories = Category.values();
        for (int i = 1; i <= n; i++) {
            List<Interest> interests = new ArrayList<>();
            for (int k = 1; k <= 10; k++) {
                interests.add(Interest.of("Belang " + k + " van partner " + i + ": meer stageplaatsen in de regio",
                        k <= 4 ? Level.ORGANISATION : k <= 7 ? Level.INDIVIDUAL : Level.NETWORK,
                        k % 3 == 0 ? Firmness.DEMAND : Firmness.WISH));
            }
            List<Contribution> items = new ArrayList<>();
            for (int k = 0; k < 20; k++) {
                items.add(new Contribution(null, k % 2 == 0 ? Direction.BRING : Direction.GET,
                        categories[k % categories.length], "Item " + k + " van partner " + i + ": begeleiding",
                        new BigDecimal(k + 1), "uur/maand", k % 4 == 0 ? Firmness.DEMAND : Firmness.WISH));
            }
            partners.add(new Partner("p" + i, "Partnerorganisatie nummer " + i, Role.CORE, List.of(), "", interests,
                    List.of(), List.of(), items));
        }
        return Dossier.titled("Volle kaarten").withPartners(partners);
    }

    /** One partner whose card holds far more than an A4 can show. */
    public static Dossier overfull() {
        List<Interest> interests = new ArrayList<>();
        List<Contribution> items = new ArrayList<>();
        String longText = "Een heel lang belang dat maar doorgaat en doorgaat, met veel bijzinnen, omdat de partner "
                + "alles wilde opschrijven wat er in de organisatie leeft, van de raad van bestuur tot de werkvloer, "
                + "en daarbij ook nog de geschiedenis van de samenwerking in de regio vertelt.";
        for (int i = 0; i < 25; i++) {
            interests.add(Interest.of(i + ". " + longText, i % 2 == 0 ? Level.ORGANISATION : Level.NETWORK,
                    i % 3 == 0 ? Firmness.DEMAND : Firmness.WISH));
            items.add(new Contribution(null, i % 2 == 0 ? Direction.BRING : Direction.GET, Category.KNOWLEDGE,
                    i + ". " + longText, new BigDecimal("1234567.89"), "uur/maand", Firmness.WISH));
        }
        Partner p = new Partner("p-vol", "Stichting Met Een Bijzonder Lange Naam Voor Maatschappelijke Ontwikkeling",
                Role.CORE, List.of(), "", interests, List.of(), List.of(), items);
        return Dossier.titled("Een dossier met een titel die ook niet kort is, zodat ook die moet passen")
                .withPartners(List.of(p));
    }
}
