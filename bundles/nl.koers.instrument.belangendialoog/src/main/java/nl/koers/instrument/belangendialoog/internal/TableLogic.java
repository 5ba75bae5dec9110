package nl.koers.instrument.belangendialoog.internal;

import nl.koers.domain.Dossier;
import nl.koers.instrument.belangendialoog.internal.DialogueData.Logic;

/**
 * The check of the logic of the table (figure 1 of the method): seven characteristics on which a partner acts
 * either in the logic of the hierarchy or in the logic of the network. The texts of the rows are
 * {@code logic.N.hierarchy} and {@code logic.N.network} in the instrument's texts.
 */
public final class TableLogic {
    /** The rows of figure 1. */
    public static final int ROWS = 7;

    /**
     * How a partner scored: on how many rows it acts in the logic of the network, of the hierarchy, and how
     * many rows are still open.
     */
    public record Score(int network, int hierarchy, int open) {
        public boolean complete() {
            return open == 0;
        }

        public boolean started() {
            return open < ROWS;
        }
    }

    private TableLogic() {
    }

    public static Score score(Dossier d, String partnerId) {
        return score(DialogueData.of(d), partnerId);
    }

    /** The score from answers already read: a page of partners reads the dossier's answers once. */
    public static Score score(DialogueData data, String partnerId) {
        int network = 0;
        int hierarchy = 0;
        for (int row = 1; row <= ROWS; row++) {
            Logic answer = data.answer(partnerId, row).orElse(null);
            if (answer == Logic.NETWORK) {
                network++;
            } else if (answer == Logic.HIERARCHY) {
                hierarchy++;
            }
        }
        return new Score(network, hierarchy, ROWS - network - hierarchy);
    }
}
