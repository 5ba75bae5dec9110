package nl.koers.instrument.partnermodel.internal.screen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

import nl.koers.domain.CanvasNote;
import nl.koers.domain.CanvasSnapshot;
import nl.koers.domain.Dossier;
import nl.koers.domain.SnapshotKind;
import nl.koers.document.DocumentView;
import nl.koers.instrument.api.swt.testing.Robot;
import nl.koers.instrument.api.swt.testing.StepWindow;
import nl.koers.instrument.partnermodel.internal.Dossiers;
import nl.koers.instrument.partnermodel.internal.template.TemplateCatalogue;

/**
 * The canvas in a real SWT window on a real display (Xvfb in CI), against a real dossier session: a note is
 * stuck on, dragged to another block with real mouse events, moved back with Ctrl+Z, moved with the keyboard,
 * and a snapshot is taken and compared. Without a display these tests fail: they are never skipped.
 */
class PartnermodelScreensUiTest {
    private static final Locale NL = Locale.of("nl");

    /** The dossier as the screens change it: what the tests check. */
    private DocumentView session;
    private Display display;
    /** One page per step, as the workbench gives them. */
    @AutoClose
    private StepWindow window;

    private void open(Dossier start, boolean projector) {
        PartnermodelScreens screens = new PartnermodelScreens(TemplateCatalogue.standardOnly());
        assertEquals("partnermodel", screens.instrumentId());
        window = StepWindow.open(screens, PartnermodelScreens.STEPS, Ui.PREFIX, start, NL, projector,
                new Point(1600, 1000));
        session = window.session();
        display = window.shell().getDisplay();
        assertThrows(IllegalArgumentException.class,
                () -> screens.createStep(6, new Composite(window.shell(), 0), window.context()));
        window.shell().forceActive();
    }

    /** A robot on the page of the step only: every step has its own canvas with the same ids. */
    private Robot show(int step) {
        window.show(step);
        return new Robot(display, window.page(step), Ui.PREFIX);
    }

    private static CanvasFigure figure(Robot robot) {
        Canvas c = robot.find("canvas");
        return (CanvasFigure) c.getData(CanvasFigure.class.getName());
    }

    /** Opens a choice of partner and chooses the name in row {@code row} as Enter does. */
    private static void choosePartner(Robot robot, String id, int row) {
        Control button = robot.find(id);
        PartnerPicker picker = (PartnerPicker) button.getData(PartnerPicker.class.getName());
        button.notifyListeners(SWT.Selection, new Event());
        robot.spin();
        picker.list().setSelection(row);
        picker.list().notifyListeners(SWT.DefaultSelection, new Event());
        robot.spin();
    }

    private String blockOf(String noteId) {
        return session.dossier().canvasNote(noteId).orElseThrow().blockId();
    }

    private void post(int type, int x, int y) {
        Event e = new Event();
        e.type = type;
        e.x = x;
        e.y = y;
        e.button = 1;
        assertTrue(display.post(e), "the display takes the event");
    }

    /** Drags with real mouse events, as a hand does: press, move in steps, release. */
    private void drag(Robot robot, Rectangle from, Rectangle to) {
        int x0 = from.x + from.width / 2;
        int y0 = from.y + from.height / 2;
        int x1 = to.x + to.width / 2;
        int y1 = to.y + to.height * 3 / 4;
        post(SWT.MouseMove, x0, y0);
        robot.spin();
        post(SWT.MouseDown, x0, y0);
        robot.spin();
        for (int i = 1; i <= 10; i++) {
            post(SWT.MouseMove, x0 + (x1 - x0) * i / 10, y0 + (y1 - y0) * i / 10);
            robot.spin();
        }
        post(SWT.MouseUp, x1, y1);
        robot.spin();
    }

