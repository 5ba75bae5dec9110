package nl.koers.report.docx.internal;

import java.math.BigInteger;
import java.util.List;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;

import nl.koers.instrument.api.report.Block;

/**
 * A table as a real table: thin grey borders, the full text width, columns as wide as their texts need (within
 * reason), and the header row shaded and repeated at the top of every page the table runs over.
 */
final class DocxTables {
    /** A column's share follows its longest line up to this many characters; longer texts wrap. */
    private static final int WIDEST = 40;
    private static final int NARROWEST = 4;
    /** About the width of a character of the body text, bold included, in twips. */
    private static final int CHARACTER = 115;
    private static final int CELL_MARGINS = 2 * DocxPage.twips(1.9);
    private static final String BORDER = "A6A6A6";

    private final XWPFDocument document;

    DocxTables(XWPFDocument document) {
        this.document = document;
    }

    void write(Block.Table block) {
        int columns = block.header().size();
        XWPFTable table = document.createTable(block.rows().size() + 1, columns);
        // borders and margins on the table itself: poi-ooxml-lite has no schema type for a table style's own
        table.setTopBorder(XWPFTable.XWPFBorderType.SINGLE, 4, 0, BORDER);
        table.setBottomBorder(XWPFTable.XWPFBorderType.SINGLE, 4, 0, BORDER);
        table.setLeftBorder(XWPFTable.XWPFBorderType.SINGLE, 4, 0, BORDER);
        table.setRightBorder(XWPFTable.XWPFBorderType.SINGLE, 4, 0, BORDER);
        table.setInsideHBorder(XWPFTable.XWPFBorderType.SINGLE, 4, 0, BORDER);
        table.setInsideVBorder(XWPFTable.XWPFBorderType.SINGLE, 4, 0, BORDER);
        table.setCellMargins(DocxPage.twips(0.5), CELL_MARGINS / 2, DocxPage.twips(0.5), CELL_MARGINS / 2);
        CTTblPr properties = table.getCTTbl().getTblPr();
        CTTblWidth width = properties.isSetTblW() ? properties.getTblW() : properties.addNewTblW();
        width.setType(STTblWidth.DXA);
        width.setW(BigInteger.valueOf(DocxPage.TEXT_WIDTH_TWIPS));
        int[] widths = widths(block);
        grid(table, widths);

        XWPFTableRow header = table.getRow(0);
        header.setRepeatHeader(true);
        header.setCantSplitRow(true);
        fill(header, block.header(), widths, true);
        for (int r = 0; r < block.rows().size(); r++) {
            fill(table.getRow(r + 1), block.rows().get(r), widths, false);
        }
        // a table that follows a table directly would merge with it
        document.createParagraph().setSpacingAfter(0);
    }

    private static void fill(XWPFTableRow row, List<String> texts, int[] widths, boolean header) {
        for (int c = 0; c < texts.size(); c++) {
            XWPFTableCell cell = row.getCell(c);
            CTTblWidth width = cell.getCTTc().addNewTcPr().addNewTcW();
            width.setType(STTblWidth.DXA);
            width.setW(BigInteger.valueOf(widths[c]));
            XWPFParagraph paragraph = cell.getParagraphs().get(0);
            paragraph.setSpacingAfter(0);
            if (header) {
                cell.setColor("D9E2F3");
                DocxText.append(paragraph, texts.get(c)).setBold(true);
            } else if (!texts.get(c).isEmpty()) {
                DocxText.append(paragraph, texts.get(c));
            }
        }
    }

    private static void grid(XWPFTable table, int[] widths) {
        CTTblGrid grid = table.getCTTbl().getTblGrid() == null ? table.getCTTbl().addNewTblGrid()
                : table.getCTTbl().getTblGrid();
        while (grid.sizeOfGridColArray() > 0) {
            grid.removeGridCol(0);
        }
        for (int width : widths) {
            grid.addNewGridCol().setW(BigInteger.valueOf(width));
        }
    }

    /**
     * Widths in twips that fill the text width: each column first as wide as its longest word (so no word breaks in
     * the middle), the rest shared in proportion to its longest line, capped so one long text wraps instead of
     * squeezing the others.
     */
    static int[] widths(Block.Table table) {
        int columns = table.header().size();
        int[] word = new int[columns];
        int[] line = new int[columns];
        for (int c = 0; c < columns; c++) {
            word[c] = longestWord(table.header().get(c));
            line[c] = Math.min(WIDEST, longestLine(table.header().get(c)));
        }
        for (List<String> row : table.rows()) {
            for (int c = 0; c < columns; c++) {
                word[c] = Math.max(word[c], longestWord(row.get(c)));
                line[c] = Math.max(line[c], Math.min(WIDEST, longestLine(row.get(c))));
            }
        }
        int[] widths = new int[columns];
        int least = 0;
        int weights = 0;
        for (int c = 0; c < columns; c++) {
            widths[c] = Math.min(WIDEST / 2, Math.max(NARROWEST, word[c])) * CHARACTER + CELL_MARGINS;
            least += widths[c];
            weights += line[c];
        }
        int rest = DocxPage.TEXT_WIDTH_TWIPS - least;
        for (int c = 0; c < columns; c++) {
            // more words than fit: every column narrower in proportion; else the rest shared out
            widths[c] = rest < 0 ? widths[c] * DocxPage.TEXT_WIDTH_TWIPS / least
                    : widths[c] + (int) ((long) rest * line[c] / Math.max(1, weights));
        }
        int total = 0;
        for (int c = 0; c < columns - 1; c++) {
            total += widths[c];
        }
        widths[columns - 1] = DocxPage.TEXT_WIDTH_TWIPS - total;
        return widths;
    }

    private static int longestLine(String text) {
        int longest = 0;
        for (String line : text.split("\n", -1)) {
            longest = Math.max(longest, line.length());
        }
        return longest;
    }

    private static int longestWord(String text) {
        int longest = 0;
        for (String word : text.split("\\s+")) {
            longest = Math.max(longest, word.length());
        }
        return longest;
    }
}
