package nl.koers.store.internal;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BigIntegerNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.ContainerNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;

/**
 * JSON read into Jackson's tree by the parser alone, by the rules the store's mapper reads with: a key twice in one
 * object is refused, a number with a fraction or an exponent is kept exactly as written ({@link DecimalNode}), and
 * nothing may follow the value. Making an {@code ObjectMapper} costs more than reading the sample dossier; reading
 * without one lets the first dossier open while the window is built, and leaves the mapper to the first save.
 */
final class JsonTrees {
    /** As the store's mapper makes its nodes: decimals exactly as written, "25000.50" not "25000.5". */
    static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);

    private JsonTrees() {
    }

    /**
     * The tree of {@code bytes}; {@link MissingNode} when they hold no value at all.
     *
     * @throws JsonParseException where the text is no JSON, holds a key twice or goes on after its value: the
     *         message starts with "Duplicate field" or "Trailing token" for those two
     * @throws IOException what the parser throws besides, its limits included
     */
    static JsonNode read(JsonFactory factory, byte[] bytes) throws IOException {
        try (JsonParser parser = factory.createParser(bytes)) {
            if (parser.nextToken() == null) {
                return MissingNode.getInstance();
            }
            JsonNode root = value(parser);
            JsonToken after = parser.nextToken();
            if (after != null) {
                throw new JsonParseException(parser, "Trailing token (of type " + after + ") found after the value");
            }
            return root;
        }
    }

    /**
     * The value the parser stands on, read to its end. Without recursion: the parser's nesting limit is the file's,
     * a thousand levels, more than a thread's stack should be asked for. In an object the parser reads each key with
     * {@code nextFieldName}, its quickest way.
     */
    private static JsonNode value(JsonParser parser) throws IOException {
        Deque<ContainerNode<?>> open = new ArrayDeque<>(); // the innermost first
        JsonNode root = null;
        JsonToken token = parser.currentToken();
        while (true) {
            ContainerNode<?> parent = open.peek();
            String name = null;
            if (parent instanceof ObjectNode) {
                name = parser.nextFieldName();
                token = name == null ? JsonToken.END_OBJECT : parser.nextToken();
            } else if (parent != null) {
                token = parser.nextToken();
            }
            JsonNode value;
            switch (token) {
                case END_OBJECT, END_ARRAY -> {
                    open.pop();
                    if (open.isEmpty()) {
                        return root;
                    }
                    continue;
                }
                case START_OBJECT -> value = NODES.objectNode();
                case START_ARRAY -> value = NODES.arrayNode();
                case VALUE_STRING -> value = TextNode.valueOf(parser.getText());
                case VALUE_NUMBER_INT -> value = integer(parser);
                case VALUE_NUMBER_FLOAT -> value = DecimalNode.valueOf(parser.getDecimalValue());
                case VALUE_TRUE -> value = BooleanNode.TRUE;
                case VALUE_FALSE -> value = BooleanNode.FALSE;
                case VALUE_NULL -> value = NullNode.getInstance();
                default -> throw new JsonParseException(parser, "Unexpected token (" + token + ")");
            }
            if (parent == null) {
                root = value;
            } else if (name != null) {
                if (((ObjectNode) parent).putIfAbsent(name, value) != null) {
                    throw new JsonParseException(parser, "Duplicate field '" + name + "'");
                }
            } else {
                ((ArrayNode) parent).add(value);
            }
            if (value instanceof ContainerNode<?> container) {
                open.push(container);
            } else if (parent == null) {
                return root; // a lone value at the top
            }
        }
    }

    /** An integer in the smallest node that holds it, as Jackson's own tree reading does. */
    private static JsonNode integer(JsonParser parser) throws IOException {
        return switch (parser.getNumberType()) {
            case INT -> IntNode.valueOf(parser.getIntValue());
            case LONG -> LongNode.valueOf(parser.getLongValue());
            default -> BigIntegerNode.valueOf(parser.getBigIntegerValue());
        };
    }

    /**
     * A subtree as plain maps (in the file's order), lists, strings, numbers ({@code Integer}, {@code Long},
     * {@code BigInteger}, {@code BigDecimal}), booleans and nulls: what the store's mapper made of it, so that data
     * this version does not know is written back as it was read.
     */
    static Object plain(JsonNode node) {
        return switch (node.getNodeType()) {
            case OBJECT -> {
                Map<String, Object> fields = new LinkedHashMap<>();
                for (Map.Entry<String, JsonNode> field : node.properties()) {
                    fields.put(field.getKey(), plain(field.getValue()));
                }
                yield fields;
            }
            case ARRAY -> {
                List<Object> items = new ArrayList<>(node.size());
                for (JsonNode item : node) {
                    items.add(plain(item));
                }
                yield items;
            }
            case STRING -> node.textValue();
            case NUMBER -> node.numberValue();
            case BOOLEAN -> node.booleanValue();
            case NULL, MISSING -> null;
            // not in a tree read from text
            case BINARY, POJO -> throw new IllegalArgumentException("not plain JSON: " + node.getNodeType());
        };
    }
}
