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

import nl.koers.instrument.api.figure.Page;
import nl.koers.instrument.api.figure.PageSize;
import nl.koers.instrument.api.figure.kit.Sheet.Frame;
import nl.koers.instrument.api.swt.FigurePainter;
import nl.koers.instrument.api.swt.WorkContext;
import nl.koers.instrument.partnermodel.internal.print.CanvasSheet.Picture;
import nl.koers.instrument.partnermodel.internal.screen.Wall.View;

/**
 * The canvas on screen: a wall laid out for the view (at zoom 1 as wide as the view; taller, and scrolling,
 * when its notes need it), with a selected note, and notes dragged from block to block with the mouse. What the
 * user does is handed to the step as the id of a note and a block; the figure changes nothing itself.
 */
final class CanvasFigure {
    /** More shapes changed than this (a template chosen, a block grown), and the whole wall is painted again. */
    private static final int MOST_DAMAGED = 400;
    /**
     * How long one turn of the event loop measures text for a laying out: a canvas of thousands of notes is
     * measured over several turns, and the window answers between them.
     */
    private static final long SLICE_NANOS = 40_000_000L;
    /** Drawn while the first wall is measured: an empty canvas, as a moment before. */
    private static final Wall BLANK = new Wall(new Picture(new Page(PageSize.A3_LANDSCAPE, List.of()), Map.of(),
            Map.of()), PageSize.A3_LANDSCAPE.widthMm(), PageSize.A3_LANDSCAPE.heightMm(), 0.01);

    final ScrolledComposite scrolled;
    final Canvas canvas;
    private final BiFunction<View, TextWidths, Wall> draw;
    private final int notePx;
    /**
     * Measured text and fonts, kept from one laying out and one paint to the next, and shared with the other steps:
     * an edit measures what it changed, a step built again nothing.
     */
    private final TextWidths widths;
    private final NoteDrag drag;
    private final CanvasZoom zoom = new CanvasZoom(this::fitting, this::resize);
    private Consumer<String> onSelect = id -> {
    };
    private BiConsumer<String, String> onMove = (note, block) -> {
    };
    private Wall wall;
    /** The wall as last painted: an edit paints again where the new one differs from it. */
    private Wall painted;
    /** The last wall laid out, kept for the view it was laid out for: finding the fit lays out the same view. */
    private Wall last;
    private View lastView;
    private View view = new View(800, 600, 1);
    private String selected;
    /** The last laying out ran out of its slice: the wall shown is the one painted before, or none. */
    private boolean measuring;
    private boolean turnQueued;
    private int turns;
    /** Resized while out of view (the window sizes the pages behind the one shown): laid out once shown again. */
    private boolean behind;

