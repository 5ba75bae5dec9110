package nl.koers.instrument.partnermodel.internal.screen;

import java.util.Optional;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Event;

import nl.koers.instrument.api.figure.kit.Sheet.Frame;
import nl.koers.instrument.partnermodel.internal.print.CanvasSheet.Picture;

/**
 * A note dragged with the mouse from its block to another: pressed, moved a few pixels, dropped on a block. While
 * it is dragged, the note's outline follows the pointer and the block under it is outlined; the drop is handed to
 * the figure as the id of the note and the block.
 */
final class NoteDrag {
    private static final int DRAG_START_PX = 5;

    private final CanvasFigure figure;
    private final Canvas canvas;
    private String pressed;
    private Point pressedAt;
    private Point dragAt;

    NoteDrag(CanvasFigure figure) {
        this.figure = figure;
        this.canvas = figure.canvas;
        canvas.addListener(SWT.MouseDown, this::mouseDown);
        canvas.addListener(SWT.MouseMove, this::mouseMove);
        canvas.addListener(SWT.MouseUp, this::mouseUp);
    }

    /** Draws the note being dragged where the pointer is, and the block it would land in. */
    void paint(GC gc, Picture p) {
        if (dragAt != null && pressed != null) {
            figure.at(p.blocks(), dragAt).ifPresent(block -> {
                gc.setForeground(Ui.TARGET);
                Rectangle r = figure.pixels(p.blocks().get(block));
                gc.drawRectangle(r.x + 1, r.y + 1, r.width - 2, r.height - 2);
            });
            Frame f = p.notes().get(pressed);
            if (f != null) {
                Rectangle r = figure.pixels(f);
                gc.setForeground(Ui.TARGET);
                gc.drawRectangle(dragAt.x - r.width / 2, dragAt.y - r.height / 2, r.width, r.height);
            }
        }
    }

    /**
     * Where the pointer is on the canvas. Presses and releases are read from the pointer itself: GTK reports
     * some (those made with XTest, as in the UI tests) at the corner of the screen instead.
     */
    private Point pointer(Event e) {
        Point p = canvas.toControl(canvas.getDisplay().getCursorLocation());
        return inside(p) ? p : new Point(e.x, e.y);
    }

    private boolean inside(Point p) {
        Point size = canvas.getSize();
        return p.x >= 0 && p.y >= 0 && p.x < size.x && p.y < size.y;
    }

    private void mouseDown(Event e) {
        canvas.setFocus();
        if (e.button != 1) {
            return;
        }
        Point at = pointer(e);
        Optional<String> note = figure.at(figure.picture().notes(), at);
        pressed = note.orElse(null);
        pressedAt = at;
        dragAt = null;
        note.ifPresent(figure::select);
    }

    private void mouseMove(Event e) {
        if (pressed == null || (e.stateMask & SWT.BUTTON1) == 0 && dragAt == null) {
            return;
        }
        if (dragAt != null || Math.abs(e.x - pressedAt.x) + Math.abs(e.y - pressedAt.y) >= DRAG_START_PX) {
            dragAt = new Point(e.x, e.y);
            canvas.redraw();
        }
    }

    private void mouseUp(Event e) {
        String note = pressed;
        Point drop = pointer(e);
        boolean dragged = dragAt != null || pressedAt != null
                && Math.abs(drop.x - pressedAt.x) + Math.abs(drop.y - pressedAt.y) >= DRAG_START_PX;
        pressed = null;
        dragAt = null;
        canvas.redraw();
        if (note != null && dragged) {
            figure.blockAt(drop).ifPresent(block -> figure.moved(note, block));
        }
    }
}
