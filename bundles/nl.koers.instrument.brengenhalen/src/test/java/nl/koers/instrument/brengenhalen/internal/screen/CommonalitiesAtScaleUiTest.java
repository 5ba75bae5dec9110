package nl.koers.instrument.brengenhalen.internal.screen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

import nl.koers.domain.Dossier;
import nl.koers.domain.Partner;
import nl.koers.domain.analysis.Match;
import nl.koers.domain.analysis.MatchesShown;
import nl.koers.domain.edit.Edits;
import nl.koers.instrument.api.swt.testing.Robot;
import nl.koers.instrument.api.swt.testing.StepWindow;
import nl.koers.instrument.brengenhalen.internal.ConversationData;
import nl.koers.instrument.brengenhalen.internal.Dossiers;

/**
 * The commonalities of 200 partners, in a real window: an edit changes the rows it touched and keeps the widgets of
 * every other row; a match that stays keeps its row. What is asserted is the structure, not a time: a step that makes
 * its hundreds of rows again on every edit is what the window waited for.
 */
class CommonalitiesAtScaleUiTest {
    private static final int PARTNERS = 200;

    @AutoClose
    private StepWindow window;
    private Robot robot;

    private void open() {
        window = StepWindow.open(new BrengenhalenScreens(), BrengenhalenScreens.STEPS, Ui.PREFIX,
                Dossiers.table(PARTNERS), Locale.of("nl"), false);
        robot = window.robot();
        window.show(4);
        robot.spin();
    }

    @Test
    void aPartnerRenamedChangesTheTextsThatNameItAndKeepsEveryWidget() {
        open();
        Match first = shown().get(0);
        Label sentence = robot.find("match.0");
        Set<Control> before = widgets(window.page(4));
        assertTrue(before.size() > 300, "hundreds of rows: " + before.size());

        Partner p = window.session().dossier().partner(first.bring().partnerId()).orElseThrow();
        window.document().apply(Edits.updatePartner(p.withName("Hernoemd Bedrijf"))).join();
        robot.spin();

        assertTrue(sentence.getText().startsWith("Hernoemd Bedrijf brengt"), sentence.getText());
        assertEquals(0, before.stream().filter(Control::isDisposed).count(), "no widget was disposed");
        assertEquals(before.size(), widgets(window.page(4)).size(), "no widget was made");
    }

    @Test
    void aMatchThatGoesTakesItsRowAndTheMatchesThatStayKeepTheirs() {
        open();
        Map<Match, Label> before = sentences();
        Match first = shown().get(0);

        window.document().apply(Edits.removeContribution(first.bring().partnerId(),
                first.bring().contributionId())).join();
        robot.spin();

        Map<Match, Label> after = sentences();
        assertFalse(after.containsKey(first), "the match is gone");
        assertTrue(before.get(first).isDisposed(), "and its row with it");
        int kept = 0;
        for (Map.Entry<Match, Label> e : after.entrySet()) {
            if (before.containsKey(e.getKey())) {
                assertSame(before.get(e.getKey()), e.getValue(), "a match that stays keeps its row");
                kept++;
            }
        }
        assertTrue(kept >= CommonalitiesStep.PAGE - 10, "most matches stay: " + kept);
    }

    /** The matches the step shows, as it works them out. */
    private List<Match> shown() {
        Dossier d = window.session().dossier();
        return MatchesShown.of(d, 5, false, false, ConversationData.of(d).agreedHere()).matches();
    }

    /** The sentence of every match on screen, by match. */
    private Map<Match, Label> sentences() {
        List<Match> shown = shown();
        Map<Match, Label> out = new LinkedHashMap<>();
        for (int i = 0; i < Math.min(CommonalitiesStep.PAGE, shown.size()); i++) {
            out.put(shown.get(i), robot.find("match." + i));
        }
        return out;
    }

    private static Set<Control> widgets(Control root) {
        Set<Control> out = Collections.newSetFromMap(new IdentityHashMap<>());
        List<Control> todo = new ArrayList<>(List.of(root));
        while (!todo.isEmpty()) {
            Control c = todo.remove(todo.size() - 1);
            out.add(c);
            if (c instanceof Composite composite) {
                todo.addAll(List.of(composite.getChildren()));
            }
        }
        return out;
    }
}
