package nl.koers.instrument.belangendialoog.internal.screen;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import nl.koers.domain.Interest;
import nl.koers.domain.Partner;
import nl.koers.instrument.belangendialoog.internal.Phrases;

/**
 * The line each interest has in the board's choices: its partner, its level and its words. An edit changes one
 * partner and keeps the others as they were (the dossier is immutable), so only the lines of partners that changed
 * are worded again: at 200 partners wording all 2,000 lines was half of what an edit waited for. Used on the
 * background thread that analyses the board, one analysis at a time.
 */
final class ChoiceLines {
    private final Phrases say;
    /** The lines of each partner as the last analysis worded them. */
    private Map<Partner, String[]> kept = new IdentityHashMap<>();

    ChoiceLines(Phrases say) {
        this.say = say;
    }

    /** {@return the lines of the interests of {@code partners}, partner after partner} */
    String[] of(List<Partner> partners) {
        Map<Partner, String[]> now = new IdentityHashMap<>(partners.size() * 2);
        int count = 0;
        for (Partner p : partners) {
            String[] lines = kept.get(p);
            now.put(p, lines != null ? lines : worded(p));
            count += p.interests().size();
        }
        kept = now;
        String[] all = new String[count];
        int n = 0;
        for (Partner p : partners) {
            String[] lines = now.get(p);
            System.arraycopy(lines, 0, all, n, lines.length);
            n += lines.length;
        }
        return all;
    }

    private String[] worded(Partner p) {
        String name = say.name(p);
        List<Interest> interests = p.interests();
        String[] lines = new String[interests.size()];
        for (int i = 0; i < lines.length; i++) {
            Interest interest = interests.get(i);
            lines[i] = say.format("board.choice", name, say.word(interest.level()), say.text(interest));
        }
        return lines;
    }
}
