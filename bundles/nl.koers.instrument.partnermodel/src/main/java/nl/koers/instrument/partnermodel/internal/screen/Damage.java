package nl.koers.instrument.partnermodel.internal.screen;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import nl.koers.instrument.api.figure.Box;
import nl.koers.instrument.api.figure.Label;
import nl.koers.instrument.api.figure.Line;
import nl.koers.instrument.api.figure.Page;
import nl.koers.instrument.api.figure.Shape;
import nl.koers.instrument.api.figure.kit.Sheet.Frame;

/**
 * Where two pictures of the canvas differ: the frames of the shapes drawn in one and not in the other. An edit to
 * one note changes that note's shapes (and those of the notes it pushed along), so the canvas paints those again
 * and not the wall.
 */
final class Damage {
    private Damage() {
    }

    /**
     * {@return the frames, in millimetres on the page, of the shapes that differ; empty when more than {@code most}
     * differ (paint it all)}
     */
    static Optional<List<Frame>> between(Page before, Page after, int most) {
        Map<Shape, Integer> old = new HashMap<>();
        before.shapes().forEach(s -> old.merge(s, 1, Integer::sum));
        List<Frame> out = new ArrayList<>();
        for (Shape s : after.shapes()) {
            if (old.merge(s, -1, Integer::sum) < 0) {
                out.add(frame(s));
            }
        }
        old.forEach((s, left) -> {
            for (int i = 0; i < left; i++) {
                out.add(frame(s));
            }
        });
        return out.size() > most ? Optional.empty() : Optional.of(out);
    }

    private static Frame frame(Shape shape) {
        return switch (shape) {
            case Box b -> new Frame(b.x() - b.strokeMm(), b.y() - b.strokeMm(), b.width() + 2 * b.strokeMm(),
                    b.height() + 2 * b.strokeMm());
            case Label l -> new Frame(l.x(), l.y(), l.width(), l.height());
            case Line l -> new Frame(Math.min(l.x1(), l.x2()) - l.widthMm(), Math.min(l.y1(), l.y2()) - l.widthMm(),
                    Math.abs(l.x2() - l.x1()) + 2 * l.widthMm(), Math.abs(l.y2() - l.y1()) + 2 * l.widthMm());
        };
    }
}
