package nl.koers.store.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Supplier;

import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.log.Logger;
import org.osgi.service.log.LoggerFactory;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamWriteConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import nl.koers.domain.Dossier;
import nl.koers.domain.Limits;
import nl.koers.store.DossierFileException;
import nl.koers.store.DossierStore;
import nl.koers.store.FileStamp;
import nl.koers.store.OpenedDossier;
import nl.koers.store.Problem;
import nl.koers.store.Problem.Kind;
import nl.koers.store.SaveFailedException;

/**
 * Dossier files as JSON: read through the tree (so older schemas upgrade before binding), written atomically, and
 * with the version each save replaces kept in the local history (when made with a data folder).
 */
@Component(service = DossierStore.class)
public final class JsonDossierStore implements DossierStore {
    /** What the store reads with, its limits included; its mapper writes with the same. */
    static final JsonFactory FACTORY = newFactory();
    /** For writing only, made by the first save (reading needs none: {@link JsonTrees}). */
    private final Supplier<ObjectMapper> mapper = new Lazy<>(JsonDossierStore::newMapper);
    private final SchemaUpgrades upgrades = SchemaUpgrades.standard();
    private final String writtenBy = KoersVersion.writtenBy();
    private final HistoryFolder history;
    private final BoundedRead files;
    /** Hears of every save that failed, with why: in the framework, the OSGi log. */
    private final BiConsumer<String, Throwable> saveFailures;

    /** A store that keeps no history: for tools and tests that only read and write files. */
    public JsonDossierStore() {
        this(HistoryFolder.NONE, BoundedRead.of(null), (what, error) -> { });
    }

    /** A store that keeps the versions it replaces in {@code <dataFolder>/history}, the last {@code keep} each. */
    public JsonDossierStore(Path dataFolder, int keep) {
        this(new HistoryFolder(dataFolder, keep), BoundedRead.of(null), (what, error) -> { });
    }

    @Activate
    public JsonDossierStore(BundleContext context, @Reference(service = LoggerFactory.class) Logger log) {
        // "{}": a file name with braces in it is not a placeholder
        this(new HistoryFolder(DataFolder.of(context), DataFolder.historyKeep(context)),
                BoundedRead.of(context.getProperty(BoundedRead.PROPERTY)), (what, error) -> log.error("{}", what, error));
    }

    JsonDossierStore(HistoryFolder history, BoundedRead files, BiConsumer<String, Throwable> saveFailures) {
        this.history = history;
        this.files = files;
        this.saveFailures = saveFailures;
    }

