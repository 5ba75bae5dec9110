package nl.koers.instrument.partnermodel.internal.screen;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.Consumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.graphics.FontData;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;

import nl.koers.instrument.api.figure.PageSize;
import nl.koers.instrument.api.figure.kit.Sheet.Frame;
import nl.koers.instrument.api.swt.FigurePainter;
import nl.koers.instrument.api.swt.WorkContext;
import nl.koers.instrument.partnermodel.internal.print.CanvasSheet.Picture;

/**
 * The canvas on screen: the same page the poster prints, drawn to fit the room (zoom in to read a crowded
 * block, it scrolls), with a selected note, and notes dragged from block to block with the mouse. What the
 * user does is handed to the step as the id of a note and a block; the figure changes nothing itself.
 */
final class CanvasFigure {
    private static final double MIN_ZOOM = 0.5;
    private static final double MAX_ZOOM = 4;
    private static final int DRAG_START_PX = 5;
    /** Beyond this the blocks of the standard canvas overflow with a handful of notes each. */
    private static final double MAX_TYPE_SCALE = 2.5;
    /** Below this a note cannot be read on any screen. */
    private static final double MIN_NOTE_PX = 12;

    final ScrolledComposite scrolled;
    final Canvas canvas;
    private final BiFunction<PageSize, Double, Picture> draw;
    private final PageSize size;
    private final int notePx;
    private final List<Runnable> zoomListeners = new ArrayList<>();
    private Consumer<String> onSelect = id -> {
    };
    private BiConsumer<String, String> onMove = (note, block) -> {
    };
    private Picture picture;
    private double typeScale = -1;
    private double zoom = 1;
    private boolean zoomChosen;
    private String selected;
    private String pressed;
    private Point pressedAt;
    private Point dragAt;

    /**
     * @param draw makes the picture for a sheet size and a type scale
     * @param notePx the height of a note's type in pixels when the canvas fits the view
     */
    CanvasFigure(Composite parent, Ui ui, String id, BiFunction<PageSize, Double, Picture> draw, int notePx,
            PageSize size) {
        this.draw = draw;
        this.size = size;
        this.notePx = notePx;
        scrolled = new ScrolledComposite(parent, SWT.H_SCROLL | SWT.V_SCROLL);
        scrolled.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        canvas = ui.named(new Canvas(scrolled, SWT.DOUBLE_BUFFERED), id);
        canvas.setData(CanvasFigure.class.getName(), this);
        scrolled.setContent(canvas);
        scrolled.getVerticalBar().setIncrement(24);
        scrolled.getHorizontalBar().setIncrement(24);
        scrolled.addListener(SWT.Resize, e -> resize());
        canvas.addListener(SWT.Paint, e -> paint(e.gc));
        canvas.addListener(SWT.MouseDown, this::mouseDown);
        canvas.addListener(SWT.MouseMove, this::mouseMove);
        canvas.addListener(SWT.MouseUp, this::mouseUp);
        canvas.addListener(SWT.KeyDown, this::zoomKeys);
        canvas.addListener(SWT.Traverse, e -> {
            // arrows choose notes; Tab and Escape leave the canvas as everywhere else
            if (e.detail == SWT.TRAVERSE_ARROW_NEXT || e.detail == SWT.TRAVERSE_ARROW_PREVIOUS) {
                e.doit = false;
            }
        });
    }

    /** The shape of the canvas: the poster's on a screen, wide and low on a projector, so it fills the wall. */
    static PageSize sizeFor(WorkContext ctx) {
        return ctx.projector() ? PageSize.SCREEN_WIDE : PageSize.A3_LANDSCAPE;
    }

    /** How tall a note's type is on screen: like body text, a little smaller on a projector, where room is short. */
    static int notePx(WorkContext ctx) {
        FontData data = ctx.font().getFontData()[0];
        double px = data.getHeight() * ctx.font().getDevice().getDPI().y / 72.0;
        return (int) Math.round(px * (ctx.projector() ? 0.7 : 0.9));
    }

    void onSelect(Consumer<String> listener) {
        this.onSelect = listener;
    }

    void onMove(BiConsumer<String, String> listener) {
        this.onMove = listener;
    }

    void onZoom(Runnable listener) {
        zoomListeners.add(listener);
    }

    /** Draws the picture again, after the dossier changed. */
    void refresh() {
        picture = null;
        if (!canvas.isDisposed()) {
            canvas.redraw();
        }
    }

    Picture picture() {
        if (picture == null) {
            picture = draw.apply(size, Math.max(1, typeScale));
        }
        return picture;
    }

    // ---- selection

    Optional<String> selected() {
        return Optional.ofNullable(selected).filter(id -> picture().notes().containsKey(id));
    }

    void select(String noteId) {
        if (!java.util.Objects.equals(selected, noteId)) {
            selected = noteId;
            canvas.redraw();
            onSelect.accept(noteId);
        }
    }

    /** The next or previous note on the canvas, in reading order, for the arrow keys. */
    Optional<String> neighbour(int step) {
        List<String> ids = new ArrayList<>(picture().notes().keySet());
        if (ids.isEmpty()) {
            return Optional.empty();
        }
        int at = selected == null ? -1 : ids.indexOf(selected);
        int next = at < 0 ? (step > 0 ? 0 : ids.size() - 1) : Math.floorMod(at + step, ids.size());
        return Optional.of(ids.get(next));
    }

