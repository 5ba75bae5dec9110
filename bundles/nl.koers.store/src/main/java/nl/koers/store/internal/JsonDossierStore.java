package nl.koers.store.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.function.Supplier;

import org.osgi.service.component.annotations.Component;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import nl.koers.domain.Dossier;
import nl.koers.store.DossierFileException;
import nl.koers.store.DossierStore;
import nl.koers.store.Problem;
import nl.koers.store.Problem.Kind;

/** Dossier files as JSON: read through the tree (so older schemas upgrade before binding), written atomically. */
@Component(service = DossierStore.class)
public final class JsonDossierStore implements DossierStore {
    /** Made on first use, so that starting Koers does not wait for it: the first read makes it, in the background. */
    private final Supplier<ObjectMapper> mapper = new Lazy<>(JsonDossierStore::newMapper);
    private final SchemaUpgrades upgrades = SchemaUpgrades.standard();

    private static ObjectMapper newMapper() {
        return JsonMapper.builder()
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
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
    public Dossier read(InputStream in, String name) throws DossierFileException {
        try {
            return parse(in.readAllBytes(), name);
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
        byte[] bytes = mapper.get().writeValueAsBytes(new DossierWriter(mapper.get()).dossier(dossier));
        Path target = file.toAbsolutePath();
        Path folder = target.getParent();
        // a plain new file (not createTempFile, which is private to its owner): it gets the user's usual
        // permissions, or those of the file it replaces
        Path temp = folder.resolve("." + target.getFileName() + "." + Long.toHexString(System.nanoTime()) + ".saving");
        try {
            try (FileChannel out = FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                keepPermissions(target, temp);
                ByteBuffer buffer = ByteBuffer.wrap(bytes);
                while (buffer.hasRemaining()) {
                    out.write(buffer);
                }
                out.force(true);
            }
            moveIntoPlace(temp, target);
            syncFolder(folder);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    private static void keepPermissions(Path original, Path temp) {
        try {
            if (Files.exists(original)) {
                Files.setPosixFilePermissions(temp, Files.getPosixFilePermissions(original));
            }
        } catch (IOException | UnsupportedOperationException e) {
            // not a POSIX file system, or not ours to change: the new file keeps the default permissions
        }
    }

    private static void moveIntoPlace(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            // a file system without atomic rename (some network shares): the best that remains
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Makes the rename itself durable; not every platform can open a folder, and then the OS decides. */
    private static void syncFolder(Path folder) {
        try (FileChannel dir = FileChannel.open(folder, StandardOpenOption.READ)) {
            dir.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // Windows cannot open a directory as a channel; the rename is still atomic there
        }
    }

    private static byte[] bytes(Path file) throws DossierFileException {
        String name = file.toString();
        try {
            if (Files.isDirectory(file)) {
                throw new DossierFileException(Problem.at(name, Kind.NOT_READABLE, "", "folder"));
            }
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new DossierFileException(Problem.at(name, Kind.NOT_FOUND, ""), e);
        } catch (AccessDeniedException e) {
            throw new DossierFileException(Problem.at(name, Kind.NOT_READABLE, "", "access denied"), e);
        } catch (IOException e) {
            throw new DossierFileException(Problem.at(name, Kind.NOT_READABLE, "", String.valueOf(e.getMessage())), e);
        }
    }

    private Dossier parse(byte[] bytes, String name) throws DossierFileException {
        JsonNode root = tree(bytes, name);
        try {
            Fields f = new Fields(name);
            if (!root.isObject()) {
                throw f.problem(Kind.NOT_A_DOSSIER, "", "JSON " + root.getNodeType().name().toLowerCase());
            }
            String format = f.text(root, DossierFormat.FORMAT, "");
            if (!DossierFormat.FORMAT_NAME.equals(format)) {
                throw f.problem(Kind.NOT_A_DOSSIER, "", DossierFormat.FORMAT + " = \"" + format + "\"");
            }
            JsonNode version = root.get(DossierFormat.SCHEMA_VERSION);
            if (version == null || !version.isIntegralNumber() || !version.canConvertToInt() || version.intValue() < 1) {
                throw f.problem(Kind.NO_SCHEMA_VERSION, DossierFormat.SCHEMA_VERSION);
            }
            if (version.intValue() > SCHEMA_VERSION) {
                throw f.problem(Kind.NEWER_SCHEMA, "", String.valueOf(version.intValue()),
                        String.valueOf(SCHEMA_VERSION));
            }
            ObjectNode current = upgrades.upgrade((ObjectNode) root, version.intValue());
            return new DossierReader(name, mapper.get()).dossier(current);
        } catch (BadDossier e) {
            throw new DossierFileException(e.problem);
        }
    }

    private JsonNode tree(byte[] bytes, String name) throws DossierFileException {
        if (isBlank(bytes)) {
            throw new DossierFileException(Problem.at(name, Kind.EMPTY, ""));
        }
        try {
            return mapper.get().readTree(bytes);
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
        if (e instanceof MismatchedInputException && m.contains("Trailing token")) {
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
