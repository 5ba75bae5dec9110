package nl.koers.instrument.belangendialoog.internal.screen;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.Supplier;

import nl.koers.domain.Dossier;
import nl.koers.domain.Partner;
import nl.koers.domain.analysis.CategoryMention;
import nl.koers.domain.analysis.ContributionRef;
import nl.koers.domain.analysis.InterestRef;
import nl.koers.domain.analysis.PositionRef;
import nl.koers.instrument.belangendialoog.internal.Phrases;

/**
 * What the board's rows say: a suggestion, a tension, an open position, in the partners' newest words. What the
 * analysis found comes from the dossier it saw, but a sentence reads the newest dossier, so an edit shows at once in
 * the rows that name it while the next analysis is worked out; a partner, interest or position that went since is
 * read as the analysis saw it until the analysis that drops it lands.
 */
final class BoardSentences {
    /** Partners a suggestion names; the rest it counts. */
    private static final int NAMED = 12;

    private final Phrases say;
    private final Supplier<Dossier> newest;
    private final Supplier<Dossier> analysed;

    BoardSentences(Phrases say, Supplier<Dossier> newest, Supplier<Dossier> analysed) {
        this.say = say;
        this.newest = newest;
        this.analysed = analysed;
    }

    /** Two interests and the words they share: worded alike, or contradicting each other. */
    String pair(String key, InterestRef first, InterestRef second, List<String> words) {
        return say.format(key, interest(first), interest(second), say.quoted(words));
    }

    String mention(CategoryMention m) {
        // at hundreds of partners the sentence would be a page long: the first few by name, and how many more; only
        // those few are looked up (a look-up walks the table)
        List<String> ids = m.brought().stream().map(ContributionRef::partnerId).distinct().toList();
        List<String> who = new ArrayList<>(ids.stream().limit(NAMED).map(id -> say.name(partner(id, p -> true)))
                .toList());
        if (ids.size() > NAMED) {
            who.add(say.format("board.mention.more", ids.size() - NAMED));
        }
        return say.format("board.mention", interest(m.interest()), say.word(m.category()), say.joined(who),
                say.format("quoted", m.word()));
    }

    String openPosition(PositionRef ref) {
        Optional<Partner> p = partner(ref.partnerId(), x -> x.position(ref.positionId()).isPresent());
        String position = p.flatMap(x -> x.position(ref.positionId())).map(say::text).orElse("");
        return say.format("board.openPosition", say.name(p), position);
    }

    private String interest(InterestRef ref) {
        return say.interestOf(partner(ref.partnerId(), p -> p.hasInterest(ref.interestId())), ref.interestId());
    }

    /** The partner as the newest dossier has it when it still {@code holds} what is named; else as analysed. */
    private Optional<Partner> partner(String partnerId, Predicate<Partner> holds) {
        Optional<Partner> now = newest.get().partner(partnerId).filter(holds);
        return now.isPresent() ? now : analysed.get().partner(partnerId);
    }
}
