package nl.koers.instrument.belangendialoog.internal.screen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;

import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import nl.koers.domain.Partner;
import nl.koers.domain.Position;
import nl.koers.domain.edit.Edits;
import nl.koers.instrument.api.swt.testing.LayoutCount;
import nl.koers.instrument.api.swt.testing.Robot;
import nl.koers.instrument.api.swt.testing.StepWindow;
import nl.koers.instrument.belangendialoog.internal.Dossiers;

/**
 * The board at 200 partners: an edit that gives one row's sentence another line lays the board out once, at its new
 * height, and moves the rows below. Before, the row's column was laid out, then the scrolling area's new minimum size
 * laid the whole board out again (90-290 ms an edit).
 */
class BoardLinesUiTest {
    private static final int PARTNERS = 200;

    @AutoClose
    private StepWindow window;
    private Robot robot;
    private Composite board;

    @BeforeEach
    void open() {
        window = StepWindow.open(new OneStep(6), 1, Ui.PREFIX, Dossiers.table(PARTNERS), Locale.of("nl"), false);
        robot = window.robot();
        board = (Composite) ((ScrolledComposite) window.page(0).getChildren()[0]).getContent();
    }

    @Test
    void aSentenceThatTakesAnotherLineLaysTheBoardOutOnceAndMovesTheRowsBelow() {
        Label sentence = robot.find("open.0");
        Label below = robot.find("open.1");
        Label last = robot.find("open.19");
        int height = sentence.getSize().y;
        int rowHeight = sentence.getParent().getSize().y;
        int lastY = last.toDisplay(0, 0).y;
        int boardHeight = board.getSize().y;
        LayoutCount layouts = LayoutCount.under(window.page(0));

        Partner p = window.session().dossier().partners().get(0);
        Position position = p.positions().get(0);
        window.document().apply(Edits.updatePosition(p.id(), position.withText(position.text()
                + " en nog veel meer woorden die samen een hele regel vullen".repeat(4)))).join();
        robot.spin();

        int grown = sentence.getSize().y - height;
        assertTrue(grown > 0, "the sentence took another line: " + sentence.getSize());
        assertTrue(below.toDisplay(0, 0).y >= sentence.toDisplay(0, 0).y + sentence.getSize().y,
                "the next row is below it: " + below.getBounds() + " " + sentence.getBounds());
        int rowGrown = sentence.getParent().getSize().y - rowHeight;
        assertTrue(rowGrown > 0, "its row grew: " + sentence.getParent().getSize());
        assertEquals(lastY + rowGrown, last.toDisplay(0, 0).y, "the last row moved down as far as the row grew");
        assertEquals(boardHeight + rowGrown, board.getSize().y, "the board grew as much");
        assertEquals(2, layouts.of(board), "the board measured (from its cache) and laid out once, at its new height");
        assertTrue(layouts.count() <= 8, "only the row's column and what holds it: " + layouts.count());
    }
}