    // ---- zoom

    double zoom() {
        return zoom;
    }

    void zoom(double factor) {
        setZoom(zoom * factor);
    }

    void setZoom(double z) {
        zoomChosen = true;
        zoom = Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, z));
        resize();
        zoomListeners.forEach(Runnable::run);
    }

    private void zoomKeys(Event e) {
        if ((e.stateMask & SWT.MOD1) == 0) {
            return;
        }
        switch (e.character) {
            case '=', '+' -> setZoom(zoom * 1.25);
            case '-' -> setZoom(zoom / 1.25);
            case '0' -> setZoom(1);
            default -> {
                return;
            }
        }
        e.doit = false;
    }

    /**
     * The canvas fits the view at zoom 1; its type is set from the workbench's body type at that size, but not
     * so large that the blocks overflow. In a view too small for that, the canvas starts zoomed in (it
     * scrolls) until notes read at most a little smaller than body text.
     */
    private void resize() {
        Rectangle area = scrolled.getClientArea();
        if (area.width <= 0 || area.height <= 0) {
            return;
        }
        double fit = Math.min(area.width / size.widthMm(), area.height / size.heightMm());
        // 8.5 pt is the type of a note on paper
        double noteMmAtScaleOne = 8.5 * 0.3528;
        double wanted = Math.max(1, Math.min(MAX_TYPE_SCALE, notePx / (noteMmAtScaleOne * fit)));
        if (Math.abs(wanted - typeScale) > 0.01) {
            typeScale = wanted;
            picture = null;
        }
        if (!zoomChosen) {
            double readable = Math.max(MIN_NOTE_PX, 0.8 * notePx) / (noteMmAtScaleOne * typeScale * fit);
            zoom = Math.max(1, Math.min(MAX_ZOOM, readable));
            zoomListeners.forEach(Runnable::run);
        }
        double scale = fit * zoom;
        canvas.setSize((int) Math.round(size.widthMm() * scale), (int) Math.round(size.heightMm() * scale));
        canvas.redraw();
    }

    // ---- drawing

    private double scale() {
        Point shown = canvas.getSize();
        return Math.min(shown.x / size.widthMm(), shown.y / size.heightMm());
    }

    /** A frame on the page in pixels of the canvas. */
    Rectangle pixels(Frame f) {
        double s = scale();
        return new Rectangle((int) Math.round(f.x() * s), (int) Math.round(f.y() * s), (int) Math.round(f.w() * s),
                (int) Math.round(f.h() * s));
    }

    /** Where a note is on the display, for tests that drag it with real mouse events. */
    Optional<Rectangle> onDisplay(String noteId) {
        Frame f = picture().notes().get(noteId);
        return Optional.ofNullable(f).map(this::pixels).map(r -> {
            Point p = canvas.toDisplay(r.x, r.y);
            return new Rectangle(p.x, p.y, r.width, r.height);
        });
    }

    Optional<Rectangle> blockOnDisplay(String blockId) {
        Frame f = picture().blocks().get(blockId);
        return Optional.ofNullable(f).map(this::pixels).map(r -> {
            Point p = canvas.toDisplay(r.x, r.y);
            return new Rectangle(p.x, p.y, r.width, r.height);
        });
    }

    private void paint(GC gc) {
        Point size = canvas.getSize();
        Picture p = picture();
        FigurePainter.paint(gc, p.page(), 0, 0, size.x, size.y);
        gc.setLineWidth(Math.max(2, notePx / 6));
        selected().map(id -> p.notes().get(id)).ifPresent(f -> {
            gc.setForeground(Ui.SELECTED);
            Rectangle r = pixels(f);
            gc.drawRectangle(r.x - 2, r.y - 2, r.width + 4, r.height + 4);
        });
        if (dragAt != null && pressed != null) {
            at(p.blocks(), dragAt).ifPresent(block -> {
                gc.setForeground(Ui.TARGET);
                Rectangle r = pixels(p.blocks().get(block));
                gc.drawRectangle(r.x + 1, r.y + 1, r.width - 2, r.height - 2);
            });
            Frame f = p.notes().get(pressed);
            if (f != null) {
                Rectangle r = pixels(f);
                gc.setForeground(Ui.TARGET);
                gc.drawRectangle(dragAt.x - r.width / 2, dragAt.y - r.height / 2, r.width, r.height);
            }
        }
    }

    // ---- mouse

    private Optional<String> at(Map<String, Frame> frames, Point px) {
        double s = scale();
        double x = px.x / s;
        double y = px.y / s;
        return frames.entrySet().stream()
                .filter(e -> x >= e.getValue().x() && x <= e.getValue().right() && y >= e.getValue().y()
                        && y <= e.getValue().bottom())
                .map(Map.Entry::getKey).findFirst();
    }

    /** The block under a point of the canvas. */
    Optional<String> blockAt(Point px) {
        return at(picture().blocks(), px);
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
        Optional<String> note = at(picture().notes(), at);
        pressed = note.orElse(null);
        pressedAt = at;
        dragAt = null;
        note.ifPresent(this::select);
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
            blockAt(drop).ifPresent(block -> onMove.accept(note, block));
        }
    }
}
