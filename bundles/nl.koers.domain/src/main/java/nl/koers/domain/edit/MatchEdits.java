package nl.koers.domain.edit;

import java.util.ArrayList;
import java.util.List;

import nl.koers.domain.Dossier;
import nl.koers.domain.EditRefused;
import nl.koers.domain.EditRefused.Reason;
import nl.koers.domain.MatchDecision;
import nl.koers.domain.MatchDecision.Verdict;

/**
 * The facilitator's word on a match: confirmed by the partners, dismissed as meaningless, or undecided again.
 * One decision per pair of items; a new one replaces the old. Each is taken back with one undo.
 *
 * <p>Both items must be in the dossier; otherwise an {@link EditRefused} names the missing one.
 */
public final class MatchEdits {
    private MatchEdits() {
    }

    public static Edit confirm(String bringId, String getId) {
        return decide("edit.confirmMatch", bringId, getId, Verdict.CONFIRMED);
    }

    public static Edit dismiss(String bringId, String getId) {
        return decide("edit.dismissMatch", bringId, getId, Verdict.DISMISSED);
    }

    /** Takes the decision back: the match is shown as found again. */
    public static Edit undecide(String bringId, String getId) {
        return decide("edit.undecideMatch", bringId, getId, null);
    }

    private static Edit decide(String label, String bringId, String getId, Verdict verdict) {
        return new Edit(label, d -> {
            require(d, bringId);
            require(d, getId);
            List<MatchDecision> out = new ArrayList<>(d.matchDecisions());
            out.removeIf(m -> m.about(bringId, getId));
            if (verdict != null) {
                out.add(new MatchDecision(bringId, getId, verdict));
            }
            return d.withMatchDecisions(out);
        });
    }

    private static void require(Dossier d, String contributionId) {
        if (d.partners().stream().noneMatch(p -> p.hasContribution(contributionId))) {
            throw new EditRefused(Reason.CONTRIBUTION_MISSING, contributionId, "");
        }
    }
}
