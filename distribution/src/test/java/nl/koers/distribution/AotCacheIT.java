package nl.koers.distribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * On JDK 25 and newer, bin/koers trains an ahead-of-time cache on the first run and uses it afterwards; neither
 * step, nor a broken cache, may add a word to what Koers prints. Runs on a copy of the distribution, so that
 * the other tests' runs cannot touch its cache.
 */
class AotCacheIT {
    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    @TempDir
    Path scratch;
    private Path home;

    @BeforeEach
    void copyDistribution() throws IOException {
        assumeTrue(Runtime.version().feature() >= 25, "the AOT cache needs JDK 25 or newer");
        home = scratch.resolve("koers");
        Path source = Installation.home();
        try (Stream<Path> files = Files.walk(source)) {
            for (Path file : files.toList()) {
                if (file.getFileName().toString().contains(".aot")) {
                    continue; // a cache the other tests' runs may be writing right now
                }
                Files.copy(file, home.resolve(source.relativize(file).toString()), StandardCopyOption.COPY_ATTRIBUTES);
            }
        }
    }

    @Test
    void theFirstRunTrainsTheCacheQuietlyAndLaterRunsUseIt() throws Exception {
        KoersScript koers = new KoersScript(home, scratch);
        KoersScript.Run training = koers.run(TIMEOUT, "--version");
        assertEquals(0, training.exitCode(), training.describe());
        assertEquals(1, training.nonBlankLines().size(), "only the version line\n" + training.describe());
        assertEquals("", training.err(), training.describe());

        Path cache = awaitCache(Duration.ofSeconds(120));
        Path log = scratch.resolve("aot.log");
        KoersScript.Run cached = koers.run(environment -> environment.put("KOERS_JAVA_OPTS",
                "-Xlog:aot=info:file=" + log), TIMEOUT, "--version");
        assertEquals(0, cached.exitCode(), cached.describe());
        assertEquals(training.out(), cached.out());
        assertEquals("", cached.err(), cached.describe());
        String aotLog = Files.readString(log);
        assertTrue(aotLog.contains("Opened AOT cache") && aotLog.contains("Using AOT-linked classes: true"),
                "the JVM used " + cache + ":\n" + aotLog);
    }

    @Test
    void aBrokenCacheFallsBackSilently() throws Exception {
        KoersScript koers = new KoersScript(home, scratch);
        String expected = koers.run(environment -> environment.put("KOERS_AOT", "off"), TIMEOUT, "--version").out();
        Path cache = awaitCacheAfterTraining(koers);
        Files.writeString(cache, "not a cache");

        KoersScript.Run run = koers.run(TIMEOUT, "--version");
        assertEquals(0, run.exitCode(), run.describe());
        assertEquals(expected, run.out());
        assertEquals("", run.err(), run.describe());
    }

    private Path awaitCacheAfterTraining(KoersScript koers) throws Exception {
        assertEquals(0, koers.run(TIMEOUT, "--version").exitCode());
        return awaitCache(Duration.ofSeconds(120));
    }

    private Path awaitCache(Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            Optional<Path> cache = caches().stream().findFirst();
            if (cache.isPresent()) {
                return cache.get();
            }
            Thread.sleep(200);
        }
        throw new AssertionError("no AOT cache in " + home.resolve("lib") + " after " + timeout.toSeconds() + " s");
    }

    private List<Path> caches() throws IOException {
        try (Stream<Path> files = Files.list(home.resolve("lib"))) {
            return files.filter(file -> file.getFileName().toString().matches("koers-jdk.*\\.aot")).toList();
        }
    }
}
