package nl.voorbeeldadvies.energiekaart.internal;

import java.util.List;

import nl.koers.domain.Dossier;
import nl.koers.domain.Lens;
import nl.koers.domain.Partner;
import nl.koers.domain.Representative;
import nl.koers.domain.Role;

/** Dossiers for the tests, made in code so every test says who sits at the table. */
public final class Tables {
    private Tables() {
    }

    /** Three partners, four people: two for the municipality, one each for the school and the employers. */
    public static Dossier fourPeople() {
        Partner gemeente = new Partner("p-gemeente", "Gemeente Waalstede", Role.CORE,
                List.of(new Representative("r-marieke", "Marieke van Doorn", "wethouder", List.of(Lens.POLITICAL)),
                        new Representative("r-ruud", "Ruud Hendriks", "beleidsadviseur", List.of())),
                "", List.of(), List.of(), List.of(), List.of());
        Partner roc = new Partner("p-roc", "ROC Lingedal", Role.CORE,
                List.of(new Representative("r-anouk", "Anouk Verbeek", "directeur", List.of())), "", List.of(),
                List.of(), List.of(), List.of());
        Partner werkgevers = new Partner("p-werkgevers", "Ondernemers Waal & Linge", Role.CHAIN,
                List.of(new Representative("r-peter", "Peter Janssen", "voorzitter", List.of())), "", List.of(),
                List.of(), List.of(), List.of());
        return Dossier.titled("Jongeren aan het werk").withPartners(List.of(gemeente, roc, werkgevers));
    }

    /** Werkplekken: two pull it; Taal: only talk; Vervoer: nobody marked anything. */
    public static Dossier marked() {
        Dossier d = after(Tables.fourPeople(), EnergyData.addTheme("Werkplekken"), EnergyData.addTheme("Taal"),
                EnergyData.addTheme("Vervoer"));
        String werk = theme(d, "Werkplekken");
        String taal = theme(d, "Taal");
        return after(d, EnergyData.mark("r-marieke", werk, Involvement.CO_DECIDE), EnergyData.mark("r-peter", werk, Involvement.TAKE_PART),
                EnergyData.mark("r-anouk", werk, Involvement.THINK_ALONG), EnergyData.mark("r-ruud", werk, Involvement.KNOW),
                EnergyData.mark("r-marieke", taal, Involvement.THINK_ALONG), EnergyData.mark("r-anouk", taal, Involvement.THINK_ALONG),
                EnergyData.mark("r-peter", taal, Involvement.KNOW));
    }

    /** Applies edits one after the other, as a session would. */
    public static Dossier after(Dossier d, nl.koers.domain.edit.Edit... edits) {
        Dossier out = d;
        for (var e : edits) {
            out = e.applyTo(out);
        }
        return out;
    }

    /** The id of the theme with that name. */
    public static String theme(Dossier d, String name) {
        return EnergyData.of(d).themes().stream().filter(t -> t.name().equals(name)).findFirst().orElseThrow().id();
    }
}
