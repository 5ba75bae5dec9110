package nl.koers.domain.analysis;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import nl.koers.domain.AmbitionVersion;
import nl.koers.domain.CanvasNote;
import nl.koers.domain.Contribution;
import nl.koers.domain.CoreValue;
import nl.koers.domain.Dossier;
import nl.koers.domain.Fact;
import nl.koers.domain.Interest;
import nl.koers.domain.OpenIssue;
import nl.koers.domain.Partner;
import nl.koers.domain.Position;
import nl.koers.domain.Representative;

/**
 * Finds text anywhere in a dossier: partners, representatives, interests, positions and their whys, core values,
 * contributions, the ambition's rounds with their facts and remarks, canvas notes and spannende punten. A text is
 * found when it holds every word of the search, in any order; case and accents do not count, so "cooperatie" finds
 * "Coöperatie". One pass over the dossier, so the time grows with its size and the search's length only.
 */
public final class DossierSearch {
    private final String[] words;
    private final List<Found> found = new ArrayList<>();

    private DossierSearch(String search) {
        this.words = Arrays.stream(Folded.of(search).text().split("\\s+")).filter(w -> !w.isEmpty())
                .toArray(String[]::new);
    }

    /**
     * {@return every place in {@code dossier} whose text holds all words of {@code search}, partners in their order
     * first, then the ambition's rounds (newest first), the canvas and the spannende punten} Nothing for a search
     * without words.
     *
     * @param dossier where to look
     * @param search the words to look for, separated by spaces
     */
    public static List<Found> in(Dossier dossier, String search) {
        DossierSearch s = new DossierSearch(search);
        if (s.words.length > 0) {
            s.look(dossier);
        }
        return List.copyOf(s.found);
    }

    private void look(Dossier dossier) {
        for (Partner p : dossier.partners()) {
            look(Found.Kind.PARTNER, p.id(), p.id(), p.name());
            for (Representative r : p.representatives()) {
                look(Found.Kind.REPRESENTATIVE, p.id(), r.id(), r.name());
                look(Found.Kind.REPRESENTATIVE, p.id(), r.id(), r.function());
            }
            look(Found.Kind.ESSENCE, p.id(), p.id(), p.essence());
            for (Interest i : p.interests()) {
                look(Found.Kind.INTEREST, p.id(), i.id(), i.text());
            }
            for (Position position : p.positions()) {
                look(Found.Kind.POSITION, p.id(), position.id(), position.text());
                for (String why : position.whys()) {
                    look(Found.Kind.WHY, p.id(), position.id(), why);
                }
            }
            for (CoreValue v : p.coreValues()) {
                look(Found.Kind.CORE_VALUE, p.id(), v.id(), v.text());
            }
            for (Contribution c : p.contributions()) {
                look(Found.Kind.CONTRIBUTION, p.id(), c.id(), c.description());
            }
        }
        List<AmbitionVersion> rounds = new ArrayList<>(dossier.ambition().versions());
        rounds.sort((a, b) -> Integer.compare(b.round(), a.round()));
        for (AmbitionVersion round : rounds) {
            look(Found.Kind.AMBITION, "", round.id(), round.statement());
            look(Found.Kind.AMBITION, "", round.id(), round.concretisation());
            for (Fact f : round.facts()) {
                look(Found.Kind.FACT, "", round.id(), f.text());
                look(Found.Kind.FACT, "", round.id(), f.source());
            }
            round.endorsements().forEach((partnerId, e) ->
                    look(Found.Kind.ENDORSEMENT, partnerId, round.id(), e.remark()));
        }
        for (CanvasNote n : dossier.canvasNotes()) {
            look(Found.Kind.CANVAS_NOTE, n.partnerId(), n.id(), n.text());
        }
        for (OpenIssue issue : dossier.openIssues()) {
            look(Found.Kind.OPEN_ISSUE, issue.partnerId(), issue.id(), issue.text());
            look(Found.Kind.OPEN_ISSUE, issue.partnerId(), issue.id(), issue.ownerName());
        }
    }

    private void look(Found.Kind kind, String partnerId, String itemId, String text) {
        if (text == null || text.isEmpty()) {
            return;
        }
        Folded folded = Folded.of(text);
        int first = -1;
        for (String word : words) {
            int at = folded.text().indexOf(word);
            if (at < 0) {
                return;
            }
            if (first < 0) {
                first = at;
            }
        }
        int start = folded.original(first);
        int end = folded.original(first + words[0].length());
        found.add(new Found(kind, partnerId, itemId, text, start, end - start));
    }

    /**
     * A text in lower case without accents, with for each of its characters the place in the original it came from,
     * so a place found in the folded text is a place in what the user typed.
     */
    private record Folded(String text, int[] from, int length) {
        static Folded of(String original) {
            StringBuilder folded = new StringBuilder(original.length());
            int[] from = new int[original.length() + 1];
            int n = 0;
            for (int i = 0; i < original.length(); i++) {
                char c = original.charAt(i);
                String plain = c < 0x80 ? String.valueOf(c)
                        : Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD).replaceAll("\\p{M}", "");
                for (char p : plain.toLowerCase(Locale.ROOT).toCharArray()) {
                    if (n + 1 >= from.length) {
                        from = Arrays.copyOf(from, from.length * 2);
                    }
                    folded.append(p);
                    from[n++] = i;
                }
            }
            from[n] = original.length();
            return new Folded(folded.toString(), from, original.length());
        }

        /** The place in the original of the folded character at {@code at}; the end of the original past the end. */
        int original(int at) {
            return at >= text.length() ? length : from[at];
        }
    }
}
