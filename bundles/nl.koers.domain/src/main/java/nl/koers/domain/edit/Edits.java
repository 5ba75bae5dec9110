package nl.koers.domain.edit;

import java.util.List;

import nl.koers.domain.CanvasNote;
import nl.koers.domain.Dossier;
import nl.koers.domain.Openness;
import nl.koers.domain.Partner;
import nl.koers.domain.Route;

/** The edits every face of Koers offers on a dossier's own details and its partners. */
public final class Edits {
    private Edits() {
    }

    public static Edit details(String title, String theme, String initiator, Route route, Openness openness) {
        return new Edit("edit.details", d -> d.withDetails(title, theme, initiator, route, openness));
    }

    public static Edit addPartner(Partner partner) {
        return new Edit("edit.addPartner", d -> {
            if (d.partner(partner.id()).isPresent()) {
                throw new IllegalArgumentException("partner " + partner.id() + " is already in the dossier");
            }
            return d.withPartner(partner);
        });
    }

    /** Replaces a partner by its new value (same id): name, role, representatives, anything it holds. */
    public static Edit updatePartner(Partner partner) {
        return new Edit("edit.updatePartner", d -> {
            if (d.partner(partner.id()).isEmpty()) {
                throw new IllegalArgumentException("partner " + partner.id() + " is not in the dossier");
            }
            return d.withPartner(partner);
        });
    }

    /**
     * Removes a partner and what it said. Its endorsements of earlier ambition versions stay, as history;
     * canvas notes it contributed stay on the canvas, no longer attributed.
     */
    public static Edit removePartner(String partnerId) {
        return new Edit("edit.removePartner", d -> {
            List<Partner> rest = d.partners().stream().filter(p -> !p.id().equals(partnerId)).toList();
            List<CanvasNote> notes = d.canvasNotes().stream()
                    .map(n -> n.partnerId().equals(partnerId)
                            ? new CanvasNote(n.id(), n.blockId(), n.text(), n.colour(), "")
                            : n)
                    .toList();
            return d.withPartners(rest).withCanvasNotes(notes);
        });
    }

    /** Moves a partner to another place in the order in which partners are shown. */
    public static Edit movePartner(String partnerId, int newIndex) {
        return new Edit("edit.movePartner", d -> {
            var list = new java.util.ArrayList<>(d.partners());
            Partner p = d.partner(partnerId).orElseThrow(
                    () -> new IllegalArgumentException("partner " + partnerId + " is not in the dossier"));
            list.remove(p);
            list.add(Math.max(0, Math.min(newIndex, list.size())), p);
            return d.withPartners(list);
        });
    }

    /** An instrument's own data, kept under its id. */
    public static Edit instrumentData(String instrumentId, Object data) {
        return new Edit("edit.instrumentData", d -> d.withInstrumentData(instrumentId, data));
    }

    /** Convenience for edits that only touch one partner. */
    public static Edit partner(String labelKey, String partnerId, java.util.function.UnaryOperator<Partner> change) {
        return new Edit(labelKey, (Dossier d) -> d.withPartner(change.apply(d.partner(partnerId).orElseThrow(
                () -> new IllegalArgumentException("partner " + partnerId + " is not in the dossier")))));
    }
}
