package nl.koers.instrument.api.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class BlockTest {
    @Test
    void aRowNarrowerThanTheHeaderIsRefusedWithItsNumber() {
        var e = assertThrows(IllegalArgumentException.class, () -> new Block.Table(List.of("Partner", "Belang"),
                List.of(List.of("Gemeente", "Zon op daken"), List.of("Woningcorporatie"))));
        assertEquals("row 2 has 1 cells, the header 2", e.getMessage());
    }

    @Test
    void aTableKeepsItsRowsWhenTheCallerChangesThem() {
        List<String> row = new ArrayList<>(List.of("Gemeente"));
        Block.Table table = new Block.Table(List.of("Partner"), List.of(row));
        row.set(0, "changed");
        assertEquals("Gemeente", table.rows().get(0).get(0));
    }

    @Test
    void headingsHaveTwoLevelsInsideAChapter() {
        assertThrows(IllegalArgumentException.class, () -> new Block.Heading(3, "Te diep"));
        assertThrows(IllegalArgumentException.class, () -> new Block.Heading(0, "Te hoog"));
        assertEquals(2, new Block.Heading(2, "Deel").level());
    }

    @Test
    void aParagraphWithoutKindIsBody() {
        assertEquals(Block.Paragraph.Kind.BODY, new Block.Paragraph("tekst", null).kind());
    }
}
