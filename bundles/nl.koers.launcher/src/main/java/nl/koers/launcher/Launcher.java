package nl.koers.launcher;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * One start of Koers: settles the language and the face, boots the framework, hands the calling thread (the
 * JVM's main thread: SWT needs it on macOS) to the face and returns its exit code. Always stops the framework.
 */
final class Launcher {
    /** Framework property: seconds to wait for the face before giving up. */
    static final String FACE_TIMEOUT = "koers.face.timeout";
    /** The Gogo shell's arguments; {@code --nointeractive} keeps it off the terminal. */
    static final String GOSH_ARGS = "gosh.args";
    /** Framework property: the plugin that kept the start before from its window, for the window's offer. */
    static final String SAFE_MODE_BLAMED = "koers.safeMode.blamed";
    private static final Duration DEFAULT_FACE_TIMEOUT = Duration.ofSeconds(30);
    /** How long a face waits for the plugin manager to bring the plugins back. */
    private static final Duration RESTORE_TIMEOUT = Duration.ofSeconds(10);

    private final Path home;
    private final Map<String, String> environment;
    private final String osName;
    private final PrintStream out;
    private final PrintStream err;
    private final CrashLog defaultLog;

    /** @param defaultLog the log when neither {@code etc/koers.properties} nor a system property names another */
    Launcher(Path home, Map<String, String> environment, String osName, PrintStream out, PrintStream err,
            CrashLog defaultLog) {
        this.home = home;
        this.environment = environment;
        this.osName = osName;
        this.out = out;
        this.err = err;
        this.defaultLog = defaultLog;
    }

    int run(String... rawArguments) {
        LaunchArguments arguments;
        try {
            arguments = LaunchArguments.parse(rawArguments);
        } catch (LaunchProblem problem) {
            err.println(Messages.forLocale(Locale.getDefault()).format(problem.text()));
            return ExitCode.USAGE;
        }
        Locale.setDefault(arguments.language().orElseGet(
                () -> SystemLanguage.of(environment, osName, Locale.getDefault())));
        Messages messages = Messages.forLocale(Locale.getDefault());
        CrashLog log = defaultLog.configured(configuredLogFile());
        if (arguments.log()) {
            out.println(log.file());
            return 0;
        }

        StartupTrace.of(err).step("launcher: arguments read");
        Face face = Face.choose(arguments.forFace(), Launcher::isExistingFile);
        Optional<Distribution.Choice> forWindow = face == Face.GUI ? chooseBundles() : Optional.empty();
        Optional<Text> nativePart = forWindow.flatMap(Distribution.Choice::nativePartProblem);
        if (nativePart.isPresent()) {
            err.println(messages.format(nativePart.get()));
            return ExitCode.NO_WINDOW;
        }
        if (face == Face.GUI && DisplayCheck.displayMissing(environment, osName)) {
            err.println(messages.format("display.missing"));
            return ExitCode.NO_WINDOW;
        }
        StartupTrace.of(err).step("launcher: native part checked");
        List<String> leftOut = new ArrayList<>();
        BundleProblems problems = (bundle, reason) -> {
            leftOut.add(messages.format("bundle.failed", bundle, reason));
            err.println(leftOut.get(leftOut.size() - 1));
        };
        // the log bundle writes where the launcher does: one file to send
        Map<String, String> properties = new HashMap<>(Map.of(KoersFramework.LANGUAGE, Locale.getDefault().getLanguage(),
                CrashLog.FILE_PROPERTY, log.file().toString()));
        if (arguments.console()) {
            // etc/koers.properties keeps the OSGi shell off the terminal (gosh.args=--nointeractive); this gives it back
            properties.put(GOSH_ARGS, "");
        }
        StartMarker marker = new StartMarker(log.file().getParent(), ProcessHandle.current().pid());
        Optional<StartMarker.LeftBehind> previous = marker.leftBehind();
        previous.ifPresent(failed -> offerSafeMode(failed, messages, log, properties));
        if (arguments.safeMode() || previous.isPresent()) {
            properties.put(KoersFramework.SAFE_MODE, "true");
        }
        properties.put(StartMarker.PROPERTY, marker.file().toString());
        // the framework keeps its installed bundles beside the log, for the next start with the same bundles
        properties.put(KoersFramework.CACHE, defaultLog.file().getParent().resolve("felix").toString());
        if (face == Face.GUI) {
            // the window opens while the rest of Koers starts; it counts as shown once all has started
            properties.put(KoersFramework.START_IN_BACKGROUND, "true");
        }
        marker.write();
        StartupTrace trace = StartupTrace.of(err);
        DisplayFirst display = new DisplayFirst(forWindow.filter(this::toolkitOnClassPath).isPresent(), trace);
        trace.step("launcher: booting the framework");
        try (KoersFramework koers = display.boot(() -> KoersFramework.start(home, properties, problems))) {
            // Ctrl+C: stop the bundles properly and remove the framework's storage; a plugin's System.exit is noted
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                witness(koers, marker);
                koers.close();
            }, "koers-stop"));
            return runFace(koers, face, arguments, messages, log, display);
        } catch (LaunchProblem problem) {
            err.println(messages.format(problem.text()));
            log.write("ERROR", messages.format(problem.text()), problem.getCause());
            return ExitCode.STARTUP_FAILED;
        } finally {
            // this start came to its end: whatever happened, the launcher saw it and said so
            marker.remove();
            // written once the framework has stopped, when the log bundle is done with the file
            leftOut.forEach(line -> log.write("WARN", line, null));
        }
    }

    /** The start before did not reach its window: this one runs without plugins and says why, and how to get out. */
    private void offerSafeMode(StartMarker.LeftBehind failed, Messages messages, CrashLog log,
            Map<String, String> properties) {
        String said = failed.plugin().isEmpty() ? messages.format("safeMode.previous")
                : messages.format("safeMode.previous.plugin", failed.plugin());
        err.println(said);
        log.write("WARN", said, null);
        properties.put(SAFE_MODE_BLAMED, failed.plugin());
    }

    /** In the shutdown hook: when a plugin called System.exit before the window was shown, its name is kept. */
    private void witness(KoersFramework koers, StartMarker marker) {
        try {
            if (!marker.exists()) {
                return;
            }
            Optional<String> plugin = ExitWitness.pluginThatExited(koers.bundleContext(),
                    new Distribution(home.toAbsolutePath().normalize()).plugins().toUri().toString());
            if (plugin.isPresent()) {
                marker.blame(plugin.get());
            } else if (ExitWitness.bySignal() && !marker.blamesSomeone()) {
                marker.remove(); // Ctrl+C while starting is a decision, not a failure
            }
        } catch (RuntimeException stopped) {
            // the framework is gone already: the marker stays as it is
        }
    }

    /**
     * The bundles for this system, and whether the window can run on it (a download for another system, or one without
     * SWT's native part, cannot); empty when the installation is broken, which starting then says.
     */
    private Optional<Distribution.Choice> chooseBundles() {
        try {
            return Optional.of(distribution().choose(Platform.of(Map.of())));
        } catch (LaunchProblem broken) {
            return Optional.empty();
        }
    }

    private Distribution distribution() {
        return new Distribution(home.toAbsolutePath().normalize());
    }

    /** {@code koers.log.file} as the framework will see it: {@code etc/koers.properties} first, then the JVM's. */
    private String configuredLogFile() {
        try {
            String configured = new Distribution(home).settingsProperties().get(CrashLog.FILE_PROPERTY);
            return configured != null ? configured : System.getProperty(CrashLog.FILE_PROPERTY);
        } catch (LaunchProblem unreadable) {
            // starting says what is wrong with the settings; the log stays where it usually is
            return System.getProperty(CrashLog.FILE_PROPERTY);
        }
    }

    /** True when bin/koers put the features' SWT for this system on the class path ({@link ClassPathToolkit}). */
    private boolean toolkitOnClassPath(Distribution.Choice bundles) {
        return ClassPathToolkit.of(bundles.featureJars(), distribution()).isPresent();
    }

    private int runFace(KoersFramework koers, Face face, LaunchArguments arguments, Messages messages, CrashLog log,
            DisplayFirst display) {
        Duration timeout = faceTimeout(koers);
        try (FaceTracker tracker = new FaceTracker(koers.bundleContext(), face)) {
            StartupTrace trace = StartupTrace.of(err);
            Optional<Throwable> noDisplay = face != Face.GUI ? Optional.empty()
                    : display.opened() ? display.problem() : EarlyDisplay.open(koers.bundleContext(), trace);
            if (noDisplay.isPresent()) {
                // no window can open: said at once, with the first-hand error, instead of a second try in the face
                return failed(koers, face, noDisplay.get(), messages, log);
            }
            trace.step("launcher: waiting for the face");
            Optional<Function<String[], Integer>> service = tracker.await(timeout,
                    face == Face.GUI ? Duration.ZERO : RESTORE_TIMEOUT);
            trace.step("launcher: face found, plugins restored");
            if (service.isEmpty()) {
                String missing = messages.format("face.missing", new Text("face." + face.propertyValue()),
                        timeout.toSeconds(), describeInactive(koers.inactiveBundles(), messages));
                err.println(missing);
                koers.close();
                log.write("ERROR", missing, null);
                return ExitCode.STARTUP_FAILED;
            }
            return apply(koers, service.get(), face, arguments, messages, log);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return ExitCode.STARTUP_FAILED;
        }
    }

    private int apply(KoersFramework koers, Function<String[], Integer> service, Face face, LaunchArguments arguments,
            Messages messages, CrashLog log) {
        try {
            Integer code = service.apply(arguments.forFaceArray());
            return code == null ? 0 : code;
        } catch (Throwable failure) { // Errors too: a missing GTK shows as UnsatisfiedLinkError or SWTError
            return failed(koers, face, failure, messages, log);
        }
    }

    private int failed(KoersFramework koers, Face face, Throwable failure, Messages messages, CrashLog log) {
        // first the framework stops, and the log bundle writes what it still had; then this, in the same file
        koers.close();
        Text where = log.write(failure)
                .map(file -> new Text("log.written", file))
                .orElse(new Text("log.unwritten"));
        if (face == Face.GUI) {
            err.println(messages.format(new Text(GuiFailure.of(failure).messageKey(), where)));
            return ExitCode.NO_WINDOW;
        }
        err.println(messages.format(new Text("cli.failed", String.valueOf(failure.getMessage()), where)));
        return ExitCode.INTERNAL_ERROR;
    }

    private static String describeInactive(List<String> inactive, Messages messages) {
        if (inactive.isEmpty()) {
            return messages.format("face.missing.allActive");
        }
        StringBuilder lines = new StringBuilder();
        inactive.forEach(line -> lines.append(System.lineSeparator()).append("  ").append(line));
        return lines.toString();
    }

    private static Duration faceTimeout(KoersFramework koers) {
        String seconds = koers.bundleContext().getProperty(FACE_TIMEOUT);
        try {
            return seconds == null ? DEFAULT_FACE_TIMEOUT : Duration.ofSeconds(Long.parseLong(seconds.trim()));
        } catch (NumberFormatException e) {
            return DEFAULT_FACE_TIMEOUT;
        }
    }

    /** A file, not a folder: {@code bin/koers plugins list} run from the home (which has plugins/) is a command. */
    static boolean isExistingFile(String argument) {
        try {
            return Files.isRegularFile(Path.of(argument));
        } catch (InvalidPathException e) {
            return false;
        }
    }
}
