package nl.koers.render.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import nl.koers.instrument.api.figure.Box;
import nl.koers.instrument.api.figure.Colour;
import nl.koers.instrument.api.figure.Line;
import nl.koers.instrument.api.report.Block;

/**
 * A table on the report's pages: columns as wide as their texts ask (each at least as wide as its longest word
 * when the page allows), cells wrapped, the header row repeated at the top of every page the table runs onto, and
 * a row taller than a page split between pages instead of cut.
 */
final class ReportTable {
    static final ReportText.Style CELL = new ReportText.Style(9, false, Colour.BLACK);
    static final ReportText.Style HEAD = new ReportText.Style(9, true, Colour.BLACK);
    private static final double PAD_MM = 1.5;
    private static final Colour HEAD_FILL = new Colour(228, 232, 236);
    private static final Colour RULE = new Colour(170, 170, 170);

    private final ReportFlow flow;
    private final ReportText text;

    ReportTable(ReportFlow flow, ReportText text) {
        this.flow = flow;
        this.text = text;
    }

    void set(Block.Table table) throws IOException {
        double[] widths = widths(table);
        List<List<String>> header = cells(table.header(), widths, HEAD);
        double headerMm = height(header);
        flow.need(headerMm + CELL.lineMm() * 2 + 2 * PAD_MM);
        header(header, widths, headerMm);
        for (List<String> row : table.rows()) {
            row(cells(row, widths, CELL), widths, header, headerMm);
        }
        flow.down(3);
    }

    /** Sets one row; when it does not fit, on the next page, and when no page holds it, over several pages. */
    private void row(List<List<String>> cells, double[] widths, List<List<String>> header, double headerMm) {
        if (height(cells) > flow.room() && height(cells) <= ReportFlow.HEIGHT - headerMm) {
            continueOnNextPage(header, widths, headerMm);
        }
        int[] from = new int[cells.size()];
        while (true) {
            int fit = (int) Math.floor((flow.room() - 2 * PAD_MM) / CELL.lineMm());
            if (fit < 1) {
                continueOnNextPage(header, widths, headerMm);
                // a header so tall that no line fits under it still lets the table go on, a line a page
                fit = Math.max(1, (int) Math.floor((flow.room() - 2 * PAD_MM) / CELL.lineMm()));
            }
            int rest = 0;
            double x = ReportFlow.LEFT;
            double top = flow.y();
            int most = 0;
            for (int c = 0; c < cells.size(); c++) {
                List<String> lines = cells.get(c);
                int n = Math.min(fit, lines.size() - from[c]);
                if (n > 0) {
                    flow.add(ReportText.label(x + PAD_MM, top + PAD_MM, widths[c] - 2 * PAD_MM,
                            lines.subList(from[c], from[c] + n), CELL, null));
                }
                from[c] += Math.max(n, 0);
                most = Math.max(most, n);
                rest = Math.max(rest, lines.size() - from[c]);
                x += widths[c];
            }
            flow.down(most * CELL.lineMm() + 2 * PAD_MM);
            flow.add(new Line(ReportFlow.LEFT, flow.y(), ReportFlow.LEFT + ReportFlow.WIDTH, flow.y(), RULE, 0.2));
            if (rest == 0) {
                return;
            }
            continueOnNextPage(header, widths, headerMm);
        }
    }

    private void continueOnNextPage(List<List<String>> header, double[] widths, double headerMm) {
        flow.newPage();
        header(header, widths, headerMm);
    }

    private void header(List<List<String>> header, double[] widths, double headerMm) {
        flow.add(new Box(ReportFlow.LEFT, flow.y(), ReportFlow.WIDTH, headerMm, HEAD_FILL, null, 0, 0));
        double x = ReportFlow.LEFT;
        for (int c = 0; c < header.size(); c++) {
            flow.add(ReportText.label(x + PAD_MM, flow.y() + PAD_MM, widths[c] - 2 * PAD_MM, header.get(c), HEAD,
                    null));
            x += widths[c];
        }
        flow.down(headerMm);
    }

    private List<List<String>> cells(List<String> row, double[] widths, ReportText.Style style) throws IOException {
        List<List<String>> cells = new ArrayList<>(row.size());
        for (int c = 0; c < row.size(); c++) {
            cells.add(text.lines(row.get(c), widths[c] - 2 * PAD_MM, style));
        }
        return cells;
    }

    private static double height(List<List<String>> cells) {
        int lines = cells.stream().mapToInt(List::size).max().orElse(1);
        return lines * CELL.lineMm() + 2 * PAD_MM;
    }

    /**
     * The columns' widths, filling the text width. Each column wants its longest cell on one line and needs at
     * least its longest word; when everything fits each gets what it wants, else each gets what it needs and the
     * rest is shared in proportion to how much more it wants. When the longest words together are wider than the
     * page, each column's need is capped at an equal share, so one long word cannot squeeze the others to nothing:
     * it is broken instead.
     */
    private double[] widths(Block.Table table) throws IOException {
        int columns = table.header().size();
        double[] want = new double[columns];
        double[] need = new double[columns];
        for (int c = 0; c < columns; c++) {
            measure(table.header().get(c), HEAD, c, want, need);
            for (List<String> row : table.rows()) {
                measure(row.get(c), CELL, c, want, need);
            }
            need[c] += 2 * PAD_MM;
        }
        boolean cap = Arrays.stream(need).sum() > ReportFlow.WIDTH;
        for (int c = 0; c < columns; c++) {
            need[c] = cap ? Math.min(need[c], ReportFlow.WIDTH / columns) : need[c];
            want[c] = Math.max(want[c] + 2 * PAD_MM, need[c]);
        }
        double wanted = Arrays.stream(want).sum();
        double needed = Arrays.stream(need).sum();
        double[] widths = new double[columns];
        for (int c = 0; c < columns; c++) {
            widths[c] = wanted <= ReportFlow.WIDTH ? want[c] * ReportFlow.WIDTH / wanted
                    : need[c] + (ReportFlow.WIDTH - needed) * (want[c] - need[c]) / (wanted - needed);
        }
        return widths;
    }

    private void measure(String cell, ReportText.Style style, int c, double[] want, double[] need)
            throws IOException {
        for (String line : cell.split("\\R")) {
            want[c] = Math.max(want[c], text.width(line, style));
        }
        for (String word : cell.split("\\s+")) {
            need[c] = Math.max(need[c], text.width(word, style));
        }
    }
}
