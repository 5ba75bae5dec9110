package nl.koers.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import nl.koers.domain.Texts;

/**
 * What the table says of a row that returns every pair and of a row the screens call: the first shows its pairs
 * and how much they grew instead of a verdict, the second is judged against the floor and the growth goal.
 */
class TableTest {
    private final Texts texts = Benchmarks.texts(Locale.ENGLISH);

    @Test
    void aRowThatReturnsEveryPairShowsThePairsAndNoVerdict() {
        Table table = new Table(List.of(200, 1000), texts);
        table.put("store.parse", 200, 7.0);
        table.put("bringget.matches", 200, 58.0);
        table.put("bringget.matches", 1000, 2500.0);
        table.pairs("bringget.matches", 200, 73_160);
        table.pairs("bringget.matches", 1000, 1_832_222);
        table.put("bringget.best", 200, 3.0);
        table.put("bringget.best", 1000, 30.0);

        List<String> every = row(table, "bringget.matches");
        assertEquals(List.of("58.0 ms (73,160 pairs)", "2.5 s (1,832,222 pairs)", "43.1×",
                texts.get("goal.outputBound"), "pairs ×25.0"), every.subList(1, every.size()));

        List<String> best = row(table, "bringget.best");
        assertEquals("PASS (≤ Jackson)", best.get(4));
        assertEquals("FAIL", best.get(5), "10× is more than the 6× allowed");
        assertFalse(String.join(" ", every).contains("PASS") || String.join(" ", every).contains("FAIL"));
    }

    /** The visit to every item is the floor the analyses' growth is read against: its own growth is no verdict. */
    @Test
    void theVisitToEveryItemShowsItsGrowthAndNoVerdict() {
        Table table = new Table(List.of(200, 1000), texts);
        table.put("store.parse", 200, 7.0);
        table.put(Analyses.VISIT, 200, 0.006);
        table.put(Analyses.VISIT, 1000, 0.055);

        List<String> visit = row(table, Analyses.VISIT);
        assertEquals(List.of("0.01 ms", "0.06 ms", "9.2×", texts.get("goal.visit"), texts.get("goal.visitGrowth")),
                visit.subList(1, visit.size()));
    }

    @Test
    void aChapterThatListsPairsShowsHowManyAndIsStillJudged() {
        Table table = new Table(List.of(200, 1000), texts);
        table.put("report.belangendialoog", 200, 4.0);
        table.put("report.belangendialoog", 1000, 30.0);
        table.pairs("report.belangendialoog", 200, 69);
        table.pairs("report.belangendialoog", 1000, 2_076);

        List<String> chapter = row(table, "report.belangendialoog");
        assertEquals(List.of("4.00 ms (69 contradicting demands)", "30.0 ms (2,076 contradicting demands)", "7.5×",
                "PASS (< 500 ms)", "FAIL (contradicting demands ×30.1)"), chapter.subList(1, chapter.size()));
    }

    @Test
    void aSampleIsAtLeastFiftyMillisecondsOfWork() {
        assertEquals(385, Sampler.repeats(130_000), "a walk of 0.13 ms is repeated");
        assertEquals(1, Sampler.repeats(80_000_000), "a call of 80 ms is one sample");
        assertTrue(Sampler.repeats(0) >= 1);
    }

    private List<String> row(Table table, String key) {
        return table.cells().stream().filter(line -> line.get(0).equals(texts.get("row." + key))).findFirst()
                .orElseThrow();
    }
}
