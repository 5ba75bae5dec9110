package nl.koers.instrument.partnermodel.internal.screen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Event;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

import nl.koers.instrument.api.swt.testing.Robot;
import nl.koers.instrument.api.swt.testing.StepWindow;
import nl.koers.instrument.partnermodel.internal.Dossiers;
import nl.koers.instrument.partnermodel.internal.print.CanvasSheet.Picture;
import nl.koers.instrument.partnermodel.internal.template.TemplateCatalogue;

/**
 * The comparison of the snapshot step laid out again (the same pictures chosen again, as an edit elsewhere does):
 * its blocks were planned already, so no note's lines are broken anew. A fresh wall each time planned all 13
 * blocks and broke the lines of all 400 notes again.
 */
class ComparisonPlansUiTest {
    private static final int SNAPSHOTS = 5;

    @AutoClose
    private StepWindow window;

    @Test
    void layingTheComparisonOutAgainBreaksNoNoteAnew() {
        PartnermodelScreens screens = new PartnermodelScreens(TemplateCatalogue.standardOnly());
        window = StepWindow.open(screens, PartnermodelScreens.STEPS, Ui.PREFIX, Dossiers.generated(200),
                Locale.of("nl"), false, new Point(1366, 768));
        window.show(SNAPSHOTS);
        Robot robot = new Robot(window.shell().getDisplay(), window.page(SNAPSHOTS), Ui.PREFIX);
        robot.spin();
        CanvasFigure figure = (CanvasFigure) robot.<Canvas>find("compare.canvas").getData(CanvasFigure.class.getName());
        Picture first = figure.picture();
        TextWidths widths = screens.widths(window.shell().getDisplay());
        long asked = widths.asked();

        Combo after = robot.find("compare.after");
        after.notifyListeners(SWT.Selection, new Event());
        robot.spin();

        // drawn again: the title, the subtitle, the legend and each block's name, ambition and partners; no note
        long again = widths.asked() - asked;
        assertTrue(again < 100, "line breaks asked for again, with 400 notes: " + again);
        assertEquals(first, figure.picture());
    }
}
