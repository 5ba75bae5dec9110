package nl.koers.distribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * On JDK 25 and newer, bin/koers trains an ahead-of-time cache on the first run and uses it afterwards; neither
 * step, nor a broken cache, may add a word to what Koers prints; a rebuilt Koers gets a cache of its own. Runs on a copy of the distribution, so that
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

    @Test
    void aRebuiltKoersWithTheBuildsFixedDatesGetsANewCache() throws Exception {
        KoersScript koers = new KoersScript(home, scratch);
        Path cache = awaitCacheAfterTraining(koers);
        Object trained = Files.readAttributes(cache, BasicFileAttributes.class).fileKey();
        // a rebuild: another jar under the same name and the same fixed date, which the JVM would refuse the cache for
        Path jar = onlyJar(home.resolve("lib"), "nl.koers.folders-");
        FileTime fixedDate = Files.getLastModifiedTime(jar);
        rebuild(jar);
        Files.setLastModifiedTime(jar, fixedDate);

        assertEquals(0, koers.run(TIMEOUT, "--version").exitCode());
        Path retrained = awaitCache(Duration.ofSeconds(120),
                file -> !Objects.equals(trained, Files.readAttributes(file, BasicFileAttributes.class).fileKey()));
        Path log = scratch.resolve("aot.log");
        KoersScript.Run cached = koers.run(environment -> environment.put("KOERS_JAVA_OPTS",
                "-Xlog:aot=info:file=" + log), TIMEOUT, "--version");
        assertEquals(0, cached.exitCode(), cached.describe());
        String aotLog = Files.readString(log);
        assertTrue(aotLog.contains("Using AOT-linked classes: true"), "the JVM used " + retrained + ":\n" + aotLog);
    }

    /** The same classes in a jar of another size, as a rebuild with other sources makes. */
    private static void rebuild(Path jar) throws IOException {
        Path rebuilt = jar.resolveSibling(jar.getFileName() + ".rebuilt");
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(jar));
                ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(rebuilt))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                out.putNextEntry(new ZipEntry(entry.getName()));
                in.transferTo(out);
                out.closeEntry();
            }
            out.putNextEntry(new ZipEntry("META-INF/rebuilt.txt"));
            out.write("another build".getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
        }
        Files.move(rebuilt, jar, StandardCopyOption.REPLACE_EXISTING);
    }

    private static Path onlyJar(Path folder, String prefix) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(file -> file.getFileName().toString().startsWith(prefix)).findFirst().orElseThrow();
        }
    }

    private Path awaitCacheAfterTraining(KoersScript koers) throws Exception {
        assertEquals(0, koers.run(TIMEOUT, "--version").exitCode());
        return awaitCache(Duration.ofSeconds(120));
    }

    private Path awaitCache(Duration timeout) throws Exception {
        return awaitCache(timeout, file -> true);
    }

    private Path awaitCache(Duration timeout, CacheTest wanted) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            Optional<Path> cache = Optional.empty();
            for (Path file : caches()) {
                if (wanted.test(file)) {
                    cache = Optional.of(file);
                }
            }
            if (cache.isPresent()) {
                return cache.get();
            }
            Thread.sleep(200);
        }
        throw new AssertionError("no AOT cache in " + home.resolve("lib") + " after " + timeout.toSeconds() + " s");
    }

    /** A test of a cache file that may be replaced while it looks. */
    private interface CacheTest {
        boolean test(Path cache) throws IOException;
    }

    private List<Path> caches() throws IOException {
        try (Stream<Path> files = Files.list(home.resolve("lib"))) {
            return files.filter(file -> file.getFileName().toString().matches("koers-jdk.*\\.aot")).toList();
        }
    }
}
