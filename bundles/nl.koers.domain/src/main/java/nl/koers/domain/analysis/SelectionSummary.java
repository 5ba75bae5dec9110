package nl.koers.domain.analysis;

import java.util.List;

import nl.koers.domain.Dossier;
import nl.koers.domain.Partner;
import nl.koers.domain.Rating;

/**
 * What partner selection asks of the table as a whole: is the number of partners still workable, which partners
 * have no clear relation with the subject, and where the energy is (it pays to find out fast who really wants to
 * give the collaboration content, so the slowest does not set the pace).
 *
 * @param partners how many partners are at the table
 * @param workable how many the facilitator still finds workable
 * @param unclearRelation partners whose relation with the subject is weak or not judged yet
 * @param energy partners with much energy
 * @param littleEnergy partners with little energy
 */
public record SelectionSummary(int partners, int workable, List<Partner> unclearRelation, List<Partner> energy,
        List<Partner> littleEnergy) {
    /**
     * A rule of thumb for a table that can still talk as one: the source asks for "a workable number" and names
     * none, so the facilitator may pass another.
     */
    public static final int WORKABLE = 8;

    public SelectionSummary {
        unclearRelation = List.copyOf(unclearRelation);
        energy = List.copyOf(energy);
        littleEnergy = List.copyOf(littleEnergy);
    }

    public static SelectionSummary of(Dossier dossier) {
        return of(dossier, WORKABLE);
    }

    public static SelectionSummary of(Dossier dossier, int workable) {
        List<Partner> all = dossier.partners();
        return new SelectionSummary(all.size(), workable,
                all.stream().filter(p -> p.selection().relation() == null || p.selection().relation() == Rating.LOW)
                        .toList(),
                all.stream().filter(p -> p.selection().energy() == Rating.HIGH).toList(),
                all.stream().filter(p -> p.selection().energy() == Rating.LOW).toList());
    }

    /** Whether there are more partners than is workable. */
    public boolean tooMany() {
        return partners > workable;
    }
}
