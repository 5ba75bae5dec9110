package nl.koers.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.junit.jupiter.api.Test;

import nl.koers.domain.Texts;
import nl.koers.instrument.api.InstrumentDescriptor;
import nl.koers.shell.internal.BenchmarkWindow;

/**
 * The walk pages through the real window's instrument tab, not a copy of it: after each click the tab's own heading
 * says the step the walk meant, in projector mode after F11, then each tab comes to the front; the print previews
 * open, and every row gets its figure.
 */
class WalkStepsUiTest {
    private static final Locale DUTCH = Locale.of("nl");

    @Test
    void theWalkPagesTheWindowsOwnInstrumentTab() throws Exception {
        List<String> seen = new ArrayList<>();
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        new WalkSteps(seen::add).run(GeneratedDossier.of(3), Set.of(),
                new Report(new PrintStream(printed, true, StandardCharsets.UTF_8)));

        Texts window = Texts.load("nl.koers.shell.internal.Messages", DUTCH, BenchmarkWindow.class.getClassLoader());
        List<String> expected = new ArrayList<>();
        List<String> switched = new ArrayList<>();
        for (WalkSteps.Walk walk : WalkSteps.all()) {
            InstrumentDescriptor described = walk.instrument().get().describe(DUTCH);
            int steps = described.steps().size();
            List<String> headings = new ArrayList<>();
            for (int i = 0; i < steps; i++) {
                headings.add(window.format("step.heading", i + 1, steps, described.steps().get(i).title()));
            }
            expected.addAll(headings);
            expected.add("F11 " + headings.get(steps - 1));
            expected.add(headings.get(steps - 1));
            for (int i = steps - 2; i >= 0; i--) {
                expected.add(headings.get(i));
            }
            switched.add(headings.get(0));
        }
        // then each tab brought to the front, on the first step the walk left it at
        expected.addAll(switched);
        assertEquals(expected, seen);
        String out = printed.toString(StandardCharsets.UTF_8);
        for (String key : Table.rowKeys().stream().filter(k -> k.startsWith("walk.")).toList()) {
            assertTrue(out.contains(Report.RESULT + "\t" + key + "\t"), key + " has no figure in\n" + out);
        }
    }
}