    /**
     * What the parser reads is what the domain lets in ({@link Limits}): a value the domain accepted and saved
     * is never refused at the next open. The parser counts a name's bytes, a text's characters.
     */
    private static JsonFactory newFactory() {
        return JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxStringLength(Limits.TEXT_LENGTH)
                        .maxNameLength(Limits.KEY_BYTES)
                        .maxNumberLength(Limits.NUMBER_LENGTH)
                        .maxNestingDepth(Limits.FILE_DEPTH)
                        .maxDocumentLength(Limits.FILE_BYTES)
                        .build())
                .streamWriteConstraints(StreamWriteConstraints.builder().maxNestingDepth(Limits.FILE_DEPTH).build())
                .build();
    }

    /**
     * Writes the files, and makes trees of the plain values of data this version does not know ({@code valueToTree});
     * its reading rules are those {@link JsonTrees} reads the files by, which its test holds it to. A factory of its
     * own: a mapper makes itself its factory's codec.
     */
    private static ObjectMapper newMapper() {
        return JsonMapper.builder(newFactory())
                .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(SerializationFeature.INDENT_OUTPUT)
                // "25000.50 euro" stays as the partner wrote it
                .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
                .nodeFactory(JsonNodeFactory.withExactBigDecimals(true))
                .build();
    }

    @Override
    public Dossier read(Path file) throws DossierFileException {
        return parse(bytes(file), file.toString());
    }

    @Override
    public OpenedDossier open(Path file) throws DossierFileException {
        byte[] bytes = bytes(file);
        Bound b = bind(tree(bytes, file.toString()), file.toString(), true);
        return new OpenedDossier(b.dossier, file, b.schemaVersion, b.writtenBy, b.newer, Stamps.of(bytes));
    }

    @Override
    public Dossier read(InputStream in, String name) throws DossierFileException {
        try {
            return parse(files.bytes(in, name), name);
        } catch (IOException e) {
            throw new DossierFileException(Problem.at(name, Kind.NOT_READABLE, "", String.valueOf(e.getMessage())), e);
        }
    }

    @Override
    public List<Problem> validate(Path file) {
        try {
            Dossier d = read(file);
            return ReferenceCheck.check(file.toString(), d);
        } catch (DossierFileException e) {
            return List.of(e.problem());
        }
    }

    @Override
    public void write(Dossier dossier, Path file) throws IOException {
        save(dossier, file, null);
    }

    @Override
    public FileStamp save(Dossier dossier, Path file, FileStamp expected) throws IOException {
        try {
            byte[] bytes = mapper.get().writeValueAsBytes(tree(dossier));
            if (bytes.length > Limits.FILE_BYTES) {
                // more than a file can be read back as: the file that is there stays
                throw new SaveFailedException(Problem.at(file.toString(), Kind.NOT_WRITABLE, "", "save.tooLarge"), null);
            }
            if (expected != null && changedOnDisk(file, expected)) {
                throw new SaveFailedException(Problem.at(file.toString(), Kind.CHANGED_ON_DISK, ""), null);
            }
            AtomicWrite.write(bytes, file, history::keep);
            return Stamps.of(bytes);
        } catch (IOException | RuntimeException e) {
            saveFailures.accept("dossier not saved: " + file.toAbsolutePath(), e);
            throw e;
        }
    }

    /** Whether the file holds something else than what was read; a file that is gone holds nothing to lose. */
    private boolean changedOnDisk(Path file, FileStamp expected) throws SaveFailedException {
        try {
            return !Stamps.of(bytes(file)).equals(expected);
        } catch (DossierFileException e) {
            if (e.problem().kind() == Kind.NOT_FOUND) {
                return false;
            }
            throw new SaveFailedException(Problem.at(file.toString(), Kind.CHANGED_ON_DISK, ""), e);
        }
    }

    /** The tree of a dossier in the current schema, as it is saved. */
    ObjectNode tree(Dossier dossier) {
        ObjectNode body = new DossierWriter(mapper.get()).dossier(dossier);
        // writtenBy comes right after the version fields, so a person who opens the file sees it at the top
        ObjectNode root = mapper.get().createObjectNode();
        root.set(DossierFormat.FORMAT, body.remove(DossierFormat.FORMAT));
        root.set(DossierFormat.SCHEMA_VERSION, body.remove(DossierFormat.SCHEMA_VERSION));
        root.put(DossierFormat.WRITTEN_BY, writtenBy);
        body.remove(DossierFormat.WRITTEN_BY);
        root.setAll(body);
        return root;
    }

    /** The history this store fills; what {@link FileLocalHistory} reads over the same folder. */
    HistoryFolder history() {
        return history;
    }

    ObjectMapper mapper() {
        return mapper.get();
    }

    /** Only an ordinary file, and only up to the limit: a pipe or /dev/zero is refused before it is opened. */
    private byte[] bytes(Path file) throws DossierFileException {
        return files.bytes(file);
    }

    private Dossier parse(byte[] bytes, String name) throws DossierFileException {
        return bind(tree(bytes, name), name, false).dossier;
    }

    /** A dossier from a tree that was read elsewhere (a recovery copy holds one); newer schemas are refused. */
    Dossier dossier(JsonNode root, String name) throws DossierFileException {
        return bind(root, name, false).dossier;
    }

    /** What a file turned out to hold: the dossier, and the version facts of the file as found. */
    private record Bound(Dossier dossier, int schemaVersion, String writtenBy, boolean newer) {
    }

    private Bound bind(JsonNode root, String name, boolean newerAllowed) throws DossierFileException {
        try {
            Fields f = new Fields(name);
            if (!root.isObject()) {
                throw f.problem(Kind.NOT_A_DOSSIER, "", "JSON " + root.getNodeType().name().toLowerCase());
            }
            String format = f.text(root, DossierFormat.FORMAT, Place.ROOT);
            if (!DossierFormat.FORMAT_NAME.equals(format)) {
                throw f.problem(Kind.NOT_A_DOSSIER, "", DossierFormat.FORMAT + " = \"" + format + "\"");
            }
            JsonNode version = root.get(DossierFormat.SCHEMA_VERSION);
            if (version == null || !version.isIntegralNumber() || !version.canConvertToInt() || version.intValue() < 1) {
                throw f.problem(Kind.NO_SCHEMA_VERSION, DossierFormat.SCHEMA_VERSION);
            }
            int found = version.intValue();
            JsonNode by = root.get(DossierFormat.WRITTEN_BY);
            String writer = by != null && by.isTextual() ? by.textValue() : "";
            BadDossier newer = f.problem(Kind.NEWER_SCHEMA, "", String.valueOf(found), String.valueOf(SCHEMA_VERSION));
            if (found > upgrades.current()) {
                if (!newerAllowed) {
                    throw newer;
                }
                return new Bound(bindNewer((ObjectNode) root, name, newer), found, writer, true);
            }
            ObjectNode current = upgrades.upgrade((ObjectNode) root, found);
            // the store writes its own writtenBy; kept among the unknown fields it would overwrite that
            current.remove(DossierFormat.WRITTEN_BY);
            return new Bound(new DossierReader(name).dossier(current), found, writer, false);
        } catch (BadDossier e) {
            throw new DossierFileException(e.problem);
        }
    }

    /**
     * A newer file, bound as well as this version can: what it does not know is kept. When even that fails (a field
     * changed its type), the honest answer is that a newer Koers is needed.
     */
    private Dossier bindNewer(ObjectNode root, String name, BadDossier newer) {
        ObjectNode copy = root.deepCopy();
        copy.remove(DossierFormat.WRITTEN_BY);
        try {
            return new DossierReader(name).dossier(copy);
        } catch (BadDossier e) {
            throw newer;
        }
    }

    private JsonNode tree(byte[] bytes, String name) throws DossierFileException {
        if (isBlank(bytes)) {
            throw new DossierFileException(Problem.at(name, Kind.EMPTY, ""));
        }
        checkUtf8(bytes, name);
        try {
            return JsonTrees.read(FACTORY, bytes);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String damage = damage(e);
            int line = at == null ? 0 : Math.max(0, at.getLineNr());
            int column = at == null ? 0 : Math.max(0, at.getColumnNr());
            throw new DossierFileException(new Problem(name, Kind.NOT_JSON, "", line, column, List.of(damage)), e);
        } catch (IOException e) {
            throw new DossierFileException(Problem.at(name, Kind.NOT_JSON, "", "json.invalidText"), e);
        }
    }

    /**
     * Refuses bytes that are not UTF-8 before the parser sees them: the parser lets some through in field names
     * (as lone surrogates), and a file that opens must also open again after it is saved.
     */
    private static void checkUtf8(byte[] bytes, String name) throws DossierFileException {
        int offset = Utf8Check.firstInvalid(bytes);
        if (offset < 0) {
            return;
        }
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < offset; i++) {
            if (bytes[i] == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        throw new DossierFileException(new Problem(name, Kind.NOT_JSON, "", line, offset - lineStart + 1,
                List.of("json.invalidText")));
    }

    /** The kind of damage, as a message key, so the user reads a sentence rather than a parser's jargon. */
    private static String damage(JsonProcessingException e) {
        String m = String.valueOf(e.getOriginalMessage());
        if (e instanceof JsonEOFException || m.contains("end-of-input")) {
            return "json.truncated";
        }
        if (e instanceof StreamConstraintsException) {
            return "json.tooLarge";
        }
        if (m.contains("UTF-8") || m.contains("Invalid UTF") || m.contains("character encoding")) {
            return "json.invalidText";
        }
        if (m.startsWith("Duplicate field")) {
            return "json.duplicateKey";
        }
        if (m.startsWith("Trailing token")) {
            return "json.trailing";
        }
        return "json.unexpected";
    }

    private static boolean isBlank(byte[] bytes) {
        for (byte b : bytes) {
            if (!Character.isWhitespace(b)) {
                return false;
            }
        }
        return true;
    }
}
