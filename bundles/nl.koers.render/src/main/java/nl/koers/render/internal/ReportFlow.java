package nl.koers.render.internal;

import java.util.ArrayList;
import java.util.List;

import nl.koers.instrument.api.figure.Page;
import nl.koers.instrument.api.figure.PageSize;
import nl.koers.instrument.api.figure.Shape;

/**
 * The report's pages as they fill: a cursor runs down the text area of an A4 page, and a new page starts when the
 * next piece does not fit. Knows nothing of blocks; {@link ReportLayout} decides what goes where.
 */
final class ReportFlow {
    static final PageSize SIZE = PageSize.A4_PORTRAIT;
    /** The page of a figure too wide for the text: the same paper, turned. */
    static final PageSize WIDE = PageSize.A4_LANDSCAPE;
    static final double SIDE_MM = 22;
    static final double TOP_MM = 20;
    /** Room below the text for the footer with the page number. */
    static final double BOTTOM_MM = 22;
    static final double LEFT = SIDE_MM;
    static final double WIDTH = SIZE.widthMm() - 2 * SIDE_MM;
    static final double BOTTOM = SIZE.heightMm() - BOTTOM_MM;
    static final double HEIGHT = BOTTOM - TOP_MM;

    /** What one page draws, in order, in millimetres from its top left corner, and on which paper. */
    record Sheet(PageSize size, List<Piece> pieces) {
    }

    /** Something drawn on a sheet. */
    sealed interface Piece {
    }

    /** A shape of the figure API: a line of text, a shaded box, a rule. */
    record Drawn(Shape shape) implements Piece {
    }

    /** A figure's page, scaled into a frame on the sheet, kept in proportion. */
    record Figure(Page page, double x, double y, double width, double height) implements Piece {
    }

    private final List<Sheet> sheets = new ArrayList<>();
    private List<Piece> pieces;
    private double y;

    ReportFlow() {
        newPage();
    }

    /** Starts a new page; the cursor goes to the top of its text area. */
    void newPage() {
        newPage(SIZE);
    }

    /** Starts a page of its own for a wide figure, on paper turned to landscape; the next page is upright again. */
    void widePage() {
        newPage(WIDE);
    }

    private void newPage(PageSize size) {
        pieces = new ArrayList<>();
        sheets.add(new Sheet(size, pieces));
        y = TOP_MM;
    }

    /** Starts a new page unless this one is still empty. */
    void freshPage() {
        if (!pieces.isEmpty()) {
            newPage();
        }
    }

    /** Makes room for {@code mm}: a new page when it does not fit below the cursor and the page is not empty. */
    void need(double mm) {
        if (mm > room() && !pieces.isEmpty()) {
            newPage();
        }
    }

    /** {@return how much height is left below the cursor} */
    double room() {
        return BOTTOM - y;
    }

    /** {@return whether nothing is on this page yet} */
    boolean atTop() {
        return pieces.isEmpty();
    }

    double y() {
        return y;
    }

    void down(double mm) {
        y += mm;
    }

    void add(Shape shape) {
        pieces.add(new Drawn(shape));
    }

    void add(Figure figure) {
        pieces.add(figure);
    }

    /** {@return the number of the page the cursor is on, counting from 1} */
    int pageNumber() {
        return sheets.size();
    }

    List<Sheet> sheets() {
        return sheets;
    }
}
