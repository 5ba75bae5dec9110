package nl.koers.store.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

import nl.koers.store.DossierFileException;
import nl.koers.store.HistoryEntry;

/**
 * The earlier versions of dossiers, in {@code <data>/history/<hash of the dossier's absolute path>/}. A kept copy
 * is named after the time the user saved that version ({@code <millis>.koers}), so the names sort by age and
 * survive a copy that loses file times. Keeping is best effort: a save never fails because history could not be
 * kept.
 */
class HistoryFolder {
    /** For a store that keeps no history. */
    static final HistoryFolder NONE = new HistoryFolder(null, 0) {
        @Override
        void keep(Path dossier) {
        }

        @Override
        List<HistoryEntry> entries(Path dossier) {
            return List.of();
        }
    };

    private static final String SUFFIX = ".koers";
    private static final String ORIGIN = "origin.txt";
    private static final String PART = ".part";

    private final Path root;
    private final int keep;
    private final BoundedRead files = BoundedRead.of(null);

    HistoryFolder(Path dataFolder, int keep) {
        this.root = dataFolder == null ? null : dataFolder.resolve("history");
        this.keep = keep;
    }

    /** Copies the file that is about to be replaced, unless the newest kept copy already holds the same bytes. */
    void keep(Path dossier) {
        Path target = Links.resolve(dossier);
        try {
            if (!Files.isRegularFile(target)) {
                return;
            }
            byte[] now = files.bytes(target);
            List<HistoryEntry> earlier = entries(target);
            if (!earlier.isEmpty() && Arrays.equals(now, files.bytes(earlier.get(0).copy()))) {
                return;
            }
            OwnerOnly.folder(root);
            Path folder = OwnerOnly.folder(folderOf(target));
            OwnerOnly.write(folder.resolve(ORIGIN), target.toString().getBytes(StandardCharsets.UTF_8), OwnerOnly.FILE);
            long savedAt = Files.getLastModifiedTime(target).toMillis();
            Path copy = free(folder, savedAt);
            Path temp = folder.resolve(copy.getFileName() + PART);
            // a private dossier's versions are just as private
            OwnerOnly.write(temp, now, OwnerOnly.of(target).orElse(OwnerOnly.FILE));
            Files.move(temp, copy, StandardCopyOption.ATOMIC_MOVE);
            prune(target);
        } catch (IOException | DossierFileException e) {
            // no room or no right to keep history, or a file too odd to copy: the save itself matters more
        }
    }

    /** Earlier versions of the file the path leads to, newest first. */
    List<HistoryEntry> entries(Path dossier) {
        Path asked = dossier.toAbsolutePath().normalize();
        Path real = Links.resolve(dossier);
        List<HistoryEntry> out = new ArrayList<>();
        list(folderOf(real), asked, out);
        if (!real.equals(asked)) {
            list(folderOf(asked), asked, out); // kept under the path as typed, before links were followed
        }
        out.sort(Comparator.comparing(HistoryEntry::savedAt).thenComparingInt(e -> sequence(e.copy())).reversed());
        return List.copyOf(out);
    }

    private static void list(Path folder, Path dossier, List<HistoryEntry> out) {
        try (Stream<Path> files = Files.list(folder)) {
            for (Path copy : (Iterable<Path>) files::iterator) {
                Long millis = millis(copy);
                if (millis != null && Files.isRegularFile(copy)) {
                    out.add(new HistoryEntry(dossier, copy, Instant.ofEpochMilli(millis), Files.size(copy)));
                }
            }
        } catch (IOException e) {
            // no history yet; or what could be listed is still worth showing
        }
    }

    private void prune(Path target) throws IOException {
        List<HistoryEntry> all = entries(target);
        for (HistoryEntry old : all.subList(Math.min(keep, all.size()), all.size())) {
            Files.deleteIfExists(old.copy());
        }
        // copies that a crash cut short; the lock on the dossier means no other save is making one now
        try (DirectoryStream<Path> parts = Files.newDirectoryStream(folderOf(target), "*" + PART)) {
            for (Path part : parts) {
                Files.deleteIfExists(part);
            }
        }
    }

    Path folderOf(Path target) {
        return root.resolve(hash(target.toString()));
    }

    /** {@code <millis>.koers}, or {@code <millis>-2.koers} when two versions carry the same time. */
    private static Path free(Path folder, long millis) {
        Path copy = folder.resolve(millis + SUFFIX);
        for (int n = 2; Files.exists(copy); n++) {
            copy = folder.resolve(millis + "-" + n + SUFFIX);
        }
        return copy;
    }

    private static Long millis(Path copy) {
        String name = copy.getFileName().toString();
        if (!name.endsWith(SUFFIX)) {
            return null;
        }
        String stem = name.substring(0, name.length() - SUFFIX.length());
        int dash = stem.indexOf('-');
        try {
            return Long.parseLong(dash < 0 ? stem : stem.substring(0, dash));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static int sequence(Path copy) {
        String name = copy.getFileName().toString();
        int dash = name.indexOf('-');
        return dash < 0 ? 1 : Integer.parseInt(name.substring(dash + 1, name.length() - SUFFIX.length()));
    }

    static String hash(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
