package nl.koers.instrument.partnermodel.internal.template;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import nl.koers.instrument.partnermodel.internal.Dossiers;
import nl.koers.instrument.partnermodel.internal.Phrases;
import nl.koers.instrument.partnermodel.internal.template.CanvasTemplate.Direction;
import nl.koers.instrument.partnermodel.internal.template.TemplateBlock.Shows;

class TemplateReaderTest {
    private static final Locale NL = Locale.of("nl");

    private static TemplateProblem broken(String json) {
        TemplateException e = assertThrows(TemplateException.class,
                () -> new TemplateReader("nl.firma.canvas 1.0.0", "templates/x.json")
                        .read(new ByteArrayInputStream(json.getBytes(UTF_8))));
        return e.problem();
    }

    @Test
    void theStandardTemplateHasTheBlocksOfTheMethod() {
        CanvasTemplate t = TemplateCatalogue.standardOnly().templates().get(0);
        assertEquals(CanvasTemplate.STANDARD, t.id());
        assertEquals(Set.copyOf(Dossiers.BLOCKS), t.blocks().stream().map(TemplateBlock::id).collect(Collectors.toSet()));
        assertEquals("Partnermodel Canvas", t.name(NL));
        assertEquals("Partner Model Canvas", t.name(Locale.ENGLISH));
        for (TemplateBlock b : t.blocks()) {
            assertFalse(b.name().in(NL).isBlank() || b.name().in(Locale.ENGLISH).isBlank(), b.id());
            assertFalse(b.question().in(NL).isBlank() || b.question().in(Locale.ENGLISH).isBlank(), b.id());
        }
        assertEquals("Besturing en regulering", t.block("governance").orElseThrow().name().in(NL));
        assertEquals(Shows.CORE_PARTNERS, t.block("corePartners").orElseThrow().shows());
        assertEquals(Shows.CHAIN_PARTNERS, t.block("chainPartners").orElseThrow().shows());
    }

    @Test
    void theAmbitionSitsInTheCentre() {
        CanvasTemplate t = TemplateCatalogue.standardOnly().templates().get(0);
        TemplateBlock ambition = t.blocks().stream().filter(b -> b.shows() == Shows.AMBITION).findFirst().orElseThrow();
        assertEquals(t.columns() + 1, ambition.column() + ambition.lastColumn(), "centred across");
        assertEquals(t.rows() + 1, ambition.row() + ambition.lastRow(), "centred down");
        int cells = t.blocks().stream().mapToInt(b -> b.columns() * b.rows()).sum();
        assertEquals(t.columns() * t.rows(), cells, "the blocks fill the canvas without gaps");
    }

    @Test
    void neighboursForTheKeyboard() {
        CanvasTemplate t = TemplateCatalogue.standardOnly().templates().get(0);
        assertEquals("ambition", t.neighbour("offer", Direction.DOWN).orElseThrow().id());
        assertEquals("resources", t.neighbour("ambition", Direction.LEFT).orElseThrow().id());
        assertEquals("channels", t.neighbour("ambition", Direction.RIGHT).orElseThrow().id());
        assertEquals("activities", t.neighbour("corePartners", Direction.RIGHT).orElseThrow().id());
        assertEquals("corePartners", t.neighbour("chainPartners", Direction.UP).orElseThrow().id());
        assertTrue(t.neighbour("corePartners", Direction.LEFT).isEmpty(), "the edge of the canvas");
        assertTrue(t.neighbour("offer", Direction.UP).isEmpty());
    }

    @Test
    void aSyntaxErrorSaysLineAndColumn() {
        TemplateProblem p = broken("{\n  \"id\": \"x\",\n  \"name\": {\"nl\": \"X\"\n  \"rows\": 2\n}");
        assertEquals("syntax", p.key());
        assertEquals(4, p.line());
        assertEquals("nl.firma.canvas 1.0.0", p.bundle());
        assertEquals("templates/x.json", p.file());
        String told = new Phrases(NL).problem(p);
        assertTrue(told.startsWith("Canvas in nl.firma.canvas 1.0.0, bestand templates/x.json, regel 4, kolom "), told);
    }

    @Test
    void aWrongValueIsFoundWhereItIs() {
        String json = """
                {
                  "id": "vierkant",
                  "name": {"nl": "Vierkant"},
                  "columns": 2, "rows": 2,
                  "blocks": [
                    {"id": "a", "name": "A", "column": 1, "row": 1},
                    {"id": "b", "name": "B", "column": 3, "row": 1}
                  ]
                }
                """;
        TemplateProblem p = broken(json);
        assertEquals("outOfRange", p.key());
        assertEquals(7, p.line(), "the line of block b");
        assertEquals(List.of("column", "1", "2", "3"), p.details());
        assertEquals("Canvas in nl.firma.canvas 1.0.0, bestand templates/x.json, regel 7, kolom " + p.column()
                + ": \u201ccolumn\u201d moet een heel getal van 1 tot en met 2 zijn, niet 3", new Phrases(NL).problem(p));
    }

    @Test
    void otherMistakes() {
        assertEquals("missing", broken("{\"id\": \"x\", \"columns\": 1, \"rows\": 1, \"blocks\": []}").key());
        assertEquals("noBlocks",
                broken("{\"id\": \"x\", \"name\": \"X\", \"columns\": 1, \"rows\": 1, \"blocks\": []}").key());
        String head = "{\"id\": \"x\", \"name\": \"X\", \"columns\": 2, \"rows\": 1, \"blocks\": [";
        TemplateProblem overlap = broken(head + "{\"id\": \"a\", \"name\": \"A\", \"column\": 1, \"row\": 1, \"columns\": 2},"
                + "{\"id\": \"b\", \"name\": \"B\", \"column\": 2, \"row\": 1}]}");
        assertEquals("overlap", overlap.key());
        assertEquals(List.of("b", "a"), overlap.details());
        assertEquals("badColour", broken(head + "{\"id\": \"a\", \"name\": \"A\", \"column\": 1, \"row\": 1, \"colour\": \"red\"}]}").key());
        assertEquals("badShows", broken(head + "{\"id\": \"a\", \"name\": \"A\", \"column\": 1, \"row\": 1, \"shows\": \"x\"}]}").key());
        assertEquals("noDutch", broken(head + "{\"id\": \"a\", \"name\": {\"en\": \"A\"}, \"column\": 1, \"row\": 1}]}").key());
        assertEquals("badId", broken("{\"id\": \"Met Spatie\", \"name\": \"X\", \"columns\": 1, \"rows\": 1, \"blocks\": []}").key());
        assertEquals("notObject", broken("[1, 2]").key());
    }

    @Test
    void everyProblemIsToldInBothLanguages() {
        for (String key : List.of("syntax", "unreadable", "notFound", "notObject", "badId", "missing", "noBlocks",
                "duplicateBlock", "overlap", "twoAmbitions", "notText", "notLocalized", "noDutch", "outOfRange",
                "badColour", "badShows", "duplicateTemplate")) {
            TemplateProblem p = new TemplateProblem("b", "f", 1, 1, key, List.of("a", "b", "c", "d"));
            for (Locale l : List.of(NL, Locale.ENGLISH)) {
                String told = new Phrases(l).problem(p);
                assertFalse(told.contains("!template"), told);
            }
        }
    }
}
