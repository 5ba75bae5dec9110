package nl.koers.instrument.partnermodel.internal.template;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import nl.koers.instrument.partnermodel.internal.template.TemplateBlock.Shows;

/**
 * Reads a canvas template from JSON and checks it: every mistake is reported with the line and column of the
 * field that holds it, so that whoever wrote the file can find it.
 *
 * <pre>
 * { "id": "standaard", "name": {"nl": "...", "en": "..."}, "columns": 10, "rows": 4,
 *   "blocks": [ {"id": "ambition", "name": {...}, "question": {...}, "column": 5, "row": 2,
 *                "columns": 2, "rows": 2, "colour": "#ffe082", "shows": "ambition", "step": 1}, ... ] }
 * </pre>
 * {@code shows} is one of {@code notes} (the default), {@code ambition}, {@code corePartners},
 * {@code chainPartners}; {@code columns} and {@code rows} of a block default to 1, {@code step} to none.
 */
public final class TemplateReader {
    private static final int MAX_GRID = 24;
    private static final String DEFAULT_COLOUR = "#eeeeee";

    private final ObjectMapper mapper = new ObjectMapper();
    private final String bundle;
    private final String file;
    private Map<String, JsonLocation> places = Map.of();

    /**
     * @param bundle the bundle it comes from, as messages name it
     * @param file the file's path in the bundle
     */
    public TemplateReader(String bundle, String file) {
        this.bundle = bundle;
        this.file = file;
    }

    public CanvasTemplate read(InputStream in) throws TemplateException {
        byte[] bytes;
        JsonNode root;
        try {
            bytes = in.readAllBytes();
            root = mapper.readTree(bytes);
            places = places(bytes);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            throw new TemplateException(new TemplateProblem(bundle, file, at == null ? 0 : at.getLineNr(),
                    at == null ? 0 : at.getColumnNr(), "syntax", List.of(e.getOriginalMessage())));
        } catch (IOException e) {
            throw new TemplateException(new TemplateProblem(bundle, file, 0, 0, "unreadable",
                    List.of(String.valueOf(e.getMessage()))));
        }
        if (root == null || !root.isObject()) {
            throw fail("", "notObject");
        }
        String id = text(root, "", "id", true);
        if (!id.matches("[a-z0-9][a-z0-9._-]*")) {
            throw fail("/id", "badId", id);
        }
        Localized name = localized(root, "", "name", true);
        int columns = whole(root, "", "columns", 1, MAX_GRID, null);
        int rows = whole(root, "", "rows", 1, MAX_GRID, null);
        JsonNode blocks = root.get("blocks");
        if (blocks == null || !blocks.isArray() || blocks.isEmpty()) {
            throw fail("/blocks", blocks == null ? "missing" : "noBlocks", "blocks");
        }
        List<TemplateBlock> out = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        int ambitions = 0;
        for (int i = 0; i < blocks.size(); i++) {
            String at = "/blocks/" + i;
            TemplateBlock b = block(blocks.get(i), at, columns, rows);
            if (!ids.add(b.id())) {
                throw fail(at + "/id", "duplicateBlock", b.id());
            }
            for (TemplateBlock other : out) {
                if (b.overlaps(other)) {
                    throw fail(at, "overlap", b.id(), other.id());
                }
            }
            ambitions += b.shows() == Shows.AMBITION ? 1 : 0;
            if (ambitions > 1) {
                throw fail(at + "/shows", "twoAmbitions", b.id());
            }
            out.add(b);
        }
        return new CanvasTemplate(id, name, columns, rows, out, bundle + ", " + file);
    }

