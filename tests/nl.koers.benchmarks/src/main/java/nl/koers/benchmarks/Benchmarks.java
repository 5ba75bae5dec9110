package nl.koers.benchmarks;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import nl.koers.domain.Texts;
import nl.koers.store.internal.JsonDossierStore;

/**
 * The benchmark of issue 15, for {@code ./benchmark [--quick] [--sizes 12,50,200,1000] [--only
 * headless|window|walk|startup]}: generates the dossiers, measures, prints one table with the goals beside the numbers
 * and writes it as Markdown. It reports and does not judge: the exit code is 0 when goals fail, 1 only when the
 * benchmark itself broke, 2 for a wrong argument.
 */
public final class Benchmarks {
    static final List<Integer> SIZES = List.of(12, 50, 200, 1000);
    static final List<Integer> QUICK_SIZES = List.of(3);

    private Benchmarks() {
    }

    public static void main(String[] args) throws Exception {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        Texts texts = texts(Locale.getDefault());
        Options options;
        try {
            options = Options.parse(args);
        } catch (RuntimeException e) {
            System.err.println(texts.get("usage"));
            System.exit(2);
            return;
        }
        Table table = run(options, texts, out);
        System.exit(table.complete() ? 0 : 1);
    }

    static Texts texts(Locale locale) {
        Locale language = "nl".equals(locale.getLanguage()) ? Locale.forLanguageTag("nl") : Locale.ENGLISH;
        return Texts.load("nl.koers.benchmarks.Texts", language, Benchmarks.class.getClassLoader());
    }

    /** Measures what the options ask, prints the table on {@code out} and writes it to the Markdown file. */
    static Table run(Options options, Texts texts, PrintStream out) throws IOException, InterruptedException {
        Table table = new Table(options.sizes(), texts);
        Path work = Files.createTempDirectory("koers-benchmark");
        Path errors = work.resolve("errors.log");
        Path distribution = Path.of(System.getProperty("koers.benchmarks.distribution", "distribution/target/koers"));
        boolean hasDistribution = Files.isExecutable(distribution.resolve("bin/koers"));
        boolean hasDisplay = System.getenv("DISPLAY") != null;
        JsonDossierStore store = new JsonDossierStore();
        try {
            Map<Integer, Path> files = new LinkedHashMap<>();
            for (int size : options.sizes()) {
                Path file = work.resolve(size + ".koers");
                store.write(GeneratedDossier.of(size), file);
                table.fileSize(size, Files.size(file));
                files.put(size, file);
            }
            if (options.runs("headless")) {
                // every size in one JVM, taking turns: their growth is read under one load and one JIT
                out.println(texts.format("progress.headless", options.sizes().stream().map(String::valueOf)
                        .collect(Collectors.joining(", "))));
                new ChildRun(table, files, options.limitSeconds(), errors).run("headless", options.quick(), Set.of());
            } else {
                for (int size : options.sizes()) {
                    skip(table, size, "store.", "only");
                    Analyses.all().keySet().forEach(key -> table.skipped(key, size, "only"));
                }
            }
            for (int size : options.sizes()) {
                if (options.runs("window") || options.runs("walk") || options.runs("startup")) {
                    out.println(texts.format("progress.size", size));
                }
                Path file = files.get(size);
                var tooSlow = table.tooSlowBefore(size, options.limitSeconds());
                if (options.runs("window") && hasDisplay) {
                    new ChildRun(table, Map.of(size, file), options.limitSeconds(), errors)
                            .run("window", options.quick(), tooSlow);
                } else {
                    skip(table, size, "edit.", hasDisplay ? "only" : "display");
                }
                if (options.runs("walk") && hasDisplay) {
                    new ChildRun(table, Map.of(size, file), options.limitSeconds(), errors)
                            .run("walk", options.quick(), tooSlow);
                } else {
                    skip(table, size, "walk.", hasDisplay ? "only" : "display");
                }
                if (tooSlow.contains("window.start")) {
                    // written down already
                } else if (options.runs("startup") && hasDistribution && hasDisplay) {
                    new WindowStart(distribution, options.limitSeconds(), errors)
                            .measure(file, options.quick() ? 1 : 3, size, table);
                } else {
                    skip(table, size, "window.", !options.runs("startup") ? "only"
                            : hasDisplay ? "distribution" : "display");
                }
            }
            if (options.runs("startup") && !options.quick() && hasDistribution && hasDisplay) {
                out.println(texts.get("progress.ratio"));
                table.ratio(StartupRatio.measure(distribution, errors, table), null);
            } else if (options.runs("startup")) {
                table.note("startup.ratio", options.quick() ? "quick" : !hasDisplay ? "display" : "distribution");
            }
            print(table, texts, out, options);
            return table;
        } finally {
            if (Files.exists(errors) && Files.size(errors) > 0) {
                Path kept = Path.of(options.markdown()).resolveSibling("benchmark-errors.log");
                Files.createDirectories(kept.toAbsolutePath().getParent());
                Files.copy(errors, kept, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
            delete(work);
        }
    }

    private static void skip(Table table, int size, String prefix, String why) {
        Table.rowKeys().stream().filter(k -> k.startsWith(prefix)).forEach(k -> table.skipped(k, size, why));
    }

    private static void print(Table table, Texts texts, PrintStream out, Options options) throws IOException {
        List<List<String>> cells = table.cells();
        int[] widths = new int[cells.get(0).size()];
        for (List<String> line : cells) {
            for (int i = 0; i < line.size(); i++) {
                widths[i] = Math.max(widths[i], line.get(i).length());
            }
        }
        String load = load();
        out.println();
        out.println(texts.format("title", Runtime.version(), Runtime.getRuntime().availableProcessors(), load,
                texts.get(ProcessCpu.available() ? "clock.cpu" : "clock.wall")));
        for (List<String> line : cells) {
            StringBuilder b = new StringBuilder();
            for (int i = 0; i < line.size(); i++) {
                String cell = line.get(i);
                b.append(i == 0 ? pad(cell, widths[i]) : padLeft(cell, widths[i])).append("  ");
            }
            out.println(b.toString().stripTrailing());
        }
        table.notes().forEach(n -> out.println("  " + n));

        StringBuilder md = new StringBuilder();
        md.append(texts.format("title", Runtime.version(), Runtime.getRuntime().availableProcessors(), load,
                texts.get(ProcessCpu.available() ? "clock.cpu" : "clock.wall")))
                .append("\n\n");
        for (int r = 0; r < cells.size(); r++) {
            md.append("| ").append(String.join(" | ", cells.get(r))).append(" |\n");
            if (r == 0) {
                md.append("|---".repeat(cells.get(0).size())).append("|\n");
            }
        }
        md.append('\n');
        table.notes().forEach(n -> md.append("- ").append(n).append('\n'));
        Path markdown = Path.of(options.markdown());
        Files.createDirectories(markdown.toAbsolutePath().getParent());
        Files.writeString(markdown, md.toString());
        out.println(texts.format("written", markdown.toAbsolutePath()));
    }

    /** The machine's load average, for the reader to judge the noise by. */
    private static String load() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ", 4)[0] + " "
                    + Files.readString(Path.of("/proc/loadavg")).split(" ", 4)[1];
        } catch (IOException | RuntimeException e) {
            return "?";
        }
    }

