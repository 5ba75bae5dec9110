package nl.koers.report.docx.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import nl.koers.instrument.api.report.Block;

class DocxTextTest {
    @Test
    void whatXmlCannotHoldIsLeftOutAndTheRestKept() {
        assertEquals("ab\ncd\ne\tf \uD83D\uDE00", DocxText.xmlSafe("a\u0000b\r\ncd\re\tf\u000B \uD83D\uDE00"));
        assertEquals("half a pair", DocxText.xmlSafe("half\uD83D a pair"));
        assertEquals("tot \u00e9\u00e9n", DocxText.xmlSafe("tot \u00e9\u00e9n\uFFFE"));
    }

    @Test
    void columnsFillTheTextWidthInProportionToWhatTheyHold() {
        Block.Table table = new Block.Table(List.of("Partner", "Toelichting"),
                List.of(List.of("Gemeente", "x".repeat(500)), List.of("GGD", "kort")));
        int[] widths = DocxTables.widths(table);
        assertEquals(DocxPage.TEXT_WIDTH_TWIPS, widths[0] + widths[1]);
        // a long text wraps: its column is capped, not the whole page
        assertTrue(widths[1] > 3 * widths[0] && widths[0] > DocxPage.TEXT_WIDTH_TWIPS / 8, widths[0] + " " + widths[1]);
    }
}
