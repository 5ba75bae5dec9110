package nl.koers.instrument.partnermodel.internal.screen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Locale;
import java.util.Set;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

import nl.koers.instrument.api.swt.FigurePainter;
import nl.koers.instrument.api.swt.testing.Robot;
import nl.koers.instrument.api.swt.testing.StepWindow;
import nl.koers.instrument.partnermodel.internal.Dossiers;
import nl.koers.instrument.partnermodel.internal.template.TemplateCatalogue;

/**
 * A canvas of many notes in a real window, step after step: each step builds a canvas of its own, and each used to
 * measure every note's text again on the screen (with a thousand partners and two thousand notes, seconds of a
 * frozen window per step, again after F11). The steps share what was measured.
 */
class ManyNotesUiTest {
    @AutoClose
    private StepWindow window;

    @Test
    void aStepBuiltAgainMeasuresNoNoteTheStepsMeasuredBefore() {
        PartnermodelScreens screens = new PartnermodelScreens(TemplateCatalogue.standardOnly());
        window = StepWindow.open(screens, PartnermodelScreens.STEPS, Ui.PREFIX, Dossiers.withNotes(300),
                Locale.of("nl"), false, new Point(1366, 768));
        window.show(1);
        TextWidths widths = screens.widths(window.shell().getDisplay());
        long steps = widths.measured();

        // the page built anew, as the workbench does after F11 and back
        Composite again = new Composite(window.shell(), SWT.NONE);
        screens.createStep(1, again, window.context());
        again.setBounds(window.page(1).getBounds());
        again.layout(true, true);
        window.robot().spin();
        long more = widths.measured() - steps;
        assertTrue(steps > 300, "the steps measure their notes: " + steps);
        assertTrue(more < steps / 20, "the page built again measured " + more + " texts, all steps " + steps);
    }

    @Test
    void everyStepPaintsWithOnePainterThatKeepsTheLinesItBroke() {
        window = StepWindow.open(new PartnermodelScreens(TemplateCatalogue.standardOnly()), PartnermodelScreens.STEPS,
                Ui.PREFIX, Dossiers.withNotes(30), Locale.of("nl"), false, new Point(1366, 768));
        Set<FigurePainter> painters = Collections.newSetFromMap(new IdentityHashMap<>());
        for (int step = 0; step < PartnermodelScreens.STEPS; step++) {
            window.show(step);
            Robot robot = new Robot(window.shell().getDisplay(), window.page(step), Ui.PREFIX);
            Canvas canvas = robot.find(step < PartnermodelScreens.STEPS - 1 ? "canvas" : "compare.canvas");
            painters.add(((CanvasFigure) canvas.getData(CanvasFigure.class.getName())).painter());
        }
        assertEquals(1, painters.size(), "painters for " + PartnermodelScreens.STEPS + " canvases");
    }
}
