package nl.koers.store.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeType;

import nl.koers.domain.EditRefused;
import nl.koers.domain.Limits;
import nl.koers.store.Problem;
import nl.koers.store.Problem.Kind;

/**
 * Typed access to the fields of a JSON tree that reports, for anything of the wrong type, the file and the
 * exact place ({@code partners[1].representatives[0].lenses[2]}).
 */
final class Fields {
    private final String file;

    Fields(String file) {
        this.file = file;
    }

    BadDossier problem(Kind kind, String where, String... details) {
        return new BadDossier(Problem.at(file, kind, where, details));
    }

    BadDossier problem(Kind kind, Place where, String... details) {
        return problem(kind, where.toString(), details);
    }

    JsonNode object(JsonNode node, Place where) {
        if (!node.isObject()) {
            throw wrongType(node, "type.object", where);
        }
        return node;
    }

    String text(JsonNode object, String field, Place where) {
        JsonNode n = object.get(field);
        if (n == null || n.isNull()) {
            return "";
        }
        if (!n.isTextual()) {
            throw wrongType(n, "type.text", where.field(field));
        }
        return n.textValue();
    }

    String requiredText(JsonNode object, String field, Place where) {
        JsonNode n = object.get(field);
        if (n == null || n.isNull()) {
            throw problem(Kind.MISSING, where.field(field));
        }
        return text(object, field, where);
    }

    int whole(JsonNode object, String field, Place where, int absent) {
        JsonNode n = object.get(field);
        if (n == null || n.isNull()) {
            return absent;
        }
        if (!n.isIntegralNumber() || !n.canConvertToInt()) {
            throw wrongType(n, "type.whole", where.field(field));
        }
        return n.intValue();
    }

    boolean bool(JsonNode object, String field, Place where, boolean absent) {
        JsonNode n = object.get(field);
        if (n == null || n.isNull()) {
            return absent;
        }
        if (!n.isBoolean()) {
            throw wrongType(n, "type.boolean", where.field(field));
        }
        return n.booleanValue();
    }

    BigDecimal decimal(JsonNode object, String field, Place where) {
        JsonNode n = object.get(field);
        if (n == null || n.isNull()) {
            return null;
        }
        if (!n.isNumber()) {
            throw wrongType(n, "type.number", where.field(field));
        }
        BigDecimal value = n.decimalValue();
        try {
            return Limits.amount(value);
        } catch (EditRefused e) {
            // a number like 1e100000000 would hang every sum the window makes of it
            String found = value.toString();
            throw problem(Kind.WRONG_TYPE, where.field(field), "type.amount",
                    found.length() > 40 ? found.substring(0, 37) + "..." : found);
        }
    }

    LocalDate date(JsonNode object, String field, Place where) {
        return parsed(object, field, where, LocalDate::parse, "type.date");
    }

    /** A time of day as 09:30; absent or empty is null. */
    LocalTime time(JsonNode object, String field, Place where) {
        return parsed(object, field, where, LocalTime::parse, "type.time");
    }

    private <T> T parsed(JsonNode object, String field, Place where, Function<String, T> parse, String type) {
        String s = text(object, field, where);
        if (s.isEmpty()) {
            return null;
        }
        try {
            return parse.apply(s);
        } catch (DateTimeParseException e) {
            throw wrongType(object.get(field), type, where.field(field));
        }
    }

    <E extends Enum<E>> E enumValue(JsonNode object, String field, Class<E> type, Place where) {
        String s = text(object, field, where);
        if (s.isEmpty()) {
            return null;
        }
        try {
            return Enum.valueOf(type, s);
        } catch (IllegalArgumentException e) {
            throw problem(Kind.NOT_ALLOWED, where.field(field), s, Arrays.toString(type.getEnumConstants()));
        }
    }

    /** Each element of an array field, mapped with its place; an absent field is an empty list. */
    <T> List<T> list(JsonNode object, String field, Place where, BiFunction<JsonNode, Place, T> element) {
        JsonNode n = object.get(field);
        if (n == null || n.isNull()) {
            return List.of();
        }
        if (!n.isArray()) {
            throw wrongType(n, "type.list", where.field(field));
        }
        List<T> out = new ArrayList<>(n.size());
        Place list = where.field(field);
        for (int i = 0; i < n.size(); i++) {
            Place place = list.index(i);
            try {
                out.add(element.apply(n.get(i), place));
            } catch (EditRefused e) {
                throw refused(place, e);
            }
        }
        return out;
    }

    String textElement(JsonNode n, Place where) {
        if (!n.isTextual()) {
            throw wrongType(n, "type.text", where);
        }
        return n.textValue();
    }

    <E extends Enum<E>> E enumElement(JsonNode n, Class<E> type, Place where) {
        String s = textElement(n, where);
        try {
            return Enum.valueOf(type, s);
        } catch (IllegalArgumentException e) {
            throw problem(Kind.NOT_ALLOWED, where, s, Arrays.toString(type.getEnumConstants()));
        }
    }

    /**
     * What {@code make} makes; when the domain refuses it (a value past its {@link Limits} that the parser let
     * through), a problem at {@code where} that says why.
     */
    <T> T refusedAt(Place where, java.util.function.Supplier<T> make) {
        try {
            return make.get();
        } catch (EditRefused e) {
            throw refused(where, e);
        }
    }

    private BadDossier refused(Place where, EditRefused e) {
        List<String> details = new ArrayList<>();
        details.add(e.reason().name());
        e.arguments().forEach(a -> details.add(String.valueOf(a)));
        return problem(Kind.REFUSED, where, details.toArray(String[]::new));
    }

    private BadDossier wrongType(JsonNode found, String expected, Place where) {
        return problem(Kind.WRONG_TYPE, where, expected, typeOf(found));
    }

    private static String typeOf(JsonNode n) {
        JsonNodeType t = n.getNodeType();
        return switch (t) {
            case STRING -> "type.text";
            case NUMBER -> "type.number";
            case ARRAY -> "type.list";
            case OBJECT, POJO -> "type.object";
            case BOOLEAN -> "type.boolean";
            default -> t.name().toLowerCase(java.util.Locale.ROOT);
        };
    }
}