    private static String pad(String s, int width) {
        return s + " ".repeat(width - s.length());
    }

    private static String padLeft(String s, int width) {
        return " ".repeat(width - s.length()) + s;
    }

    private static void delete(Path folder) throws IOException {
        try (var all = Files.walk(folder)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    /** What the command line asks for. */
    record Options(boolean quick, List<Integer> sizes, String only, long limitSeconds, String markdown) {
        static Options parse(String[] args) {
            boolean quick = false;
            List<Integer> sizes = null;
            String only = null;
            long limit = 60;
            String markdown = System.getProperty("koers.benchmarks.markdown", "target/benchmark.md");
            for (int i = 0; i < args.length; i++) {
                switch (args[i]) {
                    case "--quick" -> quick = true;
                    case "--sizes" -> sizes = Arrays.stream(args[++i].split(",")).map(String::trim)
                            .map(Integer::valueOf).toList();
                    case "--only" -> {
                        only = args[++i];
                        if (!List.of("headless", "window", "walk", "startup").contains(only)) {
                            throw new IllegalArgumentException(only);
                        }
                    }
                    case "--limit" -> limit = Long.parseLong(args[++i]);
                    default -> throw new IllegalArgumentException(args[i]);
                }
            }
            List<Integer> chosen = sizes != null ? sizes : quick ? QUICK_SIZES : SIZES;
            if (chosen.isEmpty() || chosen.stream().anyMatch(n -> n < 1)) {
                throw new IllegalArgumentException("sizes");
            }
            return new Options(quick, new ArrayList<>(chosen), only, limit, markdown);
        }

        /** Whether the part is measured; {@code --only window} takes the walk through the steps too. */
        boolean runs(String part) {
            return only == null || only.equals(part) || part.equals("walk") && only.equals("window");
        }
    }
}
