package nl.koers.instrument.netwerkambitie.internal.screen;

import java.util.Arrays;
import java.util.Locale;
import java.util.function.IntConsumer;

import org.junit.jupiter.api.Test;

import nl.koers.domain.Dossier;
import nl.koers.domain.Partner;
import nl.koers.instrument.api.swt.testing.Robot;
import nl.koers.instrument.api.swt.testing.StepWindow;
import nl.koers.instrument.netwerkambitie.internal.Dossiers;

/**
 * Not a test: prints how long one edit takes to its repaint on each step at 200 partners. Run it by name:
 * {@code mvn verify -pl bundles/nl.koers.instrument.netwerkambitie -Dtest=RepaintTiming}.
 */
class RepaintTiming {
    @Test
    void print() {
        Dossier d = Dossiers.many(200);
        long t0 = System.nanoTime();
        nl.koers.domain.analysis.BringGet.findings(d);
        long t1 = System.nanoTime();
        nl.koers.domain.analysis.MatchesShown.of(d, 5, false, false, java.util.List.of());
        long t2 = System.nanoTime();
        System.out.println("REPAINT analyses: findings " + (t1 - t0) / 1_000_000 + " ms, matches " + (t2 - t1) / 1_000_000
                + " ms");
        Partner first = d.partners().get(0);
        String interest = first.interests().get(0).id();
        String item = first.contributions().get(0).id();
        try (StepWindow window = StepWindow.open(new NetwerkambitieScreens(), 4, Ui.PREFIX, d, Locale.of("nl"),
                false)) {
            Robot robot = window.robot();
            long open = System.nanoTime();
            window.show(0);
            robot.choose("partner", 0);
            time("interests: type into an interest", i -> robot.type("interest." + interest + ".text", "Belang " + i));
            window.show(1);
            time("bring-get: type into a description", i -> robot.type("item." + item + ".description", "Iets " + i));
            long shown = System.nanoTime();
            window.show(2);
            System.out.println("REPAINT exchange shown in " + (System.nanoTime() - shown) / 1_000_000 + " ms");
            time("exchange: confirm a match and undo", i -> {
                robot.click("match.0.confirm");
                robot.waitUntil("confirmed", () -> !window.session().dossier().matchDecisions().isEmpty());
                window.session().undo();
                robot.spin();
            });
            window.show(3);
            time("ambition: type the statement", i -> robot.type("ambition.statement", "Samen " + i));
            System.out.println("total " + (System.nanoTime() - open) / 1_000_000 + " ms");
        }
    }

    private static void time(String what, IntConsumer edit) {
        long[] ms = new long[7];
        for (int i = 0; i < ms.length; i++) {
            long start = System.nanoTime();
            edit.accept(i);
            ms[i] = (System.nanoTime() - start) / 1_000_000;
        }
        long[] sorted = ms.clone();
        Arrays.sort(sorted);
        System.out.println("REPAINT " + what + ": median " + sorted[ms.length / 2] + " ms " + Arrays.toString(ms));
    }
}
