package nl.koers.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.koers.store.internal.JsonDossierStore;

/**
 * The headless measures of every size in one JVM, the sizes taking turns, so that the growth from one to the next
 * is read under one load and one JIT: a real child JVM measures two real dossier files, and every figure lands in
 * its own size's column.
 */
class OneJvmForAllSizesTest {
    @TempDir
    Path dir;

    @Test
    void oneChildMeasuresEverySizeAndEachFigureLandsInItsColumn() throws Exception {
        Map<Integer, Path> files = new LinkedHashMap<>();
        JsonDossierStore store = new JsonDossierStore();
        for (int size : List.of(3, 6)) {
            files.put(size, dir.resolve(size + ".koers"));
            store.write(GeneratedDossier.of(size), files.get(size));
        }
        Table table = new Table(List.of(3, 6), Benchmarks.texts(Locale.ENGLISH));
        Path errors = dir.resolve("errors.log");

        new ChildRun(table, files, 60, errors).run("headless", true, Set.of());

        List<List<String>> cells = table.cells();
        for (String key : List.of("store.read", "store.parse", "suggestions.positionswithoutinterest",
                "report.belangendialoog", "bringget.matches")) {
            List<String> row = cells.stream().filter(l -> l.get(0).equals(Benchmarks.texts(Locale.ENGLISH)
                    .get("row." + key))).findFirst().orElseThrow();
            assertTrue(row.get(1).matches("[0-9.]+ m?s.*") && row.get(2).matches("[0-9.]+ m?s.*"),
                    key + ": " + row + (Files.exists(errors) ? Files.readString(errors) : ""));
        }
        String pairs = cells.stream().filter(l -> l.get(0).startsWith("BringGet.matches")).findFirst().orElseThrow()
                .get(2);
        assertTrue(pairs.contains("pairs"), "the larger dossier's own pairs: " + pairs);
    }

    @Test
    void theSizesTakeTurnsInEveryRoundOfSamples() throws Exception {
        List<Integer> order = new ArrayList<>();
        List<Callable<Object>> calls = List.of(busy(order, 0), busy(order, 1));
        new Sampler(false).medianMillis(calls, new long[] {1_000_000_000L, 1_000_000_000L});

        // no warm-up left (the first calls took a second each), so a sample is one call: seven samples each, in
        // turns, the order reversed every round
        assertEquals(List.of(0, 1, 1, 0, 0, 1, 1, 0, 0, 1, 1, 0, 0, 1), order);
    }

    /** A call of about 10 ms of work that writes down that it ran. */
    private static Callable<Object> busy(List<Integer> order, int which) {
        return () -> {
            order.add(which);
            long end = System.nanoTime() + 10_000_000L;
            long n = 0;
            while (System.nanoTime() < end) {
                n++;
            }
            return n;
        };
    }
}