    /**
     * @param draw lays the canvas out for a view and a zoom, measuring its text in the widths it is given
     * @param notePx the height of a note's type in pixels at zoom 1, for the lines drawn around a note
     * @param widths what the instrument's canvases measured so far on this display, and measure in
     */
    CanvasFigure(Composite parent, Ui ui, String id, BiFunction<View, TextWidths, Wall> draw, int notePx,
            TextWidths widths) {
        this.draw = draw;
        this.notePx = notePx;
        this.widths = widths;
        scrolled = new ScrolledComposite(parent, SWT.H_SCROLL | SWT.V_SCROLL);
        scrolled.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        canvas = ui.named(new Canvas(scrolled, SWT.DOUBLE_BUFFERED), id);
        canvas.setData(CanvasFigure.class.getName(), this);
        scrolled.setContent(canvas);
        scrolled.getVerticalBar().setIncrement(24);
        scrolled.getHorizontalBar().setIncrement(24);
        // laid out for its new size in the next turn: the window's stack gives the step just left its new size
        // before it hides it, and a step out of view is not laid out (see resize)
        scrolled.addListener(SWT.Resize, e -> later());
        canvas.addListener(SWT.Paint, e -> {
            if (behind) {
                // shown again after the window resized it out of view: laid out for its new size in the next turn
                behind = false;
                later();
            }
            paint(e.gc);
        });
        drag = new NoteDrag(this);
        canvas.addListener(SWT.KeyDown, zoom::keys);
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

    /** The painter it draws with, shared with the instrument's other canvases on the display. */
    FigurePainter painter() {
        return widths.painter();
    }

    /** Draws the picture again, after the dossier changed. */
    void refresh() {
        wall = null;
        last = null;
        if (!canvas.isDisposed()) {
            resize();
        }
    }

    Picture picture() {
        return wall().picture();
    }

    /**
     * What is drawn, laid out for the view it was last given; while its text is still being measured, what was
     * painted before (or nothing).
     */
    Wall wall() {
        if (wall == null && measuring) {
            return painted == null ? BLANK : painted;
        }
        if (wall == null) {
            wall = laid(view);
        }
        return wall;
    }

    /** The view the wall is laid out for: for tests. */
    View view() {
        return view;
    }

    /** How many turns of the event loop laid the wall out after the one that asked for it: for tests. */
    int turns() {
        return turns;
    }

    private Wall laid(View v) {
        if (last == null || !v.equals(lastView)) {
            last = draw.apply(v, widths);
            lastView = v;
        }
        return last;
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

    CanvasZoom zoom() {
        return zoom;
    }

    /**
     * The largest zoom up to 100 % at which the whole wall lies in the view. Zoomed out, a wall takes less
     * height more than in proportion (its notes spread over more columns), so the zoom is sought in steps.
     */
    private double fitting(double least) {
        Point room = room();
        double z = 1;
        for (int i = 0; i < 12 && room.x > 0 && room.y > 0 && z >= least; i++) {
            Wall w = laid(new View(room.x, room.y, z));
            double over = Math.max((double) w.widthPx() / room.x, (double) w.heightPx() / room.y);
            if (over <= 1) {
                break;
            }
            z = z / (i < 6 ? Math.sqrt(over) : over) * 0.99;
        }
        return Math.max(CanvasZoom.MIN / 4, z);
    }

    /** The whole of the scrolled view, without its scroll bars. */
    private Point room() {
        return scrolled.getSize();
    }

    /**
     * Lays the wall out for the view: as wide as the view at zoom 1, so a wide window gets a wide canvas. A
     * wall taller than the view gets a vertical scroll bar, and is laid out once more in the width left beside it.
     */
    private void resize() {
        Point room = room();
        if (room.x <= 0 || room.y <= 0) {
            return;
        }
        if (painted == null && turns == 0) {
            // a step just built: the window shows it first, and lays the canvas out in the next turns
            later();
            return;
        }
        if (painted != null && !canvas.isVisible()) {
            // a step out of view shows what it painted until it is shown again (a click laid the hidden wall out)
            behind = true;
            measuring = true;
            return;
        }
        measuring = false;
        widths.slice(SLICE_NANOS);
        try {
            layOut(room);
        } catch (TextWidths.Later later) {
            // what was measured is kept: the next turn lays out the same again, finds it, and measures on
            later();
        } finally {
            widths.unlimited();
        }
    }

    /** Lays the wall out in a turn of the event loop to come; until then the canvas shows what it showed. */
    private void later() {
        measuring = true;
        if (!turnQueued) {
            turnQueued = true;
            canvas.getDisplay().asyncExec(() -> {
                turnQueued = false;
                if (!canvas.isDisposed() && measuring) {
                    turns++;
                    resize();
                }
            });
        }
    }

    private void layOut(Point room) {
        zoom.suggest(Wall.readableZoom(notePx));
        double z = zoom.value();
        lay(new View(room.x, room.y, z));
        int left = scrolled.getClientArea().width;
        if (z <= 1 && left < room.x && wall().widthPx() > left) {
            lay(new View(left, room.y, z));
        }
    }

    private void lay(View to) {
        view = to;
        wall = null;
        Point was = canvas.getSize();
        canvas.setSize(wall().widthPx(), wall().heightPx());
        if (painted == null || painted.pxPerMm() != wall().pxPerMm() || !was.equals(canvas.getSize())) {
            canvas.redraw();
            return;
        }
        Damage.between(painted.picture().page(), picture().page(), MOST_DAMAGED).ifPresentOrElse(frames -> {
            // around each changed shape, room for the outline of a selected note
            int edge = Math.max(2, notePx / 6) + 4;
            for (Frame f : frames) {
                Rectangle r = pixels(f);
                canvas.redraw(r.x - edge, r.y - edge, r.width + 2 * edge, r.height + 2 * edge, false);
            }
        }, canvas::redraw);
    }

    // ---- drawing

    private double scale() {
        return wall().pxPerMm();
    }

    /** A frame on the page in pixels of the canvas. */
    Rectangle pixels(Frame f) {
        double s = scale();
        return new Rectangle((int) Math.round(f.x() * s), (int) Math.round(f.y() * s), (int) Math.round(f.w() * s),
                (int) Math.round(f.h() * s));
    }

    /** Where a note is on the display, for tests that drag it with real mouse events. */
    Optional<Rectangle> onDisplay(String noteId) {
        return onDisplay(picture().notes().get(noteId));
    }

    Optional<Rectangle> blockOnDisplay(String blockId) {
        return onDisplay(picture().blocks().get(blockId));
    }

    private Optional<Rectangle> onDisplay(Frame f) {
        return Optional.ofNullable(f).map(this::pixels).map(r -> {
            Point p = canvas.toDisplay(r.x, r.y);
            return new Rectangle(p.x, p.y, r.width, r.height);
        });
    }

    private void paint(GC gc) {
        Point size = canvas.getSize();
        painted = wall();
        Picture p = painted.picture();
        gc.setBackground(canvas.getDisplay().getSystemColor(SWT.COLOR_WHITE));
        gc.fillRectangle(0, 0, size.x, size.y);
        // given the wall's width and a little more than the page's height, the painter scales by the width;
        // a wall that grew below the page is drawn all the same (only labels clip, each to its own frame)
        PageSize page = p.page().size();
        double s = scale();
        widths.painter().draw(gc, p.page(), 0, -1, (int) Math.round(page.widthMm() * s),
                (int) Math.ceil(page.heightMm() * s) + 2);
        gc.setLineWidth(Math.max(2, notePx / 6));
        selected().map(id -> p.notes().get(id)).ifPresent(f -> {
            gc.setForeground(Ui.SELECTED);
            Rectangle r = pixels(f);
            gc.drawRectangle(r.x - 2, r.y - 2, r.width + 4, r.height + 4);
        });
        drag.paint(gc, p);
    }

    // ---- mouse

    Optional<String> at(Map<String, Frame> frames, Point px) {
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

    /** Hands a note dropped on a block to the step. */
    void moved(String note, String block) {
        onMove.accept(note, block);
    }
}
