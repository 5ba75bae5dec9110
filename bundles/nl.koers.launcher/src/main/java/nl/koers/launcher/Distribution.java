package nl.koers.launcher;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.stream.Stream;

/**
 * The installed Koers folder: {@code features/*.json} name the bundles, which live in {@code bundles/};
 * {@code plugins/*.jar} are a firm's own; {@code etc/koers.properties} holds framework settings.
 */
public record Distribution(Path home) {
    /** How the names of Eclipse's jars begin: the only ones that carry {@code Eclipse-PlatformFilter}. */
    private static final String ECLIPSE = "org.eclipse.";

    public Path features() {
        return home.resolve("features");
    }

    public Path bundles() {
        return home.resolve("bundles");
    }

    public Path plugins() {
        return home.resolve("plugins");
    }

    /** SWT for the class path: Eclipse's jars without their signature ({@link ClassPathToolkit}). */
    public Path classPathToolkit() {
        return home.resolve("lib").resolve("swt");
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

    /** Every jar to install on this system: the features' bundles (each once), then the plugins. */
    public List<Path> bundleJars() throws LaunchProblem {
        return bundleJars(Platform.of(Map.of()));
    }

    /**
     * Every jar to install on {@code platform}: the features' bundles for it (each once), then the plugins.
     *
     * @param platform the system the framework runs on
     */
    public List<Path> bundleJars(Platform platform) throws LaunchProblem {
        List<Path> jars = featureJars(platform);
        jars.addAll(pluginJars());
        return jars;
    }

    /** The plugins' jars, in file name order. */
    public List<Path> pluginJars() throws LaunchProblem {
        return list(plugins(), ".jar");
    }

    /** The features' bundles for this system only, each once: Koers without any plugin (safe mode). */
    public List<Path> featureJars() throws LaunchProblem {
        return featureJars(Platform.of(Map.of()));
    }

    /**
     * The features' bundles for {@code platform}, each once. Felix ignores {@code Eclipse-PlatformFilter}: a bundle
     * whose filter names another system (SWT's native fragment of another build) is left out here, so it never
     * attaches to its host; the window then says what is wrong ({@link #nativePartProblem}) and the commands work.
     *
     * @param platform the system the framework runs on
     */
    public List<Path> featureJars(Platform platform) throws LaunchProblem {
        return choose(platform).featureJars();
    }

    /**
     * Why the window cannot run on {@code platform}, or empty when it can: this installation has native parts (SWT's
     * fragments) but none for this system (a download for another system), or it has none at all (incomplete).
     *
     * @param platform the system the framework runs on
     */
    public Optional<Text> nativePartProblem(Platform platform) throws LaunchProblem {
        return choose(platform).nativePartProblem();
    }

    /**
     * {@link #featureJars(Platform)} and {@link #nativePartProblem(Platform)} from one reading of the features and of
     * Eclipse's manifests: the launcher asks both in its first milliseconds.
     *
     * @param platform the system the framework runs on
     */
    public Choice choose(Platform platform) throws LaunchProblem {
        Map<Path, Optional<String>> filters = new LinkedHashMap<>();
        for (Path jar : namedJars()) {
            filters.put(jar, platformFilter(jar));
        }
        List<Path> jars = new ArrayList<>();
        List<Platform> madeFor = new ArrayList<>();
        boolean nativePart = false;
        for (Map.Entry<Path, Optional<String>> jar : filters.entrySet()) {
            Optional<String> filter = jar.getValue();
            boolean accepted = filter.isEmpty() || platform.accepts(filter.get());
            if (accepted) {
                jars.add(jar.getKey());
            }
            nativePart |= filter.isPresent() && accepted;
            filter.map(Platform::namedBy).ifPresent(madeFor::add);
        }
        Optional<Text> problem = nativePart ? Optional.empty()
                : Optional.of(madeFor.isEmpty() ? new Text("platform.missing", platform, bundles())
                        : new Text("platform.wrong", madeFor.get(0), platform, platform.downloadName()));
        return new Choice(jars, problem);
    }

    /**
     * The features' bundles for a platform, and why its window cannot run, if it cannot.
     *
     * @param featureJars the features' bundles for the platform, each once
     * @param nativePartProblem why the window cannot run there, or empty when it can
     */
    public record Choice(List<Path> featureJars, Optional<Text> nativePartProblem) {
    }

    /** The bundles the features name, each once, in the features' order. */
    private List<Path> namedJars() throws LaunchProblem {
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

    /**
     * A jar's {@code Eclipse-PlatformFilter}; none for a jar without one, or that cannot be read as a jar. It is
     * Eclipse's header, so only Eclipse's jars ({@code org.eclipse.*}) are opened: every start asks, and opening all
     * thirty jars would add milliseconds to each.
     */
    private static Optional<String> platformFilter(Path jar) {
        if (!jar.getFileName().toString().startsWith(ECLIPSE)) {
            return Optional.empty();
        }
        try (JarFile file = new JarFile(jar.toFile(), false)) {
            Manifest manifest = file.getManifest();
            return Optional.ofNullable(manifest == null ? null
                    : manifest.getMainAttributes().getValue(Platform.FILTER_HEADER));
        } catch (IOException e) {
            return Optional.empty(); // the framework says what is wrong with it when it installs it
        }
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
