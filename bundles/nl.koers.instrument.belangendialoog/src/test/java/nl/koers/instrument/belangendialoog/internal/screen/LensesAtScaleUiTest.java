package nl.koers.instrument.belangendialoog.internal.screen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import nl.koers.domain.Dossier;
import nl.koers.domain.Lens;
import nl.koers.domain.Partner;
import nl.koers.domain.edit.Edit;
import nl.koers.instrument.api.swt.testing.LayoutCount;
import nl.koers.instrument.api.swt.testing.Robot;
import nl.koers.instrument.api.swt.testing.StepWindow;
import nl.koers.instrument.belangendialoog.internal.Dossiers;

/**
 * The lenses at 200 partners, in a real window: a name typed into a person's field says the lens heading that names
 * them again. A heading that keeps its number of lines only paints again; laying the profile out for it (every
 * wrapped question measured anew) is what made each keystroke wait. A heading that needs another line still pushes
 * the questions below it down.
 */
class LensesAtScaleUiTest {
    private static final int PARTNERS = 200;

    @AutoClose
    private StepWindow window;
    private Robot robot;
    private Label heading;

    @BeforeEach
    void open() {
        window = StepWindow.open(new OneStep(1), 1, Ui.PREFIX, everyoneWithALens(Dossiers.table(PARTNERS)),
                Locale.of("nl"), false);
        robot = window.robot();
        heading = robot.find("lenses.UTILITARIAN");
        assertTrue(heading.getText().startsWith("Utilitair: Persoon 1 (Partner 1), Persoon 5 (Partner 5)"),
                heading.getText());
    }

    @Test
    void aNameTypedRewordsItsHeadingAndLaysNothingOut() {
        int height = heading.getSize().y;
        LayoutCount layouts = LayoutCount.under(window.page(0));
        robot.type("person.t0-r.name", "Persoon 7");
        assertTrue(heading.getText().startsWith("Utilitair: Persoon 7 (Partner 1), Persoon 5"), heading.getText());
        assertEquals(height, heading.getSize().y, "the same number of lines");
        assertEquals(0, layouts.count(), "a heading that keeps its lines only paints again: no grid laid out");
    }

    @Test
    void aHeadingThatNeedsMoreLinesPushesTheQuestionsDown() {
        Control below = heading.getParent().getChildren()[List.of(heading.getParent().getChildren()).indexOf(heading)
                + 1];
        int height = heading.getSize().y;
        robot.type("person.t0-r.name", "Persoon 1 " + "met een naam die een hele regel vult ".repeat(4));
        assertTrue(heading.getSize().y > height, "the heading grew: " + heading.getSize());
        assertTrue(below.getLocation().y >= heading.getLocation().y + heading.getSize().y,
                "the first question stays below the heading: " + below.getBounds() + " " + heading.getBounds());
        // each lens in a composite of its own: GTK measures again every wrapped label directly in a composite that
        // changes size, so a heading that grows resizes its own lens, not the questions of all four
        for (Lens other : List.of(Lens.POLITICAL, Lens.MEANING, Lens.RELATIONAL)) {
            assertTrue(heading.getParent() != robot.<Label>find("lenses." + other.name()).getParent(),
                    "the utilitarian lens shares its composite with the " + other);
        }
    }

    @Test
    void aProfileThatRewordsEveryHeadingSaysOneHeadingADispatch() throws InterruptedException {
        Map<Lens, String> before = headings();
        // everyone turns to the next lens: every heading names other people
        window.session().apply(new Edit("edit.representative", d -> everyoneWithALens(d, 1)));
        Display display = window.shell().getDisplay();
        Map<Lens, String> last = before;
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (last.entrySet().stream().anyMatch(e -> e.getValue().equals(before.get(e.getKey())))) {
            assertTrue(System.nanoTime() < end, "every heading said again: " + last);
            if (!display.readAndDispatch()) {
                Thread.sleep(2);
            }
            Map<Lens, String> now = headings();
            Map<Lens, String> was = last;
            long changed = now.keySet().stream().filter(lens -> !now.get(lens).equals(was.get(lens))).count();
            assertTrue(changed <= 1, "one heading a dispatch, not " + changed + ": " + now);
            last = now;
        }
        assertTrue(last.get(Lens.UTILITARIAN).startsWith("Utilitair: Persoon 4 (Partner 4)"), last.toString());
    }

    private Map<Lens, String> headings() {
        Map<Lens, String> out = new EnumMap<>(Lens.class);
        for (Lens lens : Lens.values()) {
            out.put(lens, robot.<Label>find("lenses." + lens.name()).getText());
        }
        return out;
    }

    /** Everyone looks through one lens, in turn, so each heading names twelve and counts the rest. */
    private static Dossier everyoneWithALens(Dossier d) {
        return everyoneWithALens(d, 0);
    }

    /** Partner k's people look through lens k + {@code shift}, in the lenses' order. */
    private static Dossier everyoneWithALens(Dossier d, int shift) {
        int lenses = Lens.values().length;
        List<Partner> partners = d.partners().stream().map(p -> p.withRepresentatives(p.representatives().stream()
                .map(r -> r.withLenses(List.of(Lens.values()[(d.partners().indexOf(p) + shift) % lenses])))
                .toList())).toList();
        return d.withPartners(partners);
    }
}
