package nl.koers.launcher.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JsonReaderTest {

    @Test
    void readsAFeatureLikeDocument() throws JsonException {
        Object json = JsonReader.read("""
                {
                  "feature-resource-version": "1.0",
                  "id": "nl.koers:nl.koers.feature.core:osgifeature:0.1.0",
                  "complete": false,
                  "bundles": [ {"id": "a:b:1"}, {"id": "c:d:2", "start-order": 3} ]
                }
                """);

        Map<?, ?> feature = (Map<?, ?>) json;
        assertEquals("1.0", feature.get("feature-resource-version"));
        assertEquals(Boolean.FALSE, feature.get("complete"));
        List<?> bundles = (List<?>) feature.get("bundles");
        assertEquals(2, bundles.size());
        assertEquals(new BigDecimal("3"), ((Map<?, ?>) bundles.get(1)).get("start-order"));
    }

    @Test
    void keepsTheOrderOfMembers() throws JsonException {
        Map<?, ?> object = (Map<?, ?>) JsonReader.read("{\"z\":1,\"a\":2,\"m\":3}");
        assertEquals(List.of("z", "a", "m"), List.copyOf(object.keySet()));
    }

    @Test
    void readsEveryKindOfValue() throws JsonException {
        List<?> values = (List<?>) JsonReader.read("[true, false, null, -0, 12.5e-1, \"x\", [], {}]");
        assertEquals(Boolean.TRUE, values.get(0));
        assertEquals(Boolean.FALSE, values.get(1));
        assertNull(values.get(2));
        assertEquals(new BigDecimal("-0"), values.get(3));
        assertEquals(0, new BigDecimal("1.25").compareTo((BigDecimal) values.get(4)));
        assertEquals("x", values.get(5));
        assertEquals(List.of(), values.get(6));
        assertEquals(Map.of(), values.get(7));
    }

    @Test
    void decodesEscapes() throws JsonException {
        assertEquals("a\"b\\c/d\b\f\n\r\té€😀",
                JsonReader.read("\"a\\\"b\\\\c\\/d\\b\\f\\n\\r\\t\\u00e9\\u20AC\\ud83d\\ude00\""));
    }

    @Test
    void acceptsAScalarAtTheTop() throws JsonException {
        assertEquals(new BigDecimal("42"), JsonReader.read(" 42 "));
    }

    @ParameterizedTest(name = "[{index}] {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "``                  | UNEXPECTED_END",
        "`{`                 | UNEXPECTED_END",
        "`[1,]`              | UNEXPECTED_CHARACTER",
        "`{\"a\":1,}`        | UNEXPECTED_CHARACTER",
        "`{'a':1}`           | UNEXPECTED_CHARACTER",
        "`{a:1}`             | UNEXPECTED_CHARACTER",
        "`[1 2]`             | UNEXPECTED_CHARACTER",
        "`// c\n{}`          | UNEXPECTED_CHARACTER",
        "`tru`               | UNEXPECTED_CHARACTER",
        "`NaN`               | UNEXPECTED_CHARACTER",
        "`{} {}`             | TEXT_AFTER_VALUE",
        "`\"abc`             | UNTERMINATED_STRING",
        "`\"a\tb\"`          | CONTROL_CHARACTER_IN_STRING",
        "`\"\\x\"`           | BAD_ESCAPE",
        "`\"\\u12g4\"`       | BAD_ESCAPE",
        "`01`                | TEXT_AFTER_VALUE",
        "`[1.]`              | BAD_NUMBER",
        "`-`                 | UNEXPECTED_END",
        "`1e`                | UNEXPECTED_END",
        "`.5`                | UNEXPECTED_CHARACTER",
        "`+1`                | UNEXPECTED_CHARACTER",
        "`{\"a\":1,\"a\":2}` | DUPLICATE_KEY",
    })
    void rejectsWhatIsNotStrictJson(String text, JsonException.Reason reason) {
        String unescaped = text.replace("\\n", "\n").replace("\\t", "\t");
        JsonException e = assertThrows(JsonException.class, () -> JsonReader.read(unescaped));
        assertEquals(reason, e.reason());
    }

    @Test
    void saysWhereTheProblemIs() {
        JsonException e = assertThrows(JsonException.class, () -> JsonReader.read("{\n  \"a\": 1,\n  \"b\" 2\n}"));
        assertEquals(3, e.line());
        assertEquals(7, e.column());
    }

    @Test
    void refusesNestingThatWouldOverflowTheStack() {
        String deep = "[".repeat(10_000) + "]".repeat(10_000);
        JsonException e = assertThrows(JsonException.class, () -> JsonReader.read(deep));
        assertEquals(JsonException.Reason.TOO_DEEP, e.reason());
    }

    @Test
    void givesUnmodifiableResults() throws JsonException {
        Map<?, ?> object = (Map<?, ?>) JsonReader.read("{\"a\":[1]}");
        assertThrows(UnsupportedOperationException.class, () -> object.clear());
        assertThrows(UnsupportedOperationException.class, () -> ((List<?>) object.get("a")).clear());
    }
}
