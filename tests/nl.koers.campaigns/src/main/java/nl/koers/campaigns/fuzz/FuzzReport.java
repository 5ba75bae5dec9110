package nl.koers.campaigns.fuzz;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import nl.koers.domain.Texts;

/** The numbers of a fuzz campaign: per kind of damage how many files opened or were refused, the times, the violations. */
public final class FuzzReport {
    /** One case that broke the contract, with what it takes to make it again. */
    public record Violation(long seed, int index, Mutation kind, String seedFile, List<String> what) {
    }

    /** More violations than this are counted, not printed one by one. */
    private static final int SHOWN = 200;

    private final long seed;
    private final long[] nanos;
    private final long[] cpuNanos;
    private final Map<Mutation, Long> kindNanos = new EnumMap<>(Mutation.class);
    private final Map<Mutation, int[]> perKind = new EnumMap<>(Mutation.class);
    private final Map<String, Integer> refusedAs = new TreeMap<>();
    private final List<Violation> violations = new ArrayList<>();
    private int files;
    private int slowestIndex = -1;
    private long slowestNanos;
    private Mutation slowestKind;
    private long slowestBytes;
    private long totalNanos;

    FuzzReport(long seed, int capacity) {
        this.seed = seed;
        this.nanos = new long[capacity];
        this.cpuNanos = new long[capacity];
    }

    void add(int index, Mutation kind, String seedFile, boolean opened, String problemKind, long took, long cpu,
            long bytes, List<String> wrong) {
        cpuNanos[files] = cpu;
        kindNanos.merge(kind, took, Long::sum);
        int[] counts = perKind.computeIfAbsent(kind, k -> new int[2]);
        counts[opened ? 0 : 1]++;
        if (problemKind != null) {
            refusedAs.merge(problemKind, 1, Integer::sum);
        }
        if (slowestIndex < 0 || took > slowestNanos) {
            slowestIndex = index;
            slowestNanos = took;
            slowestKind = kind;
            slowestBytes = bytes;
        }
        nanos[files++] = took;
        if (!wrong.isEmpty()) {
            violations.add(new Violation(seed, index, kind, seedFile, List.copyOf(wrong)));
        }
    }

    void finished(long took) {
        totalNanos = took;
    }

    public int files() {
        return files;
    }

    public int opened() {
        return perKind.values().stream().mapToInt(c -> c[0]).sum();
    }

    public int refused() {
        return perKind.values().stream().mapToInt(c -> c[1]).sum();
    }

    public int count(Mutation kind) {
        int[] c = perKind.get(kind);
        return c == null ? 0 : c[0] + c[1];
    }

    public List<Violation> violations() {
        return List.copyOf(violations);
    }

    /** The slowest read or open on the clock, in milliseconds. */
    public double maxMillis() {
        return Arrays.stream(nanos, 0, files).max().orElse(0) / 1e6;
    }

    /** The 99th percentile of the read and open times on the clock, in milliseconds. */
    public double p99Millis() {
        return p99(nanos);
    }

    /** The 99th percentile of the processor time of a read or open, in milliseconds. */
    public double p99CpuMillis() {
        return p99(cpuNanos);
    }

    public double maxCpuMillis() {
        return Arrays.stream(cpuNanos, 0, files).max().orElse(0) / 1e6;
    }

    private double p99(long[] times) {
        if (files == 0) {
            return 0;
        }
        long[] sorted = Arrays.copyOf(times, files);
        Arrays.sort(sorted);
        return sorted[Math.min(files - 1, (int) Math.ceil(files * 0.99) - 1)] / 1e6;
    }

    public void print(PrintStream out, Texts texts) {
        out.println(texts.format("fuzz.title", files, String.valueOf(seed)));
        perKind.forEach((kind, c) -> out.println(texts.format("fuzz.kind", kind.name(), c[0] + c[1], c[0], c[1],
                fixed(kindNanos.get(kind) / 1e6 / (c[0] + c[1])))));
        out.println(texts.format("fuzz.total", files, opened(), refused(), violations.size()));
        out.println(texts.format("fuzz.refusedAs", refusedAs.toString()));
        out.println(texts.format("fuzz.time", fixed(p99Millis()), fixed(maxMillis()), String.valueOf(slowestIndex),
                String.valueOf(slowestKind), slowestBytes));
        out.println(texts.format("fuzz.cpu", fixed(p99CpuMillis()), fixed(maxCpuMillis())));
        out.println(texts.format("fuzz.duration", fixed(totalNanos / 1e9)));
        for (Violation v : violations.subList(0, Math.min(violations.size(), SHOWN))) {
            // case numbers as plain digits: they are pasted back into a command
            out.println(texts.format("fuzz.violation", String.valueOf(v.index()), v.kind().name(), v.seedFile(),
                    String.join(" | ", v.what())));
            out.println(texts.format("fuzz.reproduce", String.valueOf(v.seed()), String.valueOf(v.index())));
        }
    }

    private static String fixed(double value) {
        return String.format(java.util.Locale.ROOT, "%.1f", value);
    }
}
