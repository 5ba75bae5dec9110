package nl.koers.instrument.partnermodel.internal.screen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;

import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import nl.koers.domain.Dossier;
import nl.koers.instrument.api.swt.WorkContext;
import nl.koers.instrument.api.swt.testing.ClickWindow;
import nl.koers.instrument.api.swt.testing.LayoutCount;
import nl.koers.instrument.partnermodel.internal.Dossiers;
import nl.koers.instrument.partnermodel.internal.Phrases;
import nl.koers.instrument.partnermodel.internal.template.TemplateCatalogue;

/**
 * The first canvas step of a thousand partners (2,000 notes), on a laptop and after F11 on the projector, in a real
 * window: the click that builds the step measures none of the notes' text (it did all 7,000 pieces, and laid them
 * out, holding the window for 0.2-0.4 s); the turns of the event loop after it measure and lay out, each for a
 * slice of time, and the canvas they end with is the one laid out in one go.
 */
class CanvasInTurnsUiTest {
    private static final int PARTNERS = 1000;
    private final Display display = Display.getDefault();
    private ClickWindow window;

    @AfterEach
    void close() {
        if (window != null) {
            window.close();
        }
    }

    @Test
    void aLaptopMeasuresTheNotesOverSeveralTurns() {
        inTurns(false);
    }

    @Test
    void theProjectorMeasuresTheNotesOverSeveralTurns() {
        inTurns(true);
    }

    @Test
    void aSliceThatEndedMeasuresAHundredPiecesAndTheNextFindsThem() {
        TextWidths widths = new TextWidths(display);
        try {
            widths.slice(0);
            int measured = 0;
            try {
                for (; measured < 1000; measured++) {
                    widths.width(12, "Sticker " + measured);
                }
            } catch (TextWidths.Later later) {
                // the slice ended
            }
            assertEquals(100, measured);
            widths.slice(0);
            for (int i = 0; i < 100; i++) {
                widths.width(12, "Sticker " + i);
            }
            assertEquals(100, widths.measured(), "found, not measured again");
            widths.unlimited();
            widths.width(12, "Sticker 1000");
            assertEquals(101, widths.measured());
        } finally {
            widths.dispose();
        }
    }

    /**
     * The click lays the step out once, when the window places the new page: the step laid its half-built page out
     * for the note panel and again for the template's problems, so GTK sized its labels twice (a quarter
     * of a click that froze the window 0.3-1.2 s walking the steps at 200 partners).
     */
    @Test
    void theClickSizesEachLabelOfACanvasStepOnce() {
        for (boolean projector : new boolean[] {false, true}) {
            window = ClickWindow.open(Dossiers.generated(12), Locale.of("nl"), projector, new Point(1366, 768));
            LayoutCount count = LayoutCount.under(window.shell());

            Composite page = window.click(new PartnermodelScreens(TemplateCatalogue.standardOnly()), 0);

            assertEquals(1, count.mostSizings(page), projector ? "on the projector" : "on the laptop");
            window.close();
            window = null;
        }
    }

    /**
     * A step out of view is not laid out when the window gives the pages behind the one shown a new size (the
     * workbench's pages all take the room under a header whose height changes per step): it is laid out once shown
     * again, to the same picture as a canvas laid out at that size in one go. Before, each Volgende laid the step
     * just left out again, in the click.
     */
    @Test
    void aCanvasOutOfViewIsLaidOutWhenShownAgainNotWhenResized() {
        Dossier d = Dossiers.generated(200);
        window = ClickWindow.open(d, Locale.of("nl"), false, new Point(1366, 768));
        PartnermodelScreens screens = new PartnermodelScreens(TemplateCatalogue.standardOnly());
        TextWidths widths = screens.widths(display);
        Composite page = window.click(screens, 0);
        CanvasFigure figure = (CanvasFigure) window.robot(Ui.PREFIX).<Canvas>find("canvas")
                .getData(CanvasFigure.class.getName());
        until(() -> figure.picture().notes().size() == 2 * 200);
        Wall.View before = figure.view();
        long asked = widths.asked();

        // as the window's stack does on Volgende: the step just left gets the new size, then it is hidden
        window.shell().setSize(1280, 700);
        window.shell().layout(true, true);
        page.setVisible(false);
        window.robot(Ui.PREFIX).spin();

        assertEquals(before, figure.view(), "laid out while out of view");
        assertEquals(asked, widths.asked(), "line breaks asked while out of view");

        page.setVisible(true);
        until(() -> !figure.view().equals(before) && figure.picture().notes().size() == 2 * 200);
        Phrases say = new Phrases(Locale.of("nl"));
        TextWidths fresh = new TextWidths(display);
        try {
            WorkContext ctx = window.context().forScreen(page);
            Wall once = new CanvasWall(fresh, say, TemplateCatalogue.standardOnly().chosen(d),
                    CanvasFigure.sizeFor(ctx), true, CanvasFigure.notePx(ctx))
                    .filled(d, 1, say.get("sheet.screen"), figure.view());
            assertEquals(once.picture(), figure.picture());
        } finally {
            fresh.dispose();
        }
    }

    /** Runs the event loop until {@code done}, at most a minute. */
    private void until(java.util.function.BooleanSupplier done) {
        long end = System.nanoTime() + 60_000_000_000L;
        while (!done.getAsBoolean() && System.nanoTime() < end) {
            if (!display.readAndDispatch()) {
                display.sleep();
            }
        }
        assertTrue(done.getAsBoolean(), "not done within a minute");
    }

    private void inTurns(boolean projector) {
        Dossier d = Dossiers.generated(PARTNERS);
        window = ClickWindow.open(d, Locale.of("nl"), projector, new Point(1366, 768));
        PartnermodelScreens screens = new PartnermodelScreens(TemplateCatalogue.standardOnly());
        TextWidths widths = screens.widths(display);

        // the click: the step built, the window laid out
        Composite page = window.click(screens, 0);
        WorkContext ctx = window.context().forScreen(page);
        long inTheClick = widths.measured();

        CanvasFigure figure = (CanvasFigure) window.robot(Ui.PREFIX).<Canvas>find("canvas")
                .getData(CanvasFigure.class.getName());
        long until = System.nanoTime() + 120_000_000_000L;
        while (figure.picture().notes().size() < 2 * PARTNERS && System.nanoTime() < until) {
            if (!display.readAndDispatch()) {
                display.sleep();
            }
        }
        long all = widths.measured();

        assertEquals(2 * PARTNERS, figure.picture().notes().size(), "every note on the canvas in the end");
        assertTrue(inTheClick < all / 10, "measured in the click: " + inTheClick + " of " + all);
        assertTrue(figure.turns() >= 1, "laid out in turns after the click: " + figure.turns());
        // what a person sees in the end: the canvas measured and laid out in one go
        Phrases say = new Phrases(Locale.of("nl"));
        TextWidths fresh = new TextWidths(display);
        try {
            Wall once = new CanvasWall(fresh, say, TemplateCatalogue.standardOnly().chosen(d),
                    CanvasFigure.sizeFor(ctx), !projector, CanvasFigure.notePx(ctx))
                    .filled(d, 1, say.get("sheet.screen"), figure.view());
            assertEquals(once.picture(), figure.picture());
            assertEquals(once.widthMm(), figure.wall().widthMm());
            assertEquals(once.heightMm(), figure.wall().heightMm());
        } finally {
            fresh.dispose();
        }
    }
}
