package nl.koers.distribution;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/** Runs a distribution's {@code bin/koers} the way a person would, and keeps what it printed. */
final class KoersScript {
    /** One finished run; {@code exitCode} is -1 when it had to be killed after the timeout. */
    record Run(int exitCode, String out, String err, Duration duration) {
        String all() {
            return out + err;
        }

        List<String> nonBlankLines() {
            return all().lines().filter(line -> !line.isBlank()).toList();
        }

        String describe() {
            return "exit " + exitCode + " after " + duration.toMillis() + " ms\n--- stdout\n" + out + "--- stderr\n" + err;
        }
    }

    private final List<String> start;
    private final Path scratch;

    KoersScript(Path home, Path scratch) {
        this(List.of(home.resolve("bin/koers").toString()), scratch);
    }

    private KoersScript(List<String> start, Path scratch) {
        this.start = start;
        this.scratch = scratch;
    }

    /**
     * The launcher of {@code home} started with this JVM's Java and the options {@code bin\koers.cmd} gives it: for a
     * distribution made for another system, whose start script does not run here.
     */
    static KoersScript launcherOf(Path home, Path scratch) {
        return new KoersScript(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dkoers.home=" + home, "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-Djava.awt.headless=true",
                "-Djdk.reflect.useNativeAccessorOnly=true",
                "--enable-native-access=ALL-UNNAMED", "--sun-misc-unsafe-memory-access=allow",
                "-cp", home.resolve("lib/nl.koers.launcher.jar").toString(), "nl.koers.launcher.Main"), scratch);
    }

    Run run(Duration timeout, String... arguments) throws IOException, InterruptedException {
        return run(environment -> { }, timeout, arguments);
    }

    /**
     * @param environment edits the environment, which starts as this JVM's with JAVA_HOME set to this JVM's Java
     *        (the Java the build uses, so >= 21), without KOERS_JAVA_OPTS, and XDG_CACHE_HOME in the scratch folder
     */
    Run run(Consumer<Map<String, String>> environment, Duration timeout, String... arguments)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.addAll(start);
        command.addAll(List.of(arguments));
        Path out = Files.createTempFile(scratch, "out", ".txt");
        Path err = Files.createTempFile(scratch, "err", ".txt");
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(scratch.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()))
                .redirectOutput(out.toFile())
                .redirectError(err.toFile());
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        builder.environment().remove("KOERS_JAVA_OPTS");
        // Koers's cache (its log, the marker of a start under way) is the test's, never the real one
        builder.environment().put("XDG_CACHE_HOME", scratch.resolve("cache").toString());
        environment.accept(builder.environment());

        long start = System.nanoTime();
        Process process = builder.start();
        int exitCode;
        if (process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            exitCode = process.exitValue();
        } else {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly().waitFor();
            exitCode = -1;
        }
        Duration duration = Duration.ofNanos(System.nanoTime() - start);
        return new Run(exitCode, Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8), duration);
    }
}
