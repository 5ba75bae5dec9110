package nl.koers.benchmarks;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;

import com.fasterxml.jackson.databind.ObjectMapper;

import nl.koers.domain.Dossier;
import nl.koers.store.internal.JsonDossierStore;

/**
 * The headless measures of the dossier files of every size, in one JVM: the store's read and write, a raw Jackson
 * tree parse of the same bytes (the floor no read can beat), and every analysis, with the number of pairs of those
 * that return every pair. The sizes take turns in every measure ({@link Sampler}), so the growth from one to the
 * next is measured under one load and one JIT. Times are processor time ({@link ProcessCpu}); the child runs with a
 * young generation of a fixed size ({@link ChildRun#HEADLESS_YOUNG}). A measure is reported as {@code key@size}.
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

    /** Measures every dossier by its size; the measures in {@code skip} ({@code key@size}) are not tried. */
    void run(Map<Integer, Path> files, Set<String> skip, Report out) throws Exception {
        Map<String, Callable<Object>> io = new LinkedHashMap<>();
        Map<Integer, Dossier> dossiers = new LinkedHashMap<>();
        List<Path> copies = new ArrayList<>();
        for (Map.Entry<Integer, Path> sized : files.entrySet()) {
            Path file = sized.getValue();
            byte[] bytes = Files.readAllBytes(file);
            Path copy = file.resolveSibling("written-" + file.getFileName());
            copies.add(copy);
            Dossier dossier = store.read(file);
            dossiers.put(sized.getKey(), dossier);
            io.put(at("store.read", sized.getKey()), () -> store.read(file));
            io.put(at("store.parse", sized.getKey()), () -> jackson.readTree(bytes));
            io.put(at("store.write", sized.getKey()), () -> {
                store.write(dossier, copy);
                return copy;
            });
        }
        io.keySet().removeAll(skip);
        alternating(io, out);
        for (Path copy : copies) {
            Files.deleteIfExists(copy);
        }
        for (Map.Entry<String, Analyses.Analysis> row : Analyses.all().entrySet()) {
            measure(row.getKey(), row.getValue(), dossiers, skip, out);
        }
    }

    /** One analysis on every dossier: the first calls one by one, then the sizes in turn. */
    private void measure(String key, Analyses.Analysis analysis, Map<Integer, Dossier> dossiers, Set<String> skip,
            Report out) throws Exception {
        List<String> keys = new ArrayList<>();
        List<Callable<Object>> calls = new ArrayList<>();
        List<Long> firsts = new ArrayList<>();
        for (Map.Entry<Integer, Dossier> sized : dossiers.entrySet()) {
            String measure = at(key, sized.getKey());
            if (skip.contains(measure)) {
                continue;
            }
            Callable<Object> call = () -> analysis.call().apply(sized.getValue());
            out.start(measure);
            Sampler.First first = sampler.first(call);
            if (analysis.outputBound()) {
                out.pairs(measure, analysis.pairs().applyAsLong(first.result()));
            } else if (analysis.listed() != null) {
                out.pairs(measure, analysis.listed().applyAsLong(sized.getValue()));
            }
            if (sampler.enough(first)) {
                out.result(measure, first.millis());
            } else {
                keys.add(measure);
                calls.add(call);
                firsts.add(first.nanos());
            }
        }
        if (!keys.isEmpty()) {
            out.start(String.join(",", keys));
            double[] millis = sampler.medianMillis(calls, firsts.stream().mapToLong(Long::longValue).toArray());
            for (int i = 0; i < keys.size(); i++) {
                out.result(keys.get(i), millis[i]);
            }
        }
    }

    static String at(String key, int size) {
        return key + "@" + size;
    }

    /**
     * Read, parse and write of every size are compared with each other: in rounds, each round in the other order
     * than the last.
     */
    private void alternating(Map<String, Callable<Object>> io, Report out) throws Exception {
        List<String> order = new ArrayList<>(io.keySet());
        Map<String, List<Long>> times = new HashMap<>();
        order.forEach(key -> times.put(key, new ArrayList<>()));
        out.start(String.join(",", order));
        // warm-up rounds until the JIT has had two seconds, then the counted ones, each at least
        // Sampler.SAMPLE_MILLIS of work
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
                Collections.reverse(now);
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
