package nl.koers.launcher;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.stream.Collectors;

/**
 * SWT on the JVM's class path, where {@code bin/koers} puts the host and this system's native part (from {@code
 * lib/swt}, Eclipse's jars without their signature, which the JVM's ahead-of-time cache would refuse): the launcher then
 * opens the window's display from the JVM's first milliseconds while the framework boots, and the system bundle
 * exports SWT's packages instead of the framework installing SWT as bundles (its classes come from the JVM's
 * ahead-of-time cache like the launcher's). It counts only when every SWT jar the features name for this system is
 * on the class path, from {@code lib/swt} under the same name, so the launcher's choice of the native part stands;
 * otherwise (another start script, the tests) SWT is installed as bundles, as before.
 */
final class ClassPathToolkit {
    /** The framework property through which the system bundle exports packages of the class path. */
    static final String SYSTEM_PACKAGES_EXTRA = "org.osgi.framework.system.packages.extra";

    /** The features' toolkit jars in bundles/, which the framework does not install. */
    private final List<Path> jars;
    /** The same jars on the class path, whose manifests say what to export. */
    private final List<Path> classPathJars;

    private ClassPathToolkit(List<Path> jars, List<Path> classPathJars) {
        this.jars = jars;
        this.classPathJars = classPathJars;
    }

    /**
     * The toolkit's jars among {@code featureJars}, when a jar of the same name in {@code folder} is on {@code
     * classPath} for each.
     *
     * @param featureJars the features' bundles for this system
     * @param folder where the distribution keeps the toolkit for the class path ({@code lib/swt})
     * @param classPath the JVM's class path ({@code java.class.path})
     */
    static Optional<ClassPathToolkit> of(List<Path> featureJars, Path folder, String classPath) {
        List<Path> toolkit = featureJars.stream().filter(ClassPathToolkit::isToolkit).toList();
        if (toolkit.isEmpty() || classPath == null || classPath.isEmpty()) {
            return Optional.empty();
        }
        Set<Path> onClassPath = new HashSet<>();
        for (String entry : classPath.split(File.pathSeparator)) {
            onClassPath.add(Path.of(entry).toAbsolutePath().normalize());
        }
        List<Path> classPathJars = new ArrayList<>();
        for (Path jar : toolkit) {
            Path same = folder.resolve(jar.getFileName().toString()).toAbsolutePath().normalize();
            if (!onClassPath.contains(same)) {
                return Optional.empty();
            }
            classPathJars.add(same);
        }
        return Optional.of(new ClassPathToolkit(toolkit, classPathJars));
    }

    /** The toolkit of {@code distribution} on this JVM's class path, among {@code featureJars}, if it has one. */
    static Optional<ClassPathToolkit> of(List<Path> featureJars, Distribution distribution) {
        return of(featureJars, distribution.classPathToolkit(), System.getProperty("java.class.path"));
    }

    /** True for SWT's host and its native fragments, by the file names the distribution gives them. */
    static boolean isToolkit(Path jar) {
        String name = jar.getFileName().toString();
        return name.startsWith(EarlyDisplay.SWT + "-") || name.startsWith(EarlyDisplay.SWT + ".");
    }

    /** {@code jars} without the toolkit's: what the framework installs. */
    List<Path> leaveOut(List<Path> jars) {
        List<Path> rest = new ArrayList<>(jars);
        rest.removeAll(this.jars);
        return rest;
    }

    /** Adds the packages the toolkit's jars export to the system bundle's exports in {@code configuration}. */
    void export(Map<String, String> configuration) throws LaunchProblem {
        String exports = exports();
        configuration.merge(SYSTEM_PACKAGES_EXTRA, exports,
                (configured, toolkit) -> configured.isBlank() ? toolkit : configured + "," + toolkit);
    }

    /** The toolkit jars' {@code Export-Package} clauses, each package once (the host and its fragment name the same). */
    String exports() throws LaunchProblem {
        Map<String, String> clauses = new LinkedHashMap<>();
        for (Path jar : classPathJars) {
            for (String clause : clauses(exportPackage(jar))) {
                clauses.putIfAbsent(clause.split(";", 2)[0].trim(), clause.trim());
            }
        }
        return clauses.values().stream().collect(Collectors.joining(","));
    }

    private static String exportPackage(Path jar) throws LaunchProblem {
        try (JarFile file = new JarFile(jar.toFile(), false)) {
            Manifest manifest = file.getManifest();
            String exports = manifest == null ? null : manifest.getMainAttributes().getValue("Export-Package");
            return exports == null ? "" : exports;
        } catch (IOException e) {
            throw new LaunchProblem(new Text("distribution.unreadable", jar, e.getMessage()), e);
        }
    }

    /** A header's clauses: split at the commas outside quotes. */
    static List<String> clauses(String header) {
        List<String> clauses = new ArrayList<>();
        boolean quoted = false;
        int start = 0;
        for (int i = 0; i < header.length(); i++) {
            char c = header.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (c == ',' && !quoted) {
                clauses.add(header.substring(start, i));
                start = i + 1;
            }
        }
        clauses.add(header.substring(start));
        clauses.removeIf(String::isBlank);
        return clauses;
    }
}
