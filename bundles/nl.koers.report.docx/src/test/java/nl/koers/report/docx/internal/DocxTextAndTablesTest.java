package nl.koers.report.docx.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import nl.koers.instrument.api.report.Block;

class DocxTextAndTablesTest {
    @Test
    void whatXmlCannotHoldIsLeftOutAndTheRestKept() {
        assertEquals("ab\ncd\ne\tf \uD83D\uDE00", DocxText.xmlSafe("a\u0000b\r\ncd\re\tf\u000B \uD83D\uDE00"));
        assertEquals("half a pair", DocxText.xmlSafe("half\uD83D a pair"));
        assertEquals("tot \u00e9\u00e9n", DocxText.xmlSafe("tot \u00e9\u00e9n\uFFFE"));
    }

    @Test
    void columnsFillTheTextWidthAndNoWordBreaks() {
        String longText = "wijkverpleegkundigen en kennis van de buurt ".repeat(12);
        Block.Table table = new Block.Table(List.of("Partner", "Toelichting", "Soort"),
                List.of(List.of("Gemeente", longText, "wens"), List.of("GGD", "kort", "eis")));
        int[] widths = DocxTables.widths(table);
        assertEquals(DocxPage.TEXT_WIDTH_TWIPS, widths[0] + widths[1] + widths[2]);
        // a long text wraps in the widest column; "Soort" and "Gemeente" keep their words whole
        assertTrue(widths[1] > 2 * widths[0], widths[0] + " " + widths[1]);
        assertTrue(widths[2] > DocxPage.twips(5 * 2 + 3.8), "Soort fits: " + widths[2]);
        assertTrue(widths[0] > DocxPage.twips(8 * 2 + 3.8), "Gemeente fits: " + widths[0]);
    }
}
