package nl.koers.instrument.belangendialoog.internal.screen;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Listener;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.Test;

import nl.koers.instrument.api.swt.testing.Robot;
import nl.koers.instrument.belangendialoog.internal.Dossiers;

/**
 * The board at 200 partners (1,000 interests) as Volgende first shows it: when the analysis lands, its lists come
 * from the top, {@link BoardStep#SLICE} new sentences per dispatch, each slice laid out by itself, so no one go wraps
 * more than a few sentences (each wrapped sentence is several milliseconds of GTK's time when first placed); the
 * search fields above the choices come with the first, laid out with it. The whole board was made and laid out in one
 * go, then a list per dispatch: 20 sentences at once, half a second on arriving and on F11.
 */
class BoardFirstAnalysisUiTest {
    @Test
    void theListsComeAFewSentencesAtATimeWhenTheAnalysisLands() {
        Set<Label> sized = new HashSet<>();
        Listener resized = e -> {
            if (e.widget instanceof Label l && l.getData(Ui.ID) instanceof String id
                    && id.matches(java.util.regex.Pattern.quote(Ui.PREFIX) + "(suggestion|mention|contradiction|open)\\.\\d+")) {
                sized.add(l);
            }
        };
        try (FreshStep board = new FreshStep(Dossiers.table(200), 6, () -> {
        })) {
            board.display.addFilter(SWT.Resize, resized);
            int most = 0;
            long end = System.currentTimeMillis() + 20_000;
            while (System.currentTimeMillis() < end && (board.display.readAndDispatch() || !board.context.idle())) {
                most = Math.max(most, sized.size());
                sized.clear();
            }
            board.display.removeFilter(SWT.Resize, resized);
            assertTrue(most <= BoardStep.SLICE, "sentences sized in one go: " + most);
            Robot robot = board.robot();
            for (String id : new String[] {"suggestion.19", "open.19"}) {
                Label last = robot.find(id);
                assertTrue(last.getSize().y > 0 && !last.getText().isEmpty(), id + " shown: " + last.getBounds());
            }
            Text search = robot.find("link.first.search");
            assertTrue(search.getVisible() && search.getSize().y > 0, "the search field: " + search.getBounds());
        }
    }
}
