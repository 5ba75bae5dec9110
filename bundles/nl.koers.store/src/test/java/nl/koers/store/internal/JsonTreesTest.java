package nl.koers.store.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import nl.koers.domain.Limits;

/**
 * The store reads its files with the parser alone ({@link JsonTrees}) and writes them with its mapper: what it reads
 * must be, node for node, what the mapper read before, and the plain values of unknown data what the mapper made of
 * them, or a file would not be written back as it was.
 */
class JsonTreesTest {
    private final ObjectMapper mapper = new JsonDossierStore().mapper();

    @Test
    void everyKindOfValueIsReadAsTheMapperReadsIt() throws IOException {
        String[] texts = {
            """
            {"format":"koers-dossier","schemaVersion":1,"title":"Jongeren aan het werk \\u2013 Rivierenland",
             "numbers":[0,-1,2147483647,2147483648,-2147483649,-9223372036854775808,9223372036854775808,
                        1.0,25000.50,-0.0,1e3,1E-7,2.5E+10,123456789012345678901234567890.1230],
             "nested":{"empty":{},"none":[],"deep":[[[{"a":[null,true,false,""]}]]]},
             "text":"tab\\t, quote \\", slash \\/ and \\ud83d\\ude00","null":null}
            """,
            "[]", "{}", "\"alone\"", "42", "3.14", "true", "null", "  [1, [2, [3]]]  \n",
        };
        for (String text : texts) {
            byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
            assertSame(mapper.readTree(bytes), JsonTrees.read(JsonDossierStore.FACTORY, bytes), text);
        }
    }

    @Test
    void randomTreesAreReadAsTheMapperReadsThem() throws IOException {
        Random random = new Random(15);
        for (int i = 0; i < 300; i++) {
            JsonNode tree = randomValue(random, 0);
            byte[] bytes = mapper.writeValueAsBytes(tree);
            JsonNode read = JsonTrees.read(JsonDossierStore.FACTORY, bytes);
            assertSame(mapper.readTree(bytes), read, new String(bytes, StandardCharsets.UTF_8));
            assertEquals(mapper.convertValue(read, Object.class), JsonTrees.plain(read));
        }
    }

    @Test
    void plainValuesAreWhatTheMapperMadeOfThem() throws IOException {
        JsonNode tree = JsonTrees.read(JsonDossierStore.FACTORY, """
                {"a":1,"b":4294967296,"c":18446744073709551616,"d":25000.50,"e":"x","f":[true,null,{}],"g":{"h":[]}}
                """.getBytes(StandardCharsets.UTF_8));
        Object plain = JsonTrees.plain(tree);
        assertEquals(mapper.convertValue(tree, Object.class), plain);
        Map<?, ?> fields = (Map<?, ?>) plain;
        assertEquals(List.of("a", "b", "c", "d", "e", "f", "g"), List.copyOf(fields.keySet()), "in the file's order");
        assertInstanceOf(Integer.class, fields.get("a"));
        assertInstanceOf(Long.class, fields.get("b"));
        assertEquals(new BigInteger("18446744073709551616"), fields.get("c"));
        assertEquals(new BigDecimal("25000.50"), fields.get("d"), "exactly as written, its last zero too");
        // written back by the mapper, the same text
        assertEquals(tree.toString(), mapper.valueToTree(plain).toString());
    }

    @Test
    void aKeyTwiceIsRefusedWhereItIs() {
        JsonParseException e = assertThrows(JsonParseException.class, () -> JsonTrees.read(JsonDossierStore.FACTORY,
                "{\"a\":1,\n \"b\":{\"c\":1,\"c\":2}}".getBytes(StandardCharsets.UTF_8)));
        assertTrue(e.getOriginalMessage().startsWith("Duplicate field 'c'"), e.getMessage());
        assertEquals(2, e.getLocation().getLineNr());
    }

    @Test
    void nothingMayFollowTheValue() {
        JsonParseException e = assertThrows(JsonParseException.class, () -> JsonTrees.read(JsonDossierStore.FACTORY,
                "{\"a\":1} {}".getBytes(StandardCharsets.UTF_8)));
        assertTrue(e.getOriginalMessage().startsWith("Trailing token"), e.getMessage());
    }

