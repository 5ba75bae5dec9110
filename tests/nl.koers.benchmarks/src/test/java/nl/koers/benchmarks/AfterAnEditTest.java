package nl.koers.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.junit.jupiter.api.Test;

import nl.koers.domain.Dossier;
import nl.koers.domain.analysis.MatchRanking;

/**
 * The "after an edit" rows, with the sizes taking turns in one JVM: each dossier keeps its own ranking, as each
 * screen does, so a turn ranks again only the bucket of the edited item, not a whole other dossier.
 */
class AfterAnEditTest {
    @Test
    void eachDossierKeepsItsOwnRankingWhileTheSizesTakeTurns() {
        Dossier small = GeneratedDossier.of(3);
        Dossier large = GeneratedDossier.of(6);
        List<MatchRanking> seen = new ArrayList<>();
        List<Integer> partners = new ArrayList<>();
        Function<Dossier, Object> call = Analyses.afterAnEdit((ranking, edited) -> {
            seen.add(ranking);
            partners.add(edited.partners().size());
            return ranking.best(edited, 5, false);
        });

        for (Dossier d : List.of(small, large, small, large)) {
            call.apply(d);
        }

        assertEquals(List.of(3, 6, 3, 6), partners, "each call edits the dossier it is given");
        assertSame(seen.get(0), seen.get(2), "the small dossier's ranking is kept between its turns");
        assertSame(seen.get(1), seen.get(3), "the large dossier's ranking is kept between its turns");
        assertNotSame(seen.get(0), seen.get(1), "one ranking for both would rank a whole dossier at every turn");
    }
}
