package nl.koers.plugins.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import nl.koers.plugins.PluginException;
import nl.koers.plugins.PluginProblem;
import nl.koers.plugins.PluginProblem.Kind;

/**
 * What a consultant offers to install: one bundle jar, or the bundles of a feature archive unpacked into a
 * folder of their own. Close it to delete that folder.
 *
 * @param feature true for a feature archive
 * @param unpacked the folder the archive was unpacked into, or null for a plain jar
 */
record Offer(String id, String name, String vendor, String version, List<Candidate> bundles, boolean feature,
        Path unpacked) implements AutoCloseable {

    static final String FEATURE_FILE = "feature.json";

    /** Reads a {@code .jar} or a {@code .koersplugin}; {@code scratch} is where an archive may be unpacked. */
    static Offer read(Path file, Path scratch) throws PluginException {
        if (!Files.isRegularFile(file)) {
            throw new PluginException(PluginProblem.of(Kind.NOT_READABLE, file, "no such file"));
        }
        boolean archive;
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(file))) {
            archive = hasFeatureFile(zip);
        } catch (IOException e) {
            throw new PluginException(List.of(PluginProblem.of(Kind.NOT_READABLE, file, e.getMessage())), e);
        }
        if (!archive) {
            try {
                Candidate bundle = Candidate.read(file);
                return new Offer(bundle.symbolicName(), bundle.name(), bundle.vendor(), bundle.version(),
                        List.of(bundle), false, null);
            } catch (IOException e) {
                throw new PluginException(List.of(PluginProblem.of(Kind.NOT_READABLE, file, e.getMessage())), e);
            }
        }
        Path folder = null;
        try {
            Files.createDirectories(scratch);
            folder = Files.createTempDirectory(scratch, "feature");
            unzip(file, folder);
            return feature(folder);
        } catch (IOException e) {
            delete(folder);
            throw new PluginException(List.of(PluginProblem.of(Kind.NOT_READABLE, file, e.getMessage())), e);
        } catch (PluginException e) {
            delete(folder);
            throw e;
        }
    }

    private static Offer feature(Path folder) throws IOException, PluginException {
        JsonNode json = new ObjectMapper().readTree(folder.resolve(FEATURE_FILE).toFile());
        String id = json.path("id").asText("");
        String[] gav = id.split(":");
        if (gav.length < 3) {
            throw new PluginException(PluginProblem.of(Kind.BAD_FEATURE, "id \"" + id + "\" is not group:artifact:version"));
        }
        List<Candidate> bundles = new ArrayList<>();
        for (JsonNode bundle : json.path("bundles")) {
            String[] parts = bundle.path("id").asText("").split(":");
            if (parts.length < 3) {
                throw new PluginException(PluginProblem.of(Kind.BAD_FEATURE, "bundle id \"" + bundle.path("id").asText("") + "\""));
            }
            String jarName = "bundles/" + parts[1] + "-" + parts[parts.length - 1] + ".jar";
            Path jar = folder.resolve(jarName);
            if (!Files.isRegularFile(jar)) {
                throw new PluginException(PluginProblem.of(Kind.BAD_FEATURE, jarName));
            }
            bundles.add(Candidate.read(jar));
        }
        if (bundles.isEmpty()) {
            throw new PluginException(PluginProblem.of(Kind.BAD_FEATURE, "bundles"));
        }
        return new Offer(gav[1], json.path("name").asText(gav[1]), json.path("vendor").asText(""),
                gav[gav.length - 1], List.copyOf(bundles), true, folder);
    }

    private static boolean hasFeatureFile(ZipInputStream zip) throws IOException {
        for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
            if (entry.getName().equals(FEATURE_FILE)) {
                return true;
            }
        }
        return false;
    }

    private static void unzip(Path archive, Path folder) throws IOException {
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(archive))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                Path target = folder.resolve(entry.getName()).normalize();
                if (!target.startsWith(folder)) {
                    throw new IOException("entry outside the archive: " + entry.getName());
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(target);
                } else {
                    Files.createDirectories(target.getParent());
                    // Files.copy reads this entry only and leaves the zip stream open
                    Files.copy(zip, target);
                }
            }
        }
    }

    @Override
    public void close() {
        delete(unpacked);
    }

    static void delete(Path folder) {
        if (folder == null || !Files.exists(folder)) {
            return;
        }
        try (var files = Files.walk(folder)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            // scratch space; a leftover is harmless and cleaned at the next start
        }
    }
}
