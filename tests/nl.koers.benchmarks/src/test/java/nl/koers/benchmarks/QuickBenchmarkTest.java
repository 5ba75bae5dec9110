package nl.koers.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.koers.domain.Texts;

/**
 * The quick form of the benchmark, as ./test runs it, so that the benchmark cannot rot: it runs, with real child
 * JVMs, a real window and the assembled bin/koers, and prints every row with a figure in it. It asserts no
 * timings: the numbers are for people to read.
 */
class QuickBenchmarkTest {
    private static final Pattern FIGURE = Pattern.compile("[0-9]+(\\.[0-9]+)? (ms|s|MB)");

    @TempDir
    Path dir;

    @Test
    void theQuickFormPrintsEveryRowWithAFigure() throws Exception {
        Texts texts = Benchmarks.texts(Locale.ENGLISH);
        Path markdown = dir.resolve("benchmark.md");
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        Table table = Benchmarks.run(new Benchmarks.Options(true, Benchmarks.QUICK_SIZES, null, 60, markdown.toString()), texts,
                new PrintStream(printed, true, StandardCharsets.UTF_8));
        String out = printed.toString(StandardCharsets.UTF_8);

        assertTrue(table.complete(), out);
        for (String key : Table.rowKeys()) {
            String label = texts.get("row." + key);
            String row = out.lines().filter(l -> l.startsWith(label + " ")).findFirst()
                    .orElseThrow(() -> new AssertionError("no row " + label + " in\n" + out));
            assertTrue(FIGURE.matcher(row.substring(label.length())).find(), "no figure in: " + row + "\n" + out);
            // with 3 partners nothing may hit the time limit: a measure that never comes back is broken
            assertFalse(row.contains("> "), row + "\n" + out);
        }
        String md = Files.readString(markdown);
        assertEquals(Table.rowKeys().size() + 3, md.lines().filter(l -> l.startsWith("|")).count(), md);
    }

    @Test
    void theGeneratedDossierIsTheSameEveryTimeAndAsLargeAsTheIssueSays() {
        var d = GeneratedDossier.of(50);
        assertEquals(d, GeneratedDossier.of(50));
        assertEquals(50, d.partners().size());
        var p = d.partners().get(7);
        assertEquals(List.of(2, 10, 5, 3, 20), List.of(p.representatives().size(), p.interests().size(),
                p.positions().size(), p.coreValues().size(), p.contributions().size()));
        assertTrue(p.positions().stream().allMatch(pos -> pos.whys().size() == 3));
        assertEquals(5, d.ambition().versions().size());
        assertTrue(d.ambition().versions().stream().allMatch(v -> v.endorsements().size() == 50));
        assertEquals(100, d.canvasNotes().size());
    }

    @Test
    void bothLanguagesHaveEveryText() {
        Texts dutch = Benchmarks.texts(Locale.forLanguageTag("nl"));
        Texts english = Benchmarks.texts(Locale.ENGLISH);
        assertEquals(dutch.keys(), english.keys());
        for (String key : Table.rowKeys()) {
            assertTrue(dutch.has("row." + key) && english.has("row." + key), key);
        }
    }
}
