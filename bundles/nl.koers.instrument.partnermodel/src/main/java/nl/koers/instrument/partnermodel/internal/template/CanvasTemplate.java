package nl.koers.instrument.partnermodel.internal.template;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The blocks of a partner model canvas and where they sit: data, read from a JSON file in a bundle, so that a
 * firm can ship a canvas of its own.
 *
 * @param origin where it was read from, for messages: "bundle nl.firma.canvas, templates/x.json"
 */
public record CanvasTemplate(String id, Localized name, int columns, int rows, List<TemplateBlock> blocks,
        String origin) {
    /** The id of the template Koers ships; a dossier without a choice uses it. */
    public static final String STANDARD = "standaard";

    public CanvasTemplate {
        blocks = List.copyOf(blocks);
    }

    public String name(Locale locale) {
        return name.in(locale);
    }

    public Optional<TemplateBlock> block(String blockId) {
        return blocks.stream().filter(b -> b.id().equals(blockId)).findFirst();
    }

    /** The blocks that step {@code step} (1-based) of the instrument works on. */
    public List<TemplateBlock> blocksOfStep(int step) {
        return blocks.stream().filter(b -> b.step() == step).toList();
    }

    /** A direction on the canvas, for moving a note with the keyboard. */
    public enum Direction {
        LEFT, RIGHT, UP, DOWN
    }

    /**
     * The block next to {@code blockId} in {@code direction}: of the blocks that lie wholly on that side and
     * share rows (left, right) or columns (up, down) with it, the nearest; empty at the edge of the canvas.
     */
    public Optional<TemplateBlock> neighbour(String blockId, Direction direction) {
        TemplateBlock from = block(blockId).orElse(null);
        if (from == null) {
            return Optional.empty();
        }
        return blocks.stream().filter(b -> b != from && beside(from, b, direction))
                .min(Comparator.comparingDouble((TemplateBlock b) -> distance(from, b, direction))
                        .thenComparingDouble(b -> offAxis(from, b, direction)));
    }

    private static boolean beside(TemplateBlock from, TemplateBlock b, Direction d) {
        boolean sharesRows = b.row() <= from.lastRow() && from.row() <= b.lastRow();
        boolean sharesColumns = b.column() <= from.lastColumn() && from.column() <= b.lastColumn();
        return switch (d) {
            case LEFT -> sharesRows && b.lastColumn() < from.column();
            case RIGHT -> sharesRows && b.column() > from.lastColumn();
            case UP -> sharesColumns && b.lastRow() < from.row();
            case DOWN -> sharesColumns && b.row() > from.lastRow();
        };
    }

    private static double distance(TemplateBlock from, TemplateBlock b, Direction d) {
        return switch (d) {
            case LEFT -> from.column() - b.lastColumn();
            case RIGHT -> b.column() - from.lastColumn();
            case UP -> from.row() - b.lastRow();
            case DOWN -> b.row() - from.lastRow();
        };
    }

    /** How far the centres lie apart across the direction: the block straight across wins. */
    private static double offAxis(TemplateBlock from, TemplateBlock b, Direction d) {
        return switch (d) {
            case LEFT, RIGHT -> Math.abs((b.row() + b.lastRow()) - (from.row() + from.lastRow()));
            case UP, DOWN -> Math.abs((b.column() + b.lastColumn()) - (from.column() + from.lastColumn()));
        };
    }
}
