package nl.koers.instrument.partnermodel.internal.screen;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Canvas;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

import nl.koers.domain.CanvasNote;
import nl.koers.domain.CanvasSnapshot;
import nl.koers.domain.Dossier;
import nl.koers.domain.SnapshotKind;
import nl.koers.instrument.api.figure.Label;
import nl.koers.instrument.api.swt.testing.Robot;
import nl.koers.instrument.api.swt.testing.StepWindow;
import nl.koers.instrument.partnermodel.internal.print.CanvasSheet.Picture;
import nl.koers.instrument.partnermodel.internal.template.TemplateCatalogue;

/**
 * Issue 14 on screen: the comparison of a snapshot with the canvas now, on a real display, for a session with
 * fifteen notes in one block, one note reworded from a long text, one moved and one taken off. Every note, its
 * mark and the note taken off are drawn whole in the painter's font; none is hidden behind "+N meer".
 */
class SnapshotCompareUiTest {
    private static final int SNAPSHOTS = 5;
    private static final String OLD_TEXT = "Een oude, veel langere tekst van deze sticker die in de eerste sessie "
            + "is opgeschreven en later is ingekort tot wat er nu staat";

    @AutoClose
    private StepWindow window;

    @Test
    void aLaptopShowsEveryComparedNoteAndItsMarkWhole() {
        Dossier now = CanvasWallUiTest.session("activities");
        List<CanvasNote> before = new ArrayList<>();
        for (CanvasNote n : now.canvasNotes()) {
            if (n.id().equals("w0")) {
                before.add(new CanvasNote(n.id(), n.blockId(), OLD_TEXT, n.colour(), n.partnerId()));
            } else if (n.id().equals("w1")) {
                before.add(new CanvasNote(n.id(), "resources", n.text(), n.colour(), n.partnerId()));
            } else if (!n.id().equals("w2")) {
                before.add(n);
            }
        }
        CanvasNote gone = new CanvasNote("gone", "activities", "Een sticker die er na de eerste sessie af is gegaan "
                + "omdat niemand hem wilde trekken", "", "");
        before.add(gone);
        Dossier d = now.withCanvasSnapshots(List.of(CanvasSnapshot.of("Eerste ontwerp", SnapshotKind.FIRST_DESIGN,
                LocalDate.of(2026, 3, 3), before, TemplateCatalogue.standardOnly().chosen(now).id())));

        window = StepWindow.open(new PartnermodelScreens(TemplateCatalogue.standardOnly()),
                PartnermodelScreens.STEPS, Ui.PREFIX, d, Locale.of("nl"), false, new Point(1366, 768));
        window.show(SNAPSHOTS);
        Robot robot = new Robot(window.shell().getDisplay(), window.page(SNAPSHOTS), Ui.PREFIX);
        robot.spin();
        Canvas canvas = robot.find("compare.canvas");
        CanvasFigure figure = (CanvasFigure) canvas.getData(CanvasFigure.class.getName());
        Picture p = figure.picture();
        double s = canvas.getSize().x / p.page().size().widthMm();
        List<Label> labels = p.page().shapes().stream().filter(Label.class::isInstance).map(Label.class::cast)
                .toList();
        for (Label l : labels) {
            assertFalse(l.text().matches("\\+\\d+ (meer|more)"), "no note is hidden behind " + l.text());
            CanvasWallUiTest.drawnWhole(false, canvas, l, s);
        }
        for (CanvasNote n : d.canvasNotes()) {
            assertTrue(p.notes().containsKey(n.id()), "note " + n.id() + " is on the comparison");
            Label l = CanvasWallUiTest.labelOf(labels, n.text());
            CanvasWallUiTest.drawnWhole(true, canvas, l, s);
            CanvasWallUiTest.inside(l, p.blocks().get(n.blockId()), n.text());
        }
        CanvasWallUiTest.drawnWhole(true, canvas, CanvasWallUiTest.labelOf(labels, gone.text()), s);
        CanvasWallUiTest.drawnWhole(true, canvas, CanvasWallUiTest.labelOf(labels, "eerder: " + OLD_TEXT), s);
    }
}
