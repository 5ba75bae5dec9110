package nl.koers.launcher;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The installed Koers folder: {@code features/*.json} name the bundles, which live in {@code bundles/};
 * {@code plugins/*.jar} are a firm's own; {@code etc/koers.properties} holds framework settings.
 */
public record Distribution(Path home) {
    public Path features() {
        return home.resolve("features");
    }

    public Path bundles() {
        return home.resolve("bundles");
    }

    public Path plugins() {
        return home.resolve("plugins");
    }

    public Path settings() {
        return home.resolve("etc").resolve("koers.properties");
    }

    /** The features, in file name order. */
    public List<Feature> readFeatures() throws LaunchProblem {
        FeatureReader reader = new FeatureReader();
        List<Feature> features = new ArrayList<>();
        for (Path file : list(features(), ".json")) {
            features.add(reader.read(file));
        }
        if (features.isEmpty()) {
            throw new LaunchProblem(new Text("distribution.noFeatures", features()));
        }
        return features;
    }

    /** Every jar to install: the features' bundles (each once), then the plugins. */
    public List<Path> bundleJars() throws LaunchProblem {
        List<Path> jars = featureJars();
        jars.addAll(list(plugins(), ".jar"));
        return jars;
    }

    /** The features' bundles only, each once: Koers without any plugin (safe mode). */
    public List<Path> featureJars() throws LaunchProblem {
        Set<BundleId> ids = new LinkedHashSet<>();
        for (Feature feature : readFeatures()) {
            ids.addAll(feature.bundles());
        }
        List<Path> jars = new ArrayList<>();
        for (BundleId id : ids) {
            Path jar = bundles().resolve(id.fileName());
            if (!Files.isRegularFile(jar)) {
                throw new LaunchProblem(new Text("distribution.missingBundle", id, jar));
            }
            jars.add(jar);
        }
        return jars;
    }

    /** The settings file's properties, sorted by key; none when there is no file. */
    public Map<String, String> settingsProperties() throws LaunchProblem {
        Map<String, String> settings = new TreeMap<>();
        if (!Files.isRegularFile(settings())) {
            return settings;
        }
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(settings(), StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new LaunchProblem(new Text("distribution.unreadable", settings(), e.getMessage()), e);
        }
        properties.stringPropertyNames().forEach(name -> settings.put(name, properties.getProperty(name).trim()));
        return settings;
    }

    private static List<Path> list(Path folder, String suffix) throws LaunchProblem {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(file -> file.getFileName().toString().endsWith(suffix))
                    .filter(Files::isRegularFile)
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new LaunchProblem(new Text("distribution.unreadable", folder, e.getMessage()), e);
        }
    }
}
