package nl.koers.benchmarks;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;

import com.fasterxml.jackson.databind.ObjectMapper;

import nl.koers.domain.Dossier;
import nl.koers.store.internal.JsonDossierStore;

/**
 * The headless measures of one dossier file: the store's read and write, a raw Jackson tree parse of the same bytes
 * (the floor no read can beat), and every analysis, with the number of pairs of those that return every pair. Times
 * are processor time ({@link ProcessCpu}); the child runs with a young generation of a fixed size
 * ({@link ChildRun#HEADLESS_YOUNG}).
 */
final class Headless {
    private static final int IO_ROUNDS = 7;
    private static final int IO_WARM_UP = 3;
    private static final long IO_WARM_UP_NANOS = 2_000_000_000L;

    private final JsonDossierStore store = new JsonDossierStore();
    private final ObjectMapper jackson = new ObjectMapper();
    private final Sampler sampler;
    private final boolean quick;

    Headless(boolean quick) {
        this.quick = quick;
        this.sampler = new Sampler(quick);
    }

    void run(Path file, Set<String> skip, Report out) throws Exception {
        byte[] bytes = Files.readAllBytes(file);
        Path copy = file.resolveSibling("written-" + file.getFileName());
        Dossier dossier = store.read(file);
        Map<String, Callable<Object>> io = new java.util.LinkedHashMap<>();
        io.put("store.read", () -> store.read(file));
        io.put("store.parse", () -> jackson.readTree(bytes));
        io.put("store.write", () -> {
            store.write(dossier, copy);
            return copy;
        });
        io.keySet().removeAll(skip);
        alternating(io, out);
        Files.deleteIfExists(copy);
        for (Map.Entry<String, Analyses.Analysis> row : Analyses.all().entrySet()) {
            if (!skip.contains(row.getKey())) {
                Analyses.Analysis analysis = row.getValue();
                out.start(row.getKey());
                double millis = sampler.medianMillis(() -> analysis.call().apply(dossier));
                if (analysis.outputBound()) {
                    out.pairs(row.getKey(), analysis.pairs().applyAsLong(Sampler.sink)); // the last call's result
                }
                out.result(row.getKey(), millis);
            }
        }
    }

    /** Read, parse and write are compared with each other: in rounds, each round in the other order than the last. */
    private void alternating(Map<String, Callable<Object>> io, Report out) throws Exception {
        List<String> order = new ArrayList<>(io.keySet());
        Map<String, List<Long>> times = new HashMap<>();
        order.forEach(key -> times.put(key, new ArrayList<>()));
        out.start(String.join(",", order));
        // warm-up rounds until the JIT has had two seconds (each size runs in a fresh JVM), then the counted ones,
        // each at least Sampler.SAMPLE_MILLIS of work
        int warmUp = 0;
        long warmStart = System.nanoTime();
        Map<String, Long> warmNanos = new HashMap<>();
        while (!quick && warmUp < 1000 && (warmUp < IO_WARM_UP || System.nanoTime() - warmStart < IO_WARM_UP_NANOS)) {
            for (String key : order) {
                long start = System.nanoTime();
                Sampler.sink = io.get(key).call();
                warmNanos.merge(key, System.nanoTime() - start, Long::sum);
            }
            warmUp++;
        }
        Map<String, Integer> perSample = new HashMap<>();
        for (String key : order) {
            perSample.put(key, warmUp == 0 ? 1 : Sampler.repeats(warmNanos.get(key) / warmUp));
        }
        int rounds = quick ? 1 : IO_ROUNDS;
        for (int round = 0; round < rounds; round++) {
            List<String> now = new ArrayList<>(order);
            if (round % 2 == 1) {
                java.util.Collections.reverse(now);
            }
            for (String key : now) {
                int repeats = perSample.get(key);
                // every sample starts from a collected heap: no dead trees of the samples before it to copy or scan
                Sampler.sink = null;
                System.gc();
                long start = ProcessCpu.nanos();
                for (int i = 0; i < repeats; i++) {
                    Sampler.sink = null; // the tree before is garbage, as after a real read, before the next is made
                    Sampler.sink = io.get(key).call();
                }
                times.get(key).add((ProcessCpu.nanos() - start) / repeats);
            }
        }
        for (String key : order) {
            out.result(key, Sampler.median(times.get(key)) / 1e6);
        }
    }
}
