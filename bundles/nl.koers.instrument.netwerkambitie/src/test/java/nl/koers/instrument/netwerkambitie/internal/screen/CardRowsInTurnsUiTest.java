package nl.koers.instrument.netwerkambitie.internal.screen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Listener;
import org.eclipse.swt.widgets.Widget;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import nl.koers.domain.Interest;
import nl.koers.domain.Partner;
import nl.koers.instrument.api.swt.testing.ClickWindow;
import nl.koers.instrument.api.swt.testing.LayoutCount;
import nl.koers.instrument.api.swt.testing.Robot;
import nl.koers.instrument.netwerkambitie.internal.Dossiers;

/**
 * Steps 1 and 2 built by a click, as the workbench builds a step the first time it is shown (Volgende, F11,
 * Vorige), on partners with full cards: 10 interests and 20 items each, every row a field, two or three choices and
 * a button. Made in the click, they held the window for about 250 ms at every size of the table; now the click makes
 * the rows at the top of the card and each dispatch after it a few more, laying out only those.
 */
class CardRowsInTurnsUiTest {
    /** The rows the kit's editors make in one dispatch (its {@code RowTurns}). */
    private static final int A_DISPATCH = 6;

    private ClickWindow window;
    private Robot robot;

    @AfterEach
    void close() {
        window.close();
    }

    /** Step 1 shows a partner's 10 interests, step 2 its 20 items. */
    @ParameterizedTest(name = "step {0}, projector {1}")
    @CsvSource({"0, false, 10", "0, true, 10", "1, false, 20", "1, true, 20"})
    void theStepMakesAFewRowsInTheClickAndTheRestADispatchAtATime(int step, boolean projector, int items) {
        open(projector);
        Partner first = partner(0);

        window.click(new NetwerkambitieScreens(), step);
        int inTheClick = rows(first);
        int most = mostADispatch(first);

        assertEquals(items, rows(first), "every item has its row");
        // before, all of them in the click
        assertEquals(A_DISPATCH, inTheClick, "rows made in the click");
        assertTrue(most <= A_DISPATCH, "rows made in one dispatch: " + most);
    }

    /**
     * The rows made after the click lay out themselves, not the rows above them (the interests fit in the window,
     * so no scroll bar comes that narrows every row).
     */
    @Test
    void theRowsMadeLaterLeaveTheRowsAboveAsTheyWere() {
        open(false);
        Partner first = partner(0);
        window.click(new NetwerkambitieScreens(), 0);
        Composite firstRow = ((Control) robot.find("interest." + first.interests().get(0).id() + ".text"))
                .getParent();
        LayoutCount passes = LayoutCount.under(window.shell());

        robot.spin();

        assertEquals(10, rows(first));
        // laid out with the whole card, each dispatch measured and placed it again
        assertEquals(0, passes.of(firstRow), "the first row measured or laid out again");
    }

    /**
     * The click lays the new step out once, with the window: the partner list's width, fitted to the names while the
     * step was built, laid the step out a time before it, at no size, and the list and its column were sized twice.
     */
    @ParameterizedTest(name = "step {0}")
    @ValueSource(ints = {0, 1})
    void theClickSizesThePartnerListOnce(int step) {
        open(false);
        Map<Widget, Integer> sized = new HashMap<>();
        Listener count = e -> sized.merge(e.widget, 1, Integer::sum);
        window.shell().getDisplay().addFilter(SWT.Resize, count);
        try {
            window.click(new NetwerkambitieScreens(), step);
        } finally {
            window.shell().getDisplay().removeFilter(SWT.Resize, count);
        }

        Control list = robot.find("partner");
        assertEquals(1, sized.get(list), "times the partner list was sized in the click");
        assertEquals(1, sized.get(list.getParent()), "times its column was sized in the click");
    }

    /** Another partner chosen in the list: its rows come as a step's do, and every one is reached. */
    @ParameterizedTest(name = "projector {0}")
    @ValueSource(booleans = {false, true})
    void anotherPartnerChosenMakesAFewRowsInTheClick(boolean projector) {
        open(projector);
        window.click(new NetwerkambitieScreens(), 1);
        robot.spin();
        org.eclipse.swt.widgets.List partners = robot.find("partner");

        partners.select(1);
        partners.notifyListeners(SWT.Selection, new Event());
        int inTheClick = rows(partner(1));
        robot.spin();

        assertEquals(A_DISPATCH, inTheClick, "rows of the partner chosen made in the click");
        assertEquals(20, rows(partner(1)), "every item of the partner chosen");
        assertEquals(0, rows(partner(0)), "the rows of the partner before are gone");
    }

    private void open(boolean projector) {
        window = ClickWindow.open(Dossiers.fullCards(12), Locale.of("nl"), projector, new Point(1280, 960));
        robot = window.robot(Ui.PREFIX);
    }

    private Partner partner(int index) {
        return window.session().dossier().partners().get(index);
    }

    /** Runs the display a dispatch at a time until it is idle; {@return the most rows one dispatch made} */
    private int mostADispatch(Partner partner) {
        int most = 0;
        int before = rows(partner);
        for (int i = 0; i < 10_000 && window.shell().getDisplay().readAndDispatch(); i++) {
            int now = rows(partner);
            most = Math.max(most, now - before);
            before = now;
        }
        robot.spin();
        return most;
    }

    /** {@return how many of the partner's interests and items have a row on screen} */
    private int rows(Partner partner) {
        List<String> ids = partner.interests().stream().map(Interest::id).map(id -> "interest." + id + ".text")
                .toList();
        int n = 0;
        for (String id : ids) {
            n += robot.all(id).size();
        }
        for (var item : partner.contributions()) {
            n += robot.all("item." + item.id() + ".description").size();
        }
        return n;
    }
}
