package nl.koers.instrument.brengenhalen.internal.homework;

import java.io.IOException;
import java.util.List;
import java.util.Locale;

import nl.koers.domain.Category;
import nl.koers.domain.Direction;
import nl.koers.domain.Firmness;
import nl.koers.domain.Texts;
import nl.koers.instrument.api.figure.TextMeasure;
import nl.koers.instrument.brengenhalen.internal.homework.HomeworkAnswers.Item;
import nl.koers.instrument.brengenhalen.internal.homework.HomeworkAnswers.Line;
import nl.koers.instrument.brengenhalen.internal.homework.HomeworkFields.Part;
import nl.koers.instrument.brengenhalen.internal.homework.HomeworkFields.Slot;

/**
 * What a partner brings or gets, as a table of a homework form: per category a line for every contribution the
 * dossier holds (filled in; its id is a hidden field, see {@link HomeworkFields}) and at least one empty line more,
 * at least {@value #MIN_LINES} lines, over as many pages as it takes, so nothing the dossier holds is left off.
 */
final class BringGetTable {
    private static final double GAP = 2;
    private static final double ROW_H = 12;
    private static final double ROW_GAP = 1.2;
    private static final double CATEGORY_W = 25;
    private static final double AMOUNT_W = 22;
    private static final double UNIT_W = 34;
    private static final double DEMAND_W = 11;
    private static final double BOX = 5;
    /** The fewest lines a category has, so that a partner can always give two. */
    static final int MIN_LINES = 2;
    /** The column headings of a table. */
    private static final double HEADER_H = TextMeasure.lineHeightMm(8);

    private final Locale locale;
    private final Texts texts;
    private final Texts words;

    BringGetTable(Locale locale) {
        this.locale = locale;
        this.texts = HomeworkTexts.of(locale);
        this.words = Texts.words(locale);
    }

    /** The table's title, column headings and first line: what a page must have room for to start it on. */
    double firstRowHeight(FormCanvas c) {
        return headHeight(c) + ROW_H;
    }

    private double headHeight(FormCanvas c) {
        return HomeworkForm.titleHeight(c, texts.get("q3.bring"), 11) + HEADER_H + 1;
    }

    /** How many lines a slot gets: one per contribution the dossier holds, one empty line more, at least two. */
    static int lineCount(HomeworkAnswers answers, Slot slot) {
        return Math.max(MIN_LINES, answers.lines(slot).size() + 1);
    }

    /**
     * Per category its lines: what, how much, which unit, and whether it is a demand. A category stays on one page
     * when it fits; the table runs on over as many pages as it needs.
     */
    void write(FormCanvas c, FormFields f, Direction direction, HomeworkAnswers answers) throws IOException {
        String title = texts.get(direction == Direction.BRING ? "q3.bring" : "q3.get");
        c.keep(firstRowHeight(c));
        c.paragraph(title, 11, FormCanvas.ACCENT, true);
        c.down(1.2);
        columnHeads(c);
        for (Category category : Category.values()) {
            Slot slot = new Slot(direction, category);
            List<Line> held = answers.lines(slot);
            int count = lineCount(answers, slot);
            double block = count * (ROW_H + ROW_GAP);
            if (FormCanvas.TOP + HEADER_H + 1 + block <= FormCanvas.BOTTOM) {
                onPage(c, block); // a category stays on one page when it fits on one
            }
            for (int n = 1; n <= count; n++) {
                boolean newPage = onPage(c, ROW_H + ROW_GAP);
                row(c, f, slot, n, n <= held.size() ? held.get(n - 1).item() : null, n == 1 || newPage);
            }
        }
    }

    /** Starts a new page, with the column headings, when less than {@code mm} is left; says whether it did. */
    private boolean onPage(FormCanvas c, double mm) throws IOException {
        c.keep(mm);
        if (c.y() != FormCanvas.TOP) {
            return false;
        }
        columnHeads(c);
        return true;
    }

    private Columns columns() {
        double descX = FormCanvas.LEFT + CATEGORY_W + GAP;
        double demandX = FormCanvas.RIGHT - DEMAND_W;
        double unitX = demandX - GAP - UNIT_W;
        double amountX = unitX - GAP - AMOUNT_W;
        return new Columns(descX, amountX - GAP - descX, amountX, unitX, demandX);
    }

    private record Columns(double descX, double descW, double amountX, double unitX, double demandX) {
    }

    private void columnHeads(FormCanvas c) throws IOException {
        Columns k = columns();
        double top = c.y();
        c.text(k.descX(), top, k.descW(), texts.get("column.description"), 8, FormCanvas.QUIET, false);
        c.text(k.amountX(), top, AMOUNT_W, texts.get("column.amount"), 8, FormCanvas.QUIET, false);
        c.text(k.unitX(), top, UNIT_W, texts.get("column.unit"), 8, FormCanvas.QUIET, false);
        c.text(k.demandX(), top, DEMAND_W, texts.get("column.demand"), 8, FormCanvas.QUIET, false);
        c.down(HEADER_H + 1);
    }

    /**
     * Line {@code n} of a slot, filled with {@code item} (null for an empty line); the category beside the first line
     * and beside the first on a new page.
     */
    private void row(FormCanvas c, FormFields f, Slot slot, int n, Item item, boolean named) throws IOException {
        Columns k = columns();
        double row = c.y();
        if (named) {
            c.text(FormCanvas.LEFT, row + 2, CATEGORY_W, capitalised(words.label(slot.category())), 9.5,
                    FormCanvas.INK, false);
        }
        f.textField(slot.field(n, Part.DESCRIPTION), tip(slot, n, Part.DESCRIPTION), k.descX(), row, k.descW(),
                ROW_H, 8.5, true, item == null ? "" : item.description());
        f.textField(slot.field(n, Part.AMOUNT), tip(slot, n, Part.AMOUNT), k.amountX(), row, AMOUNT_W, ROW_H, 10,
                false, item == null ? "" : Amounts.format(item.amount(), locale));
        f.textField(slot.field(n, Part.UNIT), tip(slot, n, Part.UNIT), k.unitX(), row, UNIT_W, ROW_H, 10, false,
                item == null ? "" : item.unit());
        f.checkBox(slot.field(n, Part.DEMAND), tip(slot, n, Part.DEMAND), k.demandX() + (DEMAND_W - BOX) / 2,
                row + (ROW_H - BOX) / 2, BOX, item != null && item.firmness() == Firmness.DEMAND);
        c.down(ROW_H + ROW_GAP);
    }

    private String tip(Slot slot, int n, Part part) {
        return HomeworkTexts.fieldLabel(slot.field(n, part), locale);
    }

    private String capitalised(String word) {
        return word.isEmpty() ? word : word.substring(0, 1).toUpperCase(locale) + word.substring(1);
    }
}
