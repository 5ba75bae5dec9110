package nl.koers.campaigns.fuzz;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ContainerNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;

/**
 * Cuts into the JSON tree of a seed: picks a random place (any value at any depth), puts something else there,
 * and writes the tree back as bytes. Values that Jackson cannot hold as a node (a number of 5,000 digits, 100,000
 * brackets) go in as a marker string that is swapped for the raw text after writing.
 */
final class JsonSurgery {
    /** A place in a tree: the container and the field name or index that holds the value. */
    record Place(ContainerNode<?> parent, String field, int index, JsonNode value) {
        void set(JsonNode replacement) {
            if (parent instanceof ObjectNode o) {
                o.set(field, replacement);
            } else {
                ((ArrayNode) parent).set(index, replacement);
            }
        }
    }

    private static final String MARKER = "\u0001raw\u0001";
    private static final ObjectMapper MAPPER = JsonMapper.builder().build();

    private JsonSurgery() {
    }

    static ObjectMapper mapper() {
        return MAPPER;
    }

    /** Every value in the tree, the root's fields included; the root itself is not a place. */
    static List<Place> places(JsonNode root) {
        List<Place> out = new ArrayList<>();
        collect(root, out);
        return out;
    }

    private static void collect(JsonNode node, List<Place> out) {
        if (node instanceof ObjectNode o) {
            for (Map.Entry<String, JsonNode> e : o.properties()) {
                out.add(new Place(o, e.getKey(), -1, e.getValue()));
                collect(e.getValue(), out);
            }
        } else if (node instanceof ArrayNode a) {
            for (int i = 0; i < a.size(); i++) {
                out.add(new Place(a, null, i, a.get(i)));
                collect(a.get(i), out);
            }
        }
    }

    static Place randomPlace(ObjectNode root, SplittableRandom random) {
        List<Place> places = places(root);
        return places.get(random.nextInt(places.size()));
    }

    /** The tree with one random value replaced by {@code raw} exactly as written (not escaped, not checked). */
    static byte[] withRaw(ObjectNode seedTree, SplittableRandom random, String raw) {
        return withRaw(seedTree, random, raw, false);
    }

    /** As {@link #withRaw(ObjectNode, SplittableRandom, String)}; with {@code numbersOnly} a number is replaced. */
    static byte[] withRaw(ObjectNode seedTree, SplittableRandom random, String raw, boolean numbersOnly) {
        ObjectNode copy = seedTree.deepCopy();
        List<Place> numbers = numbersOnly ? places(copy).stream().filter(p -> p.value().isNumber()).toList() : List.of();
        Place place = numbers.isEmpty() ? randomPlace(copy, random) : numbers.get(random.nextInt(numbers.size()));
        place.set(TextNode.valueOf(MARKER));
        return swapMarker(write(copy, random.nextBoolean()), raw.getBytes(StandardCharsets.UTF_8));
    }

    /** The tree with the value of {@code field} at the top replaced by raw text; the field is added when absent. */
    static byte[] withRawField(ObjectNode seedTree, String field, String raw, boolean pretty) {
        ObjectNode copy = seedTree.deepCopy();
        copy.put(field, MARKER);
        return swapMarker(write(copy, pretty), raw.getBytes(StandardCharsets.UTF_8));
    }

    static byte[] swapMarker(byte[] written, byte[] raw) {
        byte[] marker = ("\"" + MARKER.replace("\u0001", "\\u0001") + "\"").getBytes(StandardCharsets.UTF_8);
        int at = indexOf(written, marker);
        if (at < 0) {
            throw new IllegalStateException("marker not written");
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(written.length + raw.length);
        out.write(written, 0, at);
        out.writeBytes(raw);
        out.write(written, at + marker.length, written.length - at - marker.length);
        return out.toByteArray();
    }

    static byte[] write(JsonNode tree, boolean pretty) {
        try {
            return pretty ? MAPPER.writerWithDefaultPrettyPrinter().writeValueAsBytes(tree)
                    : MAPPER.writeValueAsBytes(tree);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The tree written by hand, with one field of {@code target} written twice (the second time {@code again}). */
    static byte[] withDuplicate(JsonNode root, ObjectNode target, String field, JsonNode again) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonGenerator g = MAPPER.createGenerator(out)) {
            g.useDefaultPrettyPrinter();
            writeDuplicating(g, root, target, field, again);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static void writeDuplicating(JsonGenerator g, JsonNode node, ObjectNode target, String field,
            JsonNode again) throws IOException {
        if (node instanceof ObjectNode o) {
            g.writeStartObject();
            for (Map.Entry<String, JsonNode> e : o.properties()) {
                g.writeFieldName(e.getKey());
                writeDuplicating(g, e.getValue(), target, field, again);
                if (o == target && e.getKey().equals(field)) {
                    g.writeFieldName(field);
                    writeDuplicating(g, again, target, field, again);
                }
            }
            g.writeEndObject();
        } else if (node instanceof ArrayNode a) {
            g.writeStartArray();
            for (JsonNode element : a) {
                writeDuplicating(g, element, target, field, again);
            }
            g.writeEndArray();
        } else {
            MAPPER.writeTree(g, node);
        }
    }

    /** Every object in the tree that has at least one field. */
    static List<ObjectNode> objects(JsonNode root) {
        List<ObjectNode> out = new ArrayList<>();
        if (root instanceof ObjectNode o && !o.isEmpty()) {
            out.add(o);
        }
        places(root).stream().map(Place::value).filter(v -> v instanceof ObjectNode o && !o.isEmpty())
                .forEach(v -> out.add((ObjectNode) v));
        return out;
    }

    static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
