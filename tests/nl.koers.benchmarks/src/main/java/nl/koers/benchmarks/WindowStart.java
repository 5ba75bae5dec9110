package nl.koers.benchmarks;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The real start of the assembled workbench, {@code bin/koers FILE}: the time from starting it to the line
 * "koers: window shown" (the window has painted with the dossier), and its resident memory (VmRSS) once every bundle
 * runs ("koers: start complete": the instruments start after the window is shown). Without the
 * ahead-of-time cache, so that every run starts the same way; {@code bin/benchmark-startup} measures with it.
 */
final class WindowStart {
    static final String MARKER = "koers: window shown";
    static final String COMPLETE = "koers: start complete";

    private final Path distribution;
    private final long limitSeconds;
    private final Path errors;

    WindowStart(Path distribution, long limitSeconds, Path errors) {
        this.distribution = distribution;
        this.limitSeconds = limitSeconds;
        this.errors = errors;
    }

    /** Starts {@code runs} times and writes the medians; a start past the limit is written down as too slow. */
    void measure(Path file, int runs, int size, Table table) throws IOException, InterruptedException {
        List<Long> millis = new ArrayList<>();
        List<Long> resident = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            long[] one = once(file);
            if (one == null) {
                table.tooSlow("window.start", size, limitSeconds);
                table.tooSlow("window.rss", size, limitSeconds);
                return;
            }
            millis.add(one[0]);
            resident.add(one[1]);
        }
        table.put("window.start", size, Sampler.median(millis));
        table.put("window.rss", size, Sampler.median(resident) / 1024.0);
    }

    /** {@return milliseconds to the marker and the resident kilobytes then, or null when it did not come in time} */
    private long[] once(Path file) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(distribution.resolve("bin/koers").toString(), file.toString())
                .redirectError(ProcessBuilder.Redirect.appendTo(errors.toFile()));
        builder.environment().put("KOERS_JAVA_OPTS", "-Dkoers.benchmark=true");
        builder.environment().put("KOERS_AOT", "off");
        // the user's recent files and what the window remembers stay as they were: the benchmark has its own
        builder.environment().put("XDG_CONFIG_HOME", file.resolveSibling("config").toString());
        long start = System.nanoTime();
        Process koers = builder.start();
        CompletableFuture<long[]> shown = CompletableFuture.supplyAsync(() -> waitForMarker(koers, start));
        try {
            return shown.get(limitSeconds, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            return null;
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IOException("bin/koers " + file, e.getCause());
        } finally {
            koers.toHandle().descendants().forEach(ProcessHandle::destroyForcibly);
            koers.toHandle().destroyForcibly();
            koers.waitFor();
        }
    }

    private static long[] waitForMarker(Process koers, long start) {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(koers.getInputStream(),
                StandardCharsets.UTF_8))) {
            long millis = -1;
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (line.equals(MARKER)) {
                    millis = (System.nanoTime() - start) / 1_000_000;
                } else if (line.equals(COMPLETE) && millis >= 0) {
                    return new long[] {millis, residentKilobytes(koers.toHandle())};
                }
            }
            throw new IllegalStateException("bin/koers ended without \"" + MARKER + "\" and \"" + COMPLETE + "\"");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** VmRSS of the Java process: bin/koers becomes it, or starts it. */
    private static long residentKilobytes(ProcessHandle koers) {
        long most = 0;
        List<ProcessHandle> all = new ArrayList<>(List.of(koers));
        koers.descendants().forEach(all::add);
        for (ProcessHandle p : all) {
            try {
                for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(p.pid()), "status"))) {
                    if (line.startsWith("VmRSS:")) {
                        most = Math.max(most, Long.parseLong(line.replaceAll("[^0-9]", "")));
                    }
                }
            } catch (IOException e) {
                // it ended meanwhile
            }
        }
        return most;
    }
}
