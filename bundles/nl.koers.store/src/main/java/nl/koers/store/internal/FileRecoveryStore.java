package nl.koers.store.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import nl.koers.domain.Dossier;
import nl.koers.domain.Partner;
import nl.koers.store.DossierFileException;
import nl.koers.store.Problem;
import nl.koers.store.Problem.Kind;
import nl.koers.store.RecoveryCopy;
import nl.koers.store.RecoveryStore;

/**
 * Recovery copies in {@code <data>/recovery}, one file per dossier session: a small envelope (whose session, which
 * file it belongs to, which process wrote it and when, a summary) around the dossier in the normal file format.
 */
@Component(service = RecoveryStore.class)
public final class FileRecoveryStore implements RecoveryStore {
    private static final String SUFFIX = ".recovery.json";

    private final Path folder;
    private final JsonDossierStore format = new JsonDossierStore();
    private final BoundedRead files = BoundedRead.of(null);
    private final ProcessIdentity self = ProcessIdentity.current();

    public FileRecoveryStore(Path dataFolder) {
        this.folder = dataFolder.resolve("recovery");
    }

    @Activate
    public FileRecoveryStore(BundleContext context) {
        this(DataFolder.of(context));
    }

    @Override
    public void save(String sessionKey, Path origin, Dossier dossier) throws IOException {
        ObjectNode envelope = format.mapper().createObjectNode();
        envelope.put("sessionKey", sessionKey);
        envelope.put("origin", origin == null ? null : origin.toAbsolutePath().normalize().toString());
        envelope.put("writtenAt", Instant.now().toString());
        // what the user's file was when the copy was taken: a later save changes it (see overtaken)
        envelope.put("originStamp", origin == null ? null : stamp(origin.toAbsolutePath().normalize()));
        envelope.put("user", self.user()).put("host", self.host()).put("pid", self.pid())
                .put("processStart", self.start() == null ? null : self.start().toString());
        envelope.put("title", dossier.title());
        envelope.put("partners", dossier.partners().size());
        envelope.put("interests", dossier.partners().stream().mapToInt(p -> p.interests().size()).sum());
        envelope.put("contributions", dossier.partners().stream().map(Partner::contributions).mapToInt(List::size).sum());
        envelope.put("canvasNotes", dossier.canvasNotes().size());
        envelope.set("dossier", format.tree(dossier));
        OwnerOnly.folder(folder);
        // as private as the dossier; one never saved is the user's alone
        Set<PosixFilePermission> permissions = origin == null ? OwnerOnly.FILE
                : OwnerOnly.of(origin).orElse(OwnerOnly.FILE);
        AtomicWrite.write(format.mapper().writeValueAsBytes(envelope), fileOf(sessionKey), permissions, target -> {
        });
    }

    @Override
    public List<RecoveryCopy> pending() {
        List<RecoveryCopy> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                if (file.getFileName().toString().endsWith(SUFFIX)) {
                    offer(file).ifPresent(out::add);
                }
            }
        } catch (IOException e) {
            return List.of(); // no folder yet: nothing to recover
        }
        out.sort(Comparator.comparing(RecoveryCopy::writtenAt).reversed());
        return List.copyOf(out);
    }

    /** The copy, when it is worth offering; a copy that its origin file has overtaken is cleaned up. */
    private Optional<RecoveryCopy> offer(Path file) {
        JsonNode e;
        try {
            e = JsonTrees.read(JsonDossierStore.FACTORY, files.bytes(file));
        } catch (IOException | DossierFileException | RuntimeException damaged) {
            return Optional.empty(); // half a copy is never offered; the atomic write makes this rare
        }
        try {
            ProcessIdentity writer = new ProcessIdentity(e.path("user").asText(""), e.path("host").asText(""),
                    e.path("pid").asLong(-1), e.path("processStart").isTextual()
                            ? Instant.parse(e.path("processStart").textValue()) : null);
            if (writer.isRunning()) {
                return Optional.empty(); // a window that is still open, here or in another Koers
            }
            Instant writtenAt = Instant.parse(e.path("writtenAt").asText());
            Optional<Path> origin = e.path("origin").isTextual() ? Optional.of(Path.of(e.path("origin").textValue()))
                    : Optional.empty();
            String stampAtCopy = e.path("originStamp").isTextual() ? e.path("originStamp").textValue() : null;
            if (origin.isPresent() && overtaken(origin.get(), stampAtCopy, writtenAt)) {
                Files.deleteIfExists(file);
                return Optional.empty();
            }
            return Optional.of(new RecoveryCopy(e.path("sessionKey").asText(), origin, writtenAt,
                    e.path("title").asText(""), e.path("partners").asInt(), e.path("interests").asInt(),
                    e.path("contributions").asInt(), e.path("canvasNotes").asInt()));
        } catch (IOException | RuntimeException damaged) {
            return Optional.empty();
        }
    }

    /**
     * True when the user's file was saved after the copy was written, so it holds everything the copy does. A save
     * replaces the file (a new file is renamed over it), so the file is not what it was when the copy was taken.
     * Clocks are not compared: a file's time comes from the kernel's coarse clock, milliseconds behind the one
     * that timed the copy, and a save right after an autosave looked older than the copy (the kill campaign
     * found it).
     */
    private static boolean overtaken(Path origin, String stampAtCopy, Instant writtenAt) throws IOException {
        String now = stamp(origin);
        if (now == null) {
            return false; // the file was moved or deleted: the copy may be all that is left
        }
        if (stampAtCopy == null) {
            // a copy of a file that did not exist yet, or one written before copies carried a stamp
            return !Files.getLastModifiedTime(origin).toInstant().isBefore(writtenAt);
        }
        return !now.equals(stampAtCopy);
    }

    /** The file's identity, size and time, or null when there is no such file. */
    private static String stamp(Path file) throws IOException {
        try {
            BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
            return a.fileKey() + "/" + a.size() + "/" + a.lastModifiedTime().toInstant();
        } catch (NoSuchFileException gone) {
            return null;
        }
    }

    @Override
    public Dossier read(RecoveryCopy copy) throws DossierFileException {
        Path file = fileOf(copy.sessionKey());
        String name = file.toString();
        byte[] bytes = files.bytes(file);
        JsonNode envelope;
        try {
            envelope = JsonTrees.read(JsonDossierStore.FACTORY, bytes);
        } catch (IOException e) {
            throw new DossierFileException(Problem.at(name, Kind.NOT_JSON, "", "json.unexpected"), e);
        }
        JsonNode dossier = envelope.path("dossier");
        if (!dossier.isObject()) {
            throw new DossierFileException(Problem.at(name, Kind.NOT_A_DOSSIER, "dossier", "recovery"));
        }
        return format.dossier(dossier, name);
    }

    @Override
    public void discard(String sessionKey) {
        try {
            Files.deleteIfExists(fileOf(sessionKey));
        } catch (IOException e) {
            // left for pending() to offer again; the user can discard it then
        }
    }

    /** A session key can hold any character; the file is named after its hash. */
    private Path fileOf(String sessionKey) {
        return folder.resolve(HistoryFolder.hash(sessionKey) + SUFFIX);
    }
}