    private TemplateBlock block(JsonNode n, String at, int columns, int rows) throws TemplateException {
        if (!n.isObject()) {
            throw fail(at, "notObject");
        }
        String id = text(n, at, "id", true);
        if (id.isBlank()) {
            throw fail(at + "/id", "missing", "id");
        }
        int column = whole(n, at, "column", 1, columns, null);
        int row = whole(n, at, "row", 1, rows, null);
        int spanColumns = whole(n, at, "columns", 1, columns - column + 1, 1);
        int spanRows = whole(n, at, "rows", 1, rows - row + 1, 1);
        String colour = text(n, at, "colour", false);
        if (colour.isEmpty()) {
            colour = DEFAULT_COLOUR;
        } else if (!colour.matches("#[0-9a-fA-F]{6}")) {
            throw fail(at + "/colour", "badColour", colour);
        }
        String shows = text(n, at, "shows", false);
        Shows what = switch (shows) {
            case "", "notes" -> Shows.NOTES;
            case "ambition" -> Shows.AMBITION;
            case "corePartners" -> Shows.CORE_PARTNERS;
            case "chainPartners" -> Shows.CHAIN_PARTNERS;
            default -> throw fail(at + "/shows", "badShows", shows);
        };
        int step = whole(n, at, "step", 0, 99, 0);
        return new TemplateBlock(id, localized(n, at, "name", true), localized(n, at, "question", false), column,
                row, spanColumns, spanRows, colour, what, step);
    }

    private String text(JsonNode object, String at, String field, boolean required) throws TemplateException {
        JsonNode n = object.get(field);
        if (n == null || n.isNull()) {
            if (required) {
                throw fail(at, "missing", field);
            }
            return "";
        }
        if (!n.isTextual()) {
            throw fail(at + "/" + field, "notText", field);
        }
        return n.textValue().strip();
    }

    /** A whole number from {@code min} to {@code max}; {@code absent} when it may be left out, else null. */
    private int whole(JsonNode object, String at, String field, int min, int max, Integer absent)
            throws TemplateException {
        JsonNode n = object.get(field);
        if (n == null || n.isNull()) {
            if (absent == null) {
                throw fail(at, "missing", field);
            }
            return absent;
        }
        if (!n.isIntegralNumber() || !n.canConvertToInt() || n.intValue() < min || n.intValue() > max) {
            throw fail(at + "/" + field, "outOfRange", field, String.valueOf(min), String.valueOf(max), n.toString());
        }
        return n.intValue();
    }

    /** {"nl": "...", "en": "..."}; a plain string is taken as Dutch. Dutch is required when the text is. */
    private Localized localized(JsonNode object, String at, String field, boolean required) throws TemplateException {
        JsonNode n = object.get(field);
        if (n == null || n.isNull()) {
            if (required) {
                throw fail(at, "missing", field);
            }
            return Localized.NONE;
        }
        if (n.isTextual()) {
            return new Localized(Map.of("nl", n.textValue().strip()));
        }
        if (!n.isObject()) {
            throw fail(at + "/" + field, "notLocalized", field);
        }
        Map<String, String> byLanguage = new LinkedHashMap<>();
        for (var e : n.properties()) {
            if (!e.getValue().isTextual()) {
                throw fail(at + "/" + field + "/" + e.getKey(), "notText", field + "." + e.getKey());
            }
            byLanguage.put(e.getKey().toLowerCase(Locale.ROOT), e.getValue().textValue().strip());
        }
        if (required && byLanguage.getOrDefault("nl", "").isBlank()) {
            throw fail(at + "/" + field, "noDutch", field);
        }
        return new Localized(byLanguage);
    }

    private TemplateException fail(String pointer, String key, String... details) {
        JsonLocation at = null;
        for (String p = pointer; at == null; p = p.substring(0, Math.max(0, p.lastIndexOf('/')))) {
            at = places.get(p);
            if (p.isEmpty()) {
                break;
            }
        }
        List<String> all = new ArrayList<>(List.of(details));
        return new TemplateException(new TemplateProblem(bundle, file, at == null ? 1 : at.getLineNr(),
                at == null ? 1 : at.getColumnNr(), key, all));
    }

    /** Where each field and element starts in the file, by its JSON pointer. */
    private Map<String, JsonLocation> places(byte[] bytes) throws IOException {
        Map<String, JsonLocation> out = new HashMap<>();
        try (JsonParser p = mapper.getFactory().createParser(bytes)) {
            for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
                out.putIfAbsent(p.getParsingContext().pathAsPointer().toString(), p.currentTokenLocation());
            }
        }
        return out;
    }
}
