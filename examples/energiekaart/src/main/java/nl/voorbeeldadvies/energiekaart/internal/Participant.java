package nl.voorbeeldadvies.energiekaart.internal;

import java.util.ArrayList;
import java.util.List;

import nl.koers.domain.Dossier;
import nl.koers.domain.Partner;
import nl.koers.domain.Representative;

/** A person at the table: one of a partner's representatives, who marks the themes for themselves. */
public record Participant(String id, String name, String partnerId, String partnerName) {

    /** Everyone at the table, partner by partner, in the order of the dossier. */
    public static List<Participant> of(Dossier dossier) {
        List<Participant> out = new ArrayList<>();
        for (Partner p : dossier.partners()) {
            for (Representative r : p.representatives()) {
                out.add(new Participant(r.id(), r.name().strip(), p.id(), p.name().strip()));
            }
        }
        return List.copyOf(out);
    }
}
