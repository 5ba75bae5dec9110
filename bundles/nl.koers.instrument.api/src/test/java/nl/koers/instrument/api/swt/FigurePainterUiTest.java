package nl.koers.instrument.api.swt;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import nl.koers.instrument.api.figure.Box;
import nl.koers.instrument.api.figure.Colour;
import nl.koers.instrument.api.figure.Label;
import nl.koers.instrument.api.figure.Line;
import nl.koers.instrument.api.figure.Page;
import nl.koers.instrument.api.figure.PageSize;
import nl.koers.instrument.api.figure.Shape;

/**
 * A figure on a canvas taller than its scrolling view stays inside the view: the painter's labels once reset the
 * clipping and drew over the buttons below a canvas of 15 notes.
 */
class FigurePainterUiTest {
    private static final RGB RED = new RGB(255, 0, 0);

    private final Display display = Display.getDefault();
    private Shell shell;

    @AfterEach
    void close() {
        if (shell != null) {
            shell.dispose();
        }
    }

    @Test
    void aFigureTallerThanItsViewPaintsNothingBelowTheView() {
        shell = new Shell(display, SWT.NO_TRIM | SWT.ON_TOP);
        shell.setBackground(display.getSystemColor(SWT.COLOR_WHITE));
        GridLayout layout = new GridLayout(1, false);
        layout.marginWidth = layout.marginHeight = layout.verticalSpacing = 0;
        shell.setLayout(layout);
        ScrolledComposite view = new ScrolledComposite(shell, SWT.NONE);
        GridData viewData = new GridData(SWT.FILL, SWT.TOP, true, false);
        viewData.heightHint = 100;
        view.setLayoutData(viewData);
        Canvas canvas = new Canvas(view, SWT.NONE);
        view.setContent(canvas);
        canvas.setSize(300, 600);
        // red text over the whole page: every line below the view's 100 pixels must stay unseen
        List<Shape> lines = new ArrayList<>();
        // a label with a frame of no size or less, as a crowded figure can lay out: nothing to see, nothing thrown
        lines.add(new Label(5, 5, -3, -2, "verdwijnt", 14, false, null, null));
        for (int i = 0; i < 40; i++) {
            lines.add(new Label(5, 5 + i * 7, 200, 7, "MMMMMMMMMMMMMMMMMMMMMMMM", 14, true, new Colour(255, 0, 0), null));
        }
        Page page = new Page(PageSize.A4_PORTRAIT, lines);
        canvas.addListener(SWT.Paint, e -> FigurePainter.paint(e.gc, page, 0, 0, 300, 600));
        Composite below = new Composite(shell, SWT.NONE);
        below.setBackground(display.getSystemColor(SWT.COLOR_WHITE));
        GridData belowData = new GridData(SWT.FILL, SWT.TOP, true, false);
        belowData.heightHint = 200;
        below.setLayoutData(belowData);
        shell.setBounds(50, 50, 300, 300);
        shell.open();
        for (long end = System.currentTimeMillis() + 1500; System.currentTimeMillis() < end;) {
            if (!display.readAndDispatch()) {
                display.sleep();
            }
        }
        canvas.redraw();
        canvas.update();
        assertTrue(redPixels(canvas, new Point(0, 0), 300, 100) > 50, "the view shows the red text");
        Point belowOnScreen = display.map(below, null, 0, 0);
        assertEquals(0, redPixels(null, belowOnScreen, 300, 200), "nothing of the figure below its view");
    }

    @Test
    void aPainterThatKeepsItsFontsAndLinesPaintsWhatTheOneOffPaints() {
        List<Shape> shapes = new ArrayList<>();
        shapes.add(new Box(10, 10, 120, 60, new Colour(255, 241, 118), new Colour(150, 150, 150), 0.5, 3));
        shapes.add(new Line(10, 80, 190, 80, new Colour(0, 0, 0), 0.4));
        for (int i = 0; i < 6; i++) {
            shapes.add(new Label(12, 12 + i * 18, 110 - i * 10, 17, "Samen leerbanen werven in de regio " + i,
                    9 + i, i % 2 == 0, new Colour(20, 20, 20), Label.Align.values()[i % 3]));
        }
        Page page = new Page(PageSize.A4_PORTRAIT, shapes);
        FigurePainter painter = new FigurePainter(display);
        try {
            byte[] once = painted(gc -> FigurePainter.paint(gc, page, 0, 0, 300, 420));
            assertArrayEquals(once, painted(gc -> painter.draw(gc, page, 0, 0, 300, 420)), "the first paint");
            assertArrayEquals(once, painted(gc -> painter.draw(gc, page, 0, 0, 300, 420)), "with what it kept");
            painter.dispose();
            assertArrayEquals(once, painted(gc -> painter.draw(gc, page, 0, 0, 300, 420)), "after it was disposed of");
        } finally {
            painter.dispose();
        }
    }

    /** The pixels of an image of 300 x 420 that {@code paint} painted on. */
    private byte[] painted(Consumer<GC> paint) {
        Image image = new Image(display, 300, 420);
        GC gc = new GC(image);
        try {
            paint.accept(gc);
            return image.getImageData().data;
        } finally {
            gc.dispose();
            image.dispose();
        }
    }

    /** Counts the red pixels of a rectangle on the screen (of {@code control}'s area, or the display's). */
    private int redPixels(Canvas control, Point at, int width, int height) {
        Point origin = control == null ? at : display.map(control, null, at);
        Image image = new Image(display, width, height);
        GC gc = new GC(display);
        try {
            gc.copyArea(image, origin.x, origin.y);
            ImageData data = image.getImageData();
            int red = 0;
            for (int y = 0; y < height; y++) {
                for (int x = 0; x < width; x++) {
                    RGB rgb = data.palette.getRGB(data.getPixel(x, y));
                    if (rgb.red > 200 && rgb.green < 80 && rgb.blue < 80) {
                        red++;
                    }
                }
            }
            return red;
        } finally {
            gc.dispose();
            image.dispose();
        }
    }
}
