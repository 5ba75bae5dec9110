package nl.koers.instrument.brengenhalen.internal.print;

import java.util.ArrayList;
import java.util.List;

import nl.koers.instrument.api.figure.kit.Sheet.Frame;

/**
 * Where the partners' boxes go around the core of the bring-get figure, in partner order, and the room in the
 * middle for the core; and the search for the best such ring in an area.
 *
 * @param boxes the partners' boxes, clockwise from the top left
 * @param core the room for the shared core
 */
record Ring(List<Frame> boxes, Frame core) {
    /**
     * Tries every split and size and keeps the best. A candidate is judged without placing its boxes: the boxes of
     * a column (or row) are all the same size, so the smallest box is the smallest of at most four, and only the
     * winner is placed. That keeps 200 partners to milliseconds instead of minutes.
     */
    static Ring search(Frame area, double g, int n, double minCoreW, double minCoreH) {
        int[] best = null;
        double[] bestSizes = null;
        double bestScore = -1;
        double bestCore = -1;
        for (int l = 1; l <= n; l++) {
            for (int r = Math.max(0, l - 1); r <= l; r++) {
                int rest = n - l - r;
                if (rest < 0 || (n >= 2 && r == 0)) {
                    continue;
                }
                int t = (rest + 1) / 2;
                int b = rest / 2;
                double thFrom = t + b > 0 ? area.h() * 0.08 : 0;
                double thTo = t + b > 0 ? area.h() * 0.45 : 0;
                double thStep = t + b > 0 ? area.h() * 0.005 : 1;
                for (double sw = area.w() * 0.08; sw <= area.w() * 0.48; sw += area.w() * 0.005) {
                    for (double th = thFrom; th <= thTo + 1e-9; th += thStep) {
                        // the core and the boxes' sizes exactly as place() makes them
                        double left = area.x() + sw + g;
                        double right = r > 0 ? area.right() - sw - g : area.right();
                        double upper = t > 0 ? area.y() + th + g : area.y();
                        double lower = b > 0 ? area.bottom() - th - g : area.bottom();
                        double coreW = right - left;
                        double coreH = lower - upper;
                        if (coreW < minCoreW || coreH < minCoreH) {
                            continue;
                        }
                        double score = boxScore(sw, each(area.h(), l, g));
                        if (r > 0) {
                            score = Math.min(score, boxScore(sw, each(area.h(), r, g)));
                        }
                        if (t > 0) {
                            score = Math.min(score, boxScore(each(coreW, t, g), th));
                        }
                        if (b > 0) {
                            score = Math.min(score, boxScore(each(coreW, b, g), th));
                        }
                        double coreArea = coreW * coreH;
                        if (score > bestScore + 1e-6 || (Math.abs(score - bestScore) <= 1e-6 && coreArea > bestCore)) {
                            best = new int[] {l, r, t, b};
                            bestSizes = new double[] {sw, th};
                            bestScore = score;
                            bestCore = coreArea;
                        }
                    }
                }
            }
        }
        return best == null ? null : place(area, g, best[0], best[1], best[2], best[3], bestSizes[0], bestSizes[1]);
    }

    /** How large a box counts: one that is very flat or very narrow counts as smaller than it is. */
    private static double boxScore(double w, double h) {
        return Math.min(w, 2.2 * h) * Math.min(h, 2.0 * w);
    }

    /** The length of each of {@code n} boxes side by side in {@code length}, with gaps between. */
    private static double each(double length, int n, double g) {
        return (length - (n - 1) * g) / Math.max(1, n);
    }

    /**
     * The boxes of a ring with {@code l} boxes on the left, {@code r} on the right, {@code t} above and {@code b}
     * below the core, in partner order: clockwise from the top left (the top of the left column, the row above
     * from left to right, the right column downwards, the row below from right to left, the rest of the left
     * column upwards).
     */
    static Ring place(Frame a, double g, int l, int r, int t, int b, double sw, double th) {
        double left = l > 0 ? a.x() + sw + g : a.x();
        double right = r > 0 ? a.right() - sw - g : a.right();
        double upper = t > 0 ? a.y() + th + g : a.y();
        double lower = b > 0 ? a.bottom() - th - g : a.bottom();
        List<Frame> leftColumn = column(a.x(), a.y(), sw, a.h(), l, g);
        List<Frame> rightColumn = column(a.right() - sw, a.y(), sw, a.h(), r, g);
        List<Frame> topRow = row(left, a.y(), right - left, th, t, g);
        List<Frame> bottomRow = row(left, a.bottom() - th, right - left, th, b, g);
        List<Frame> boxes = new ArrayList<>();
        if (!leftColumn.isEmpty()) {
            boxes.add(leftColumn.get(0));
        }
        boxes.addAll(topRow);
        boxes.addAll(rightColumn);
        boxes.addAll(bottomRow.reversed());
        for (int i = leftColumn.size() - 1; i >= 1; i--) {
            boxes.add(leftColumn.get(i));
        }
        return new Ring(boxes, new Frame(left, upper, right - left, lower - upper));
    }

    private static List<Frame> column(double x, double y, double w, double h, int n, double g) {
        List<Frame> out = new ArrayList<>();
        double each = each(h, n, g);
        for (int i = 0; i < n; i++) {
            out.add(new Frame(x, y + i * (each + g), w, each));
        }
        return out;
    }

    private static List<Frame> row(double x, double y, double w, double h, int n, double g) {
        List<Frame> out = new ArrayList<>();
        double each = each(w, n, g);
        for (int i = 0; i < n; i++) {
            out.add(new Frame(x + i * (each + g), y, each, h));
        }
        return out;
    }
}
