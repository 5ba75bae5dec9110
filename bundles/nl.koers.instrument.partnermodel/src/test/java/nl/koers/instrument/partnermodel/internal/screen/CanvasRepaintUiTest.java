package nl.koers.instrument.partnermodel.internal.screen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Listener;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

import nl.koers.domain.CanvasNote;
import nl.koers.domain.edit.CanvasEdits;
import nl.koers.instrument.api.figure.Label;
import nl.koers.instrument.api.swt.testing.Robot;
import nl.koers.instrument.api.swt.testing.StepWindow;
import nl.koers.instrument.partnermodel.internal.template.TemplateCatalogue;

/**
 * A note reworded through the document (as from another face) in a real window: the canvas paints that note again,
 * not the wall. Painting every block and every note on each edit is what made an edit wait at hundreds of notes.
 */
class CanvasRepaintUiTest {
    @AutoClose
    private StepWindow window;

    @Test
    void aRewordedNoteIsPaintedAgainAndTheRestOfTheWallIsNot() {
        window = StepWindow.open(new PartnermodelScreens(TemplateCatalogue.standardOnly()), PartnermodelScreens.STEPS,
                Ui.PREFIX, CanvasWallUiTest.session("activities"), Locale.of("nl"), false, new Point(1366, 768));
        window.show(2);
        Robot robot = new Robot(window.shell().getDisplay(), window.page(2), Ui.PREFIX);
        robot.spin();
        Canvas canvas = robot.find("canvas");
        CanvasFigure figure = (CanvasFigure) canvas.getData(CanvasFigure.class.getName());
        Rectangle note = figure.pixels(figure.picture().notes().get("w3"));
        Rectangle seen = canvas.getParent().getClientArea();
        seen.y = -canvas.getLocation().y;
        assertTrue(seen.intersects(note), "the note is in view: " + note + " of " + seen);

        List<Rectangle> painted = new ArrayList<>();
        Listener paints = e -> painted.add(new Rectangle(e.x, e.y, e.width, e.height));
        canvas.addListener(SWT.Paint, paints);
        CanvasNote was = window.session().dossier().canvasNote("w3").orElseThrow();
        // as long as before, in the same lines: the note's own shapes change, nothing moves
        window.document().apply(CanvasEdits.updateNote(new CanvasNote(was.id(), was.blockId(),
                "Leerbanen samen zoeken", was.colour(), was.partnerId()))).join();
        robot.spin();
        robot.waitUntil("the note is painted again", () -> !painted.isEmpty());
        canvas.removeListener(SWT.Paint, paints);

        assertTrue(figure.picture().page().shapes().stream()
                .anyMatch(s -> s instanceof Label l && l.text().equals("Leerbanen samen zoeken")), "reworded");
        Rectangle block = figure.pixels(figure.picture().blocks().get("activities"));
        for (Rectangle r : painted) {
            assertTrue(r.intersects(note), "what is painted covers the note: " + r + " " + note);
            assertEquals(r, r.intersection(grown(block, 20)), "only around the note, within its block: " + r);
        }
    }

    private static Rectangle grown(Rectangle r, int by) {
        return new Rectangle(r.x - by, r.y - by, r.width + 2 * by, r.height + 2 * by);
    }
}
