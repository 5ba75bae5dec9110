package nl.koers.instrument.brengenhalen.internal;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import nl.koers.domain.Ambition;
import nl.koers.domain.AmbitionVersion;
import nl.koers.domain.Category;
import nl.koers.domain.Contribution;
import nl.koers.domain.CoreValue;
import nl.koers.domain.Direction;
import nl.koers.domain.Dossier;
import nl.koers.domain.Firmness;
import nl.koers.domain.Interest;
import nl.koers.domain.Level;
import nl.koers.domain.Partner;
import nl.koers.domain.Role;
import nl.koers.store.internal.JsonDossierStore;

/** Dossiers for the tests: the sample that ships with Koers, and tables of 2 to 12 partners made in code. */
public final class Dossiers {
    /** The sample dossier of the workbench, as a facilitator opens it. */
    public static final Path SAMPLE = Path.of("../nl.koers.shell/src/main/resources/samples/"
            + "voorbeeld-jongeren-aan-het-werk.koers");

    private static final String[] NAMES = {"Gemeente Waalstede", "ROC Lingedal",
        "Ondernemersvereniging Waal & Linge", "Jeugdzorg De Overstap", "Woonstichting Rivierzicht",
        "GGD Gelderland-Zuid", "UWV Rivierenland", "Stichting Schuldhulp Betuwe", "Bibliotheek Rivierenland",
        "Sportbedrijf Tiel", "Hogeschool Arnhem en Nijmegen, lectoraat Werk en Welzijn in de Regio",
        "Provincie Gelderland"};
    private static final String[] THINGS = {"Jongerencoaches voor het gezamenlijke loket",
        "Budget voor loonkostensubsidie en scholing", "Kennis van de regionale arbeidsmarkt en de vacatures",
        "Toegang tot het netwerk van werkgevers in techniek en logistiek", "Vertrouwen van gezinnen in de wijk",
        "Een naam als betrouwbare partner in de regio", "Structurele financiering na de pilot",
        "Ruimte voor het casusoverleg"};
    private static final String[] UNITS = {"fte", "euro/jaar", "uur/maand", "bedrijven", "", "", "euro/jaar",
        "keer/maand"};

    private Dossiers() {
    }

    public static Dossier sample() {
        if (!Files.isRegularFile(SAMPLE)) {
            throw new IllegalStateException("the sample dossier is not at " + SAMPLE.toAbsolutePath());
        }
        try {
            return new JsonDossierStore().read(SAMPLE);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * {@code n} partners (at most 12 with names of their own), each with an essence, interests, a core value and
     * three to seven items brought and got, some with amounts; the last name is long. With a shared ambition.
     */
    public static Dossier table(int n) {
        List<Partner> partners = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            List<Contribution> items = new ArrayList<>();
            int count = 3 + (i * 2) % 5;
            for (int j = 0; j < count; j++) {
                int t = (i + j * 3) % THINGS.length;
                Category category = Category.values()[t];
                boolean concrete = !UNITS[t].isEmpty();
                items.add(new Contribution("c" + i + "-" + j, j % 2 == 0 ? Direction.BRING : Direction.GET, category,
                        THINGS[t], concrete ? new BigDecimal(10 + 7 * i + j) : null, UNITS[t],
                        (i + j) % 4 == 0 ? Firmness.DEMAND : Firmness.WISH));
            }
            String name = i < NAMES.length ? NAMES[i] : "Partner " + (i + 1);
            partners.add(new Partner("p" + i, name, i % 3 == 2 ? Role.CHAIN : Role.CORE, List.of(),
                    "Jongeren in de regio een plek geven op school of bij een werkgever, samen met partner " + i + ".",
                    List.of(new Interest("i" + i + "-1", "Minder uitval van jongeren in onze eigen organisatie",
                            Level.ORGANISATION, i % 2 == 0 ? Firmness.DEMAND : Firmness.WISH),
                            new Interest("i" + i + "-2", "Een sterke regionale aanpak die blijft", Level.NETWORK,
                                    Firmness.WISH)),
                    List.of(), List.of(CoreValue.of("Afspraak is afspraak.")), items));
        }
        AmbitionVersion v = new AmbitionVersion("v1", 1, LocalDate.of(2026, 9, 15),
                "In 2029 heeft elke jongere in Rivierenland die dreigt uit te vallen binnen vier weken een vaste "
                        + "begeleider en binnen zes maanden een passende plek.",
                "", List.of(), Map.of());
        return Dossier.titled("Jongeren aan het werk, " + n + " partners").withPartners(partners)
                .withAmbition(new Ambition(List.of(v)));
    }

    /** {@code n} partners who each bring and get far more than a box can hold, with long words and names. */
    public static Dossier overfull(int n) {
        String longText = "Een heel lange omschrijving die maar doorgaat, met bijzinnen en voorbehouden, omdat de "
                + "partner alles wilde opschrijven wat er in de organisatie leeft";
        List<Partner> partners = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            List<Contribution> items = new ArrayList<>();
            for (int j = 0; j < 14; j++) {
                items.add(new Contribution(null, j % 2 == 0 ? Direction.BRING : Direction.GET,
                        Category.values()[j % Category.values().length], j + ". " + longText,
                        new BigDecimal("1234567.89"), "arbeidsmarktregioverbindingsuren/maand",
                        j % 3 == 0 ? Firmness.DEMAND : Firmness.WISH));
            }
            partners.add(new Partner(null, "Stichting Met Een Bijzonder Lange Naam Voor Maatschappelijke Ontwikkeling "
                    + i, Role.CORE, List.of(), "", List.of(), List.of(), List.of(), items));
        }
        return Dossier.titled("Een dossier met een titel die ook niet kort is, zodat ook die moet passen op het vel, "
                + "zelfs als er nog veel meer woorden bij komen dan nodig").withPartners(partners);
    }
}