    @Test
    void aCutOffFileAndTooDeepAFileAreTheParsersToSay() {
        assertThrows(JsonEOFException.class, () -> JsonTrees.read(JsonDossierStore.FACTORY,
                "{\"a\":[1,2".getBytes(StandardCharsets.UTF_8)));
        String deep = "[".repeat(Limits.FILE_DEPTH + 1) + "]".repeat(Limits.FILE_DEPTH + 1);
        assertThrows(StreamConstraintsException.class, () -> JsonTrees.read(JsonDossierStore.FACTORY,
                deep.getBytes(StandardCharsets.UTF_8)));
        String deepest = "[".repeat(Limits.FILE_DEPTH) + "]".repeat(Limits.FILE_DEPTH);
        assertDoesNotThrow(deepest);
    }

    @Test
    void noValueAtAllIsTheMissingNode() throws IOException {
        assertEquals(MissingNode.getInstance(), JsonTrees.read(JsonDossierStore.FACTORY, " \n".getBytes(StandardCharsets.UTF_8)));
    }

    private static void assertDoesNotThrow(String text) {
        try {
            JsonTrees.read(JsonDossierStore.FACTORY, text.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new AssertionError("a file at the depth limit is read", e);
        }
    }

    /** The same tree: the same kind of node everywhere, the same values, the same text (a decimal's scale too). */
    private static void assertSame(JsonNode expected, JsonNode actual, String what) {
        assertEquals(expected.toString(), actual.toString(), what);
        assertEquals(expected, actual, what);
        List<String> expectedKinds = new ArrayList<>();
        List<String> actualKinds = new ArrayList<>();
        kinds(expected, "", expectedKinds);
        kinds(actual, "", actualKinds);
        assertEquals(expectedKinds, actualKinds, what);
    }

    private static void kinds(JsonNode node, String path, List<String> out) {
        out.add(path + " " + node.getClass().getSimpleName());
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> i = node.fields(); i.hasNext();) {
                Map.Entry<String, JsonNode> field = i.next();
                kinds(field.getValue(), path + "/" + field.getKey(), out);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                kinds(node.get(i), path + "/" + i, out);
            }
        }
    }

    private static JsonNode randomValue(Random random, int depth) {
        int kind = random.nextInt(depth > 4 ? 7 : 9);
        return switch (kind) {
            case 0 -> JsonTrees.NODES.textNode(randomText(random));
            case 1 -> JsonTrees.NODES.numberNode(random.nextInt());
            case 2 -> JsonTrees.NODES.numberNode(random.nextLong());
            case 3 -> JsonTrees.NODES.numberNode(new BigInteger(80, random).negate());
            case 4 -> JsonTrees.NODES.numberNode(new BigDecimal(BigInteger.valueOf(random.nextLong()), random.nextInt(12) - 3));
            case 5 -> JsonTrees.NODES.booleanNode(random.nextBoolean());
            case 6 -> JsonTrees.NODES.nullNode();
            case 7 -> {
                ObjectNode object = JsonTrees.NODES.objectNode();
                for (int i = random.nextInt(5); i > 0; i--) {
                    object.set(randomText(random), randomValue(random, depth + 1));
                }
                yield object;
            }
            default -> {
                ArrayNode array = JsonTrees.NODES.arrayNode();
                for (int i = random.nextInt(5); i > 0; i--) {
                    array.add(randomValue(random, depth + 1));
                }
                yield array;
            }
        };
    }

    private static String randomText(Random random) {
        StringBuilder text = new StringBuilder();
        for (int i = random.nextInt(8); i > 0; i--) {
            text.appendCodePoint(switch (random.nextInt(4)) {
                case 0 -> 'a' + random.nextInt(26);
                case 1 -> random.nextInt(0x20); // controls, escaped
                case 2 -> 0xC0 + random.nextInt(0x200);
                default -> 0x1F600 + random.nextInt(50); // beyond the basic plane
            });
        }
        return text.toString();
    }
}
