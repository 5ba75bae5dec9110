package nl.koers.instrument.partnermodel.internal.template;

/**
 * One block (bouwsteen) of a canvas template: where it sits in the template's grid, what it is called and
 * which question it asks, and what it shows besides its notes.
 *
 * @param column first column, 1-based
 * @param row first row, 1-based
 * @param step the step of the instrument (1-based) that works on this block, 0 for none
 * @param colour the block's tint as "#rrggbb"
 */
public record TemplateBlock(String id, Localized name, Localized question, int column, int row, int columns,
        int rows, String colour, Shows shows, int step) {

    /** What a block shows above its notes. */
    public enum Shows {
        /** only its notes */
        NOTES,
        /** the current version of the shared ambition */
        AMBITION,
        /** the dossier's core partners */
        CORE_PARTNERS,
        /** the dossier's chain partners */
        CHAIN_PARTNERS
    }

    public int lastColumn() {
        return column + columns - 1;
    }

    public int lastRow() {
        return row + rows - 1;
    }

    boolean overlaps(TemplateBlock other) {
        return column <= other.lastColumn() && other.column <= lastColumn() && row <= other.lastRow()
                && other.row <= lastRow();
    }
}