    @Test
    void addANoteDragItUndoAndTakeASnapshot() {
        open(Dossiers.small(), false);
        Robot robot = show(2);
        assertTrue(robot.missingTexts().isEmpty(), () -> robot.missingTexts().toString());
        assertEquals("Aanbod en propositie", ((Combo) robot.find("note.newBlock")).getText(),
                "a new note goes to the first block of the step");

        // stick a note on the offer
        robot.fill("note.new", "Gezamenlijke werkgeversdag in het voorjaar");
        choosePartner(robot, "note.newPartner", 2);
        robot.click("note.add");
        Dossier d = session.dossier();
        assertEquals(5, d.canvasNotes().size());
        CanvasNote added = d.canvasNotes().get(4);
        assertEquals("offer", added.blockId());
        assertEquals(d.partners().get(1).id(), added.partnerId());
        CanvasFigure figure = figure(robot);
        assertEquals(added.id(), figure.selected().orElseThrow(), "the new note is selected");

        // drag it to the channels with the mouse
        robot.waitUntil("the note is drawn", () -> figure.onDisplay(added.id()).isPresent());
        drag(robot, figure.onDisplay(added.id()).orElseThrow(), figure.blockOnDisplay("channels").orElseThrow());
        robot.waitUntil("the note moved to the channels", () -> blockOf(added.id()).equals("channels"));
        assertEquals("edit.moveCanvasNote", session.undoLabel().orElseThrow());
        assertEquals(5, session.dossier().canvasNotes().size(), "moved, not copied");

        // Ctrl+Z puts it back
        session.undo();
        robot.spin();
        assertEquals("offer", blockOf(added.id()));

        // with the keyboard: Alt+Down goes from the offer to the ambition below it
        figure.select(added.id());
        Event alt = new Event();
        alt.keyCode = SWT.ARROW_DOWN;
        alt.stateMask = SWT.ALT;
        figure.canvas.notifyListeners(SWT.KeyDown, alt);
        robot.spin();
        assertEquals("ambition", blockOf(added.id()));
        // and with the choice beside the canvas
        robot.choose("note.block", robot.indexOf("note.block", "Kanalen"));
        assertEquals("channels", blockOf(added.id()));
        session.undo();
        session.undo();
        robot.spin();
        assertEquals("offer", blockOf(added.id()));
        assertEquals("Aanbod en propositie", ((Combo) robot.find("note.block")).getText(), "the panel follows undo");

        // a snapshot of the first design
        Robot snapshots = show(5);
        assertTrue(snapshots.missingTexts().isEmpty(), () -> snapshots.missingTexts().toString());
        snapshots.fill("snapshot.name", "Na de eerste sessie");
        snapshots.choose("snapshot.kind", 0);
        snapshots.click("snapshot.takeButton");
        List<CanvasSnapshot> taken = session.dossier().canvasSnapshots();
        assertEquals(1, taken.size());
        assertEquals("Na de eerste sessie", taken.get(0).name());
        assertEquals(SnapshotKind.FIRST_DESIGN, taken.get(0).kind());
        assertEquals(session.dossier().canvasNotes(), taken.get(0).notes());
        assertEquals("standaard", taken.get(0).templateId());
        assertEquals("Geen verschillen.", ((Label) snapshots.find("compare.summary")).getText());

        // the canvas changes after it: the comparison with the canvas now shows it
        show(2);
        robot.choose("note.block", robot.indexOf("note.block", "Kanalen"));
        show(5);
        assertEquals("0 nieuw, 1 verplaatst, 0 herschreven, 0 weggehaald",
                ((Label) snapshots.find("compare.summary")).getText());
        CanvasFigure compare = (CanvasFigure) snapshots.find("compare.canvas").getData(CanvasFigure.class.getName());
        assertTrue(compare.picture().notes().containsKey(added.id()));
        session.undo();
        assertTrue(session.dossier().canvasSnapshots().size() == 1, "undoing the move keeps the snapshot");
    }

    @Test
    void deleteAndRewordFromTheKeyboardAndPanel() {
        open(Dossiers.small(), false);
        Robot robot = show(3);
        CanvasFigure figure = figure(robot);
        figure.select("n3");
        robot.spin();
        robot.type("note.text", "Stuurgroep met vaste voorzitter");
        assertEquals("Stuurgroep met vaste voorzitter", session.dossier().canvasNote("n3").orElseThrow().text());
        Event del = new Event();
        del.keyCode = SWT.DEL;
        figure.canvas.notifyListeners(SWT.KeyDown, del);
        robot.spin();
        assertTrue(session.dossier().canvasNote("n3").isEmpty());
        assertFalse(robot.<Combo>find("note.block").isEnabled(), "nothing selected after the note went");
        session.undo();
        assertTrue(session.dossier().canvasNote("n3").isPresent());
    }

    @Test
    void zoomAndTemplateChoiceAndProjector() {
        open(Dossiers.small(), true);
        Robot robot = show(0);
        assertFalse(robot.find("note.new").isVisible(), "in projector mode the canvas takes the whole width");
        CanvasFigure figure = figure(robot);
        robot.click("zoom.fit");
        int width = figure.canvas.getSize().x;
        assertTrue(width <= figure.scrolled.getClientArea().width, "the whole canvas in view");
        robot.click("zoom.in");
        assertEquals(125, Math.round(figure.zoom().value() * 100));
        assertTrue(figure.canvas.getSize().x > width);
        Event ctrl0 = new Event();
        ctrl0.character = '0';
        ctrl0.stateMask = SWT.MOD1;
        figure.canvas.notifyListeners(SWT.KeyDown, ctrl0);
        assertEquals(width, figure.canvas.getSize().x);
        assertEquals("100 %", robot.<Label>find("zoom.level").getText());
        assertEquals(1, robot.<Combo>find("template").getItemCount());
        assertEquals("Partnermodel Canvas", robot.<Combo>find("template").getText());
        assertFalse(robot.find("template.problems").isVisible(), "no problems to tell");
    }

    @Test
    void notesOfAnotherCanvasAreKeptAndSaidSo() {
        Dossier d = Dossiers.small();
        java.util.List<CanvasNote> notes = new java.util.ArrayList<>(d.canvasNotes());
        notes.add(new CanvasNote("elsewhere", "firma.eigenBlok", "Van een ander canvas", "", ""));
        open(TemplateCatalogue.choose("firma.vierluik").applyTo(d.withCanvasNotes(notes)), false);
        Robot robot = show(1);
        Label problems = robot.find("template.problems");
        assertTrue(problems.isVisible());
        assertTrue(problems.getText().contains("\u201cfirma.vierluik\u201d"), problems.getText());
        assertTrue(problems.getText().contains("E\u00e9n notitie staat op een bouwsteen die dit canvas niet heeft"),
                problems.getText());
        assertFalse(figure(robot).picture().notes().containsKey("elsewhere"));
        assertEquals(5, session.dossier().canvasNotes().size(), "nothing is thrown away");
    }
}
