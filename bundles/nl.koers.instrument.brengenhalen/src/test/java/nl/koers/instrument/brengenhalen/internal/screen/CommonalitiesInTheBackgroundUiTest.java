package nl.koers.instrument.brengenhalen.internal.screen;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

import nl.koers.domain.Firmness;
import nl.koers.domain.Interest;
import nl.koers.domain.Level;
import nl.koers.domain.Partner;
import nl.koers.domain.edit.Edits;
import nl.koers.instrument.api.swt.testing.Robot;
import nl.koers.instrument.api.swt.testing.StepWindow;
import nl.koers.instrument.brengenhalen.internal.Dossiers;

/**
 * The commonalities (shared words, matches, findings, lone demands) compare every partner with every other: they
 * are worked out off the UI thread and drawn when ready, in a real window.
 */
class CommonalitiesInTheBackgroundUiTest {
    @AutoClose
    private StepWindow window;
    private Robot robot;

    private void open() {
        window = StepWindow.open(new BrengenhalenScreens(), BrengenhalenScreens.STEPS, Ui.PREFIX,
                Dossiers.table(12), Locale.of("nl"), false);
        robot = window.robot();
    }

    @Test
    void theCommonalitiesAreWorkedOutOffTheUiThreadAndDrawnWhenReady() throws Exception {
        open();
        window.show(4);
        Display display = window.shell().getDisplay();
        assertTrue(lone().stream().noneMatch(s -> s.contains("zwembad")));

        AutoCloseable held = window.context().holdBackground();
        // a demand whose words nobody else uses
        window.session().apply(Edits.addInterest("p3", new Interest("i-new", "Een eigen zwembad",
                Level.ORGANISATION, Firmness.DEMAND)));
        while (display.readAndDispatch()) {
            // what the UI thread does of the edit, and no more
        }
        assertTrue(lone().stream().noneMatch(s -> s.contains("zwembad")), "the analysis waits for its thread");

        held.close();
        robot.spin();
        assertTrue(lone().stream().anyMatch(s -> s.contains("zwembad")), "and is drawn when ready: " + lone());
    }

    @Test
    void aNameOrAWordChangedReadsAsNowAtOnceAndTheAnalysisOrdersTheListsLater() throws Exception {
        open();
        window.show(4);
        robot.spin();
        Display display = window.shell().getDisplay();
        Label sentence = robot.find("match.0");
        String was = sentence.getText();
        Partner p = window.session().dossier().partners().stream()
                .filter(x -> was.startsWith(x.name().replace("&", "&&") + " brengt")).findFirst().orElseThrow();

        AutoCloseable held = window.context().holdBackground();
        window.session().apply(Edits.updatePartner(p.withName("Hernoemd Bedrijf")));
        while (display.readAndDispatch()) {
            // what the UI thread does of the edit, and no more
        }
        assertTrue(sentence.getText().startsWith("Hernoemd Bedrijf brengt"), "at once: " + sentence.getText());
        held.close();
        robot.spin();
        assertTrue(sentence.getText().startsWith("Hernoemd Bedrijf brengt"), sentence.getText());
    }

    /** The lone demands the step shows. */
    private List<String> lone() {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < CommonalitiesStep.PAGE; i++) {
            robot.all("demand." + i).forEach(c -> out.add(((Label) c).getText()));
        }
        return out;
    }
}
