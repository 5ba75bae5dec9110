package nl.koers.launcher.json;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A small, strict JSON reader (RFC 8259), so that the launcher needs no library besides the framework.
 *
 * <p>Objects become an unmodifiable {@code Map<String, Object>} in document order, arrays an unmodifiable
 * {@code List<Object>}, strings {@code String}, numbers {@code BigDecimal}, {@code true}/{@code false}
 * {@code Boolean} and {@code null} {@code null}. Anything else (comments, trailing commas, single quotes,
 * duplicate keys, text after the value) is an error with its line and column.
 */
public final class JsonReader {
    private static final int MAX_DEPTH = 256;

    private final String text;
    private int position;

    private JsonReader(String text) {
        this.text = text;
    }

    public static Object read(String text) throws JsonException {
        JsonReader reader = new JsonReader(text);
        reader.skipWhitespace();
        Object value = reader.value(0);
        reader.skipWhitespace();
        if (reader.position < text.length()) {
            throw reader.problem(JsonException.Reason.TEXT_AFTER_VALUE);
        }
        return value;
    }

    private Object value(int depth) throws JsonException {
        if (depth > MAX_DEPTH) {
            throw problem(JsonException.Reason.TOO_DEEP);
        }
        char c = peek();
        return switch (c) {
            case '{' -> object(depth);
            case '[' -> array(depth);
            case '"' -> string();
            case 't' -> literal("true", Boolean.TRUE);
            case 'f' -> literal("false", Boolean.FALSE);
            case 'n' -> literal("null", null);
            default -> {
                if (c == '-' || isDigit(c)) {
                    yield number();
                }
                throw problem(JsonException.Reason.UNEXPECTED_CHARACTER);
            }
        };
    }

    private Map<String, Object> object(int depth) throws JsonException {
        Map<String, Object> members = new LinkedHashMap<>();
        position++; // '{'
        skipWhitespace();
        if (peek() == '}') {
            position++;
            return Collections.unmodifiableMap(members);
        }
        while (true) {
            if (peek() != '"') {
                throw problem(JsonException.Reason.UNEXPECTED_CHARACTER);
            }
            int keyStart = position;
            String key = string();
            if (members.containsKey(key)) {
                position = keyStart;
                throw problem(JsonException.Reason.DUPLICATE_KEY);
            }
            skipWhitespace();
            expect(':');
            skipWhitespace();
            members.put(key, value(depth + 1));
            skipWhitespace();
            if (peek() == '}') {
                position++;
                return Collections.unmodifiableMap(members);
            }
            expect(',');
            skipWhitespace();
        }
    }

    private List<Object> array(int depth) throws JsonException {
        List<Object> elements = new ArrayList<>();
        position++; // '['
        skipWhitespace();
        if (peek() == ']') {
            position++;
            return Collections.unmodifiableList(elements);
        }
        while (true) {
            elements.add(value(depth + 1));
            skipWhitespace();
            if (peek() == ']') {
                position++;
                return Collections.unmodifiableList(elements);
            }
            expect(',');
            skipWhitespace();
        }
    }

    private String string() throws JsonException {
        StringBuilder result = new StringBuilder();
        position++; // opening quote
        while (true) {
            if (position >= text.length()) {
                throw problem(JsonException.Reason.UNTERMINATED_STRING);
            }
            char c = text.charAt(position);
            if (c == '"') {
                position++;
                return result.toString();
            }
            if (c < 0x20) {
                throw problem(JsonException.Reason.CONTROL_CHARACTER_IN_STRING);
            }
            if (c == '\\') {
                result.append(escape());
            } else {
                result.append(c);
                position++;
            }
        }
    }

    private char escape() throws JsonException {
        position++; // backslash
        char c = peek();
        position++;
        return switch (c) {
            case '"' -> '"';
            case '\\' -> '\\';
            case '/' -> '/';
            case 'b' -> '\b';
            case 'f' -> '\f';
            case 'n' -> '\n';
            case 'r' -> '\r';
            case 't' -> '\t';
            case 'u' -> unicodeEscape();
            default -> {
                position--;
                throw problem(JsonException.Reason.BAD_ESCAPE);
            }
        };
    }

    private char unicodeEscape() throws JsonException {
        int code = 0;
        for (int i = 0; i < 4; i++) {
            int digit = Character.digit(peek(), 16);
            if (digit < 0) {
                throw problem(JsonException.Reason.BAD_ESCAPE);
            }
            code = code * 16 + digit;
            position++;
        }
        return (char) code;
    }

    private BigDecimal number() throws JsonException {
        int start = position;
        if (peek() == '-') {
            position++;
        }
        if (peek() == '0') {
            position++; // a leading zero stands alone: 01 is not a number
        } else {
            digits();
        }
        if (position < text.length() && text.charAt(position) == '.') {
            position++;
            digits();
        }
        if (position < text.length() && (text.charAt(position) == 'e' || text.charAt(position) == 'E')) {
            position++;
            if (peek() == '+' || peek() == '-') {
                position++;
            }
            digits();
        }
        try {
            return new BigDecimal(text.substring(start, position));
        } catch (NumberFormatException exponentTooLarge) {
            position = start;
            throw problem(JsonException.Reason.BAD_NUMBER);
        }
    }

    private void digits() throws JsonException {
        if (!isDigit(peek())) {
            throw problem(JsonException.Reason.BAD_NUMBER);
        }
        while (position < text.length() && isDigit(text.charAt(position))) {
            position++;
        }
    }

    private Object literal(String word, Object value) throws JsonException {
        if (!text.startsWith(word, position)) {
            throw problem(JsonException.Reason.UNEXPECTED_CHARACTER);
        }
        position += word.length();
        return value;
    }

    private void expect(char c) throws JsonException {
        if (peek() != c) {
            throw problem(JsonException.Reason.UNEXPECTED_CHARACTER);
        }
        position++;
    }

    /** The current character; running out of text here is always an error. */
    private char peek() throws JsonException {
        if (position >= text.length()) {
            throw problem(JsonException.Reason.UNEXPECTED_END);
        }
        return text.charAt(position);
    }

    private void skipWhitespace() {
        while (position < text.length()) {
            char c = text.charAt(position);
            if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
                return;
            }
            position++;
        }
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private JsonException problem(JsonException.Reason reason) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < Math.min(position, text.length()); i++) {
            if (text.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return new JsonException(reason, line, position - lineStart + 1);
    }
}
