package nl.koers.plugins.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.stream.Stream;

import nl.koers.plugins.internal.Snapshot.Entry;

/**
 * The plugin folder ({@code <koers.data>/plugins}): the installed jars under {@code jars/}, one file per
 * generation under {@code generations/<number>.properties}, trust under {@code trusted/}. Files are written to a
 * temporary name and moved into place, so a crash leaves the previous generation intact.
 */
final class PluginFolder {
    private final Path root;

    PluginFolder(Path root) {
        this.root = root;
    }

    Path root() {
        return root;
    }

    /** Where offered feature archives are unpacked while they are checked. */
    Path scratch() {
        return root.resolve("incoming");
    }

    Path jar(String name) {
        return root.resolve("jars").resolve(name);
    }

    /** Keeps a copy of the candidate's jar; its name holds the checksum, so a generation always finds its own. */
    String keep(Candidate candidate) throws IOException {
        String name = candidate.symbolicName() + "-" + candidate.version() + "-" + candidate.sha256().substring(0, 12) + ".jar";
        Path target = jar(name);
        if (!Files.exists(target)) {
            Files.createDirectories(target.getParent());
            Path temp = Files.createTempFile(target.getParent(), "jar", ".tmp");
            Files.copy(candidate.jar(), temp, StandardCopyOption.REPLACE_EXISTING);
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
        }
        return name;
    }

    /** Every generation on disk, newest first. */
    List<Snapshot> generations() throws IOException {
        Path folder = root.resolve("generations");
        List<Snapshot> all = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            return all;
        }
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(f -> f.getFileName().toString().matches("\\d+\\.properties")).toList()) {
                all.add(read(file));
            }
        }
        all.sort(Comparator.comparingInt(Snapshot::number).reversed());
        return all;
    }

    Snapshot current() throws IOException {
        List<Snapshot> all = generations();
        return all.isEmpty() ? Snapshot.EMPTY : all.get(0);
    }

    Optional<Snapshot> generation(int number) throws IOException {
        if (number == 0) {
            return Optional.of(Snapshot.EMPTY);
        }
        Path file = root.resolve("generations").resolve(number + ".properties");
        return Files.exists(file) ? Optional.of(read(file)) : Optional.empty();
    }

    /** The set before {@code snapshot}: for a rollback, the set before the one it returned to. */
    Optional<Snapshot> previous(Snapshot snapshot) throws IOException {
        Snapshot at = snapshot;
        while (at.restores() >= 0) {
            Optional<Snapshot> restored = generation(at.restores());
            if (restored.isEmpty()) {
                return Optional.empty();
            }
            at = restored.get();
        }
        return at.number() == 0 ? Optional.empty() : generation(at.number() - 1);
    }

    Snapshot write(String change, int restores, List<Entry> entries) throws IOException {
        Snapshot next = new Snapshot(current().number() + 1, Instant.now(), change, restores, entries);
        Properties p = new Properties();
        p.setProperty("at", next.at().toString());
        p.setProperty("change", change);
        p.setProperty("restores", Integer.toString(restores));
        p.setProperty("count", Integer.toString(entries.size()));
        for (int i = 0; i < entries.size(); i++) {
            Entry e = entries.get(i);
            p.setProperty(i + ".symbolicName", e.symbolicName());
            p.setProperty(i + ".version", e.version());
            p.setProperty(i + ".jar", e.jar());
            p.setProperty(i + ".enabled", Boolean.toString(e.enabled()));
        }
        Path folder = Files.createDirectories(root.resolve("generations"));
        Path temp = Files.createTempFile(folder, "generation", ".tmp");
        try (OutputStream out = Files.newOutputStream(temp)) {
            p.store(out, "Koers plugins, generation " + next.number());
        }
        Files.move(temp, folder.resolve(next.number() + ".properties"), StandardCopyOption.ATOMIC_MOVE);
        return next;
    }

    private static Snapshot read(Path file) throws IOException {
        Properties p = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            p.load(in);
        }
        int number = Integer.parseInt(file.getFileName().toString().replace(".properties", ""));
        List<Entry> entries = new ArrayList<>();
        int count = Integer.parseInt(p.getProperty("count", "0"));
        for (int i = 0; i < count; i++) {
            entries.add(new Entry(p.getProperty(i + ".symbolicName"), p.getProperty(i + ".version"),
                    p.getProperty(i + ".jar"), Boolean.parseBoolean(p.getProperty(i + ".enabled", "true"))));
        }
        return new Snapshot(number, Instant.parse(p.getProperty("at", Instant.EPOCH.toString())),
                p.getProperty("change", ""), Integer.parseInt(p.getProperty("restores", "-1")), entries);
    }
}
