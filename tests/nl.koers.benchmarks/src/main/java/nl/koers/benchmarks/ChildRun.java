package nl.koers.benchmarks;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Runs a {@link Child} for one part and its dossiers and gathers its results into the table: the window's part for one
 * dossier, the headless part for all of them in one JVM, whose measures are named {@code key@size}. A measure that
 * has not reported within the limit is written down as too slow, and with more partners too; the child is ended and
 * started again without them.
 */
final class ChildRun {
    private static final String ENDED = "\u0000ended";

    /**
     * A young generation of a fixed size for the store and the analyses: the default one starts at a third of a
     * heap that is 1/64 of the machine's memory and grows with what the run did before, so a 10 MB dossier's tree
     * (40 MB) was measured in a young generation of another size from run to run, and often copied half-built into
     * the old one. This one holds the trees of a 50 ms sample of the largest dossier.
     */
    static final String HEADLESS_YOUNG = "-Xmn512m";

    private final Table table;
    private final Map<Integer, Path> files;
    private final long limitSeconds;
    private final Path errors;

    ChildRun(Table table, Map<Integer, Path> files, long limitSeconds, Path errors) {
        this.table = table;
        this.files = files;
        this.limitSeconds = limitSeconds;
        this.errors = errors;
    }

    /** Runs the part; the measures in {@code skip} are not tried. */
    void run(String part, boolean quick, Set<String> skipped) throws IOException, InterruptedException {
        Set<String> skip = new LinkedHashSet<>(skipped);
        for (int attempt = 0; attempt < 20; attempt++) {
            List<String> command = new ArrayList<>(List.of(java(), "-XX:+UseSerialGC", "-cp",
                    System.getProperty("java.class.path"), Child.class.getName(), part, files(),
                    String.valueOf(quick), String.join(",", skip)));
            if (Runtime.version().feature() >= 22) {
                command.add(1, "--enable-native-access=ALL-UNNAMED");
            }
            if (part.equals("headless")) {
                command.add(1, HEADLESS_YOUNG);
            }
            Process child = new ProcessBuilder(command)
                    .redirectError(ProcessBuilder.Redirect.appendTo(errors.toFile())).start();
            BlockingQueue<String> lines = new LinkedBlockingQueue<>();
            Thread reader = new Thread(() -> read(child, lines), "benchmark-child-output");
            reader.setDaemon(true);
            reader.start();
            List<String> current = List.of();
            // a window's step starts twice: once to be reached (built), once for the edits
            java.util.Map<String, Integer> starts = new java.util.HashMap<>();
            boolean restart = false;
            while (true) {
                String line = lines.poll(limitSeconds + 5, TimeUnit.SECONDS);
                if (line == null) {
                    // too slow: written down, the child ended, the rest measured by a new one
                    current.forEach(measure -> tooSlow(measure, skip));
                    current.stream().filter(key -> part.equals("window") && starts.get(key) == 1)
                            .forEach(key -> table.note(key, "unreached@" + size(key)));
                    child.toHandle().descendants().forEach(ProcessHandle::destroyForcibly);
                    child.toHandle().destroyForcibly();
                    child.waitFor();
                    restart = true;
                    break;
                }
                String[] f = line.split("\t");
                switch (f[0]) {
                    case Report.START -> {
                        current = List.of(f[1].split(","));
                        current.forEach(key -> starts.merge(key, 1, Integer::sum));
                    }
                    case Report.RESULT -> {
                        table.put(key(f[1]), size(f[1]), Double.parseDouble(f[2]));
                        skip.add(f[1]);
                    }
                    case Report.NOTE -> table.note(f[1], f[2]);
                    case Report.PAIRS -> table.pairs(key(f[1]), size(f[1]), Long.parseLong(f[2]));
                    case Report.END -> {
                        child.waitFor();
                        return;
                    }
                    case ENDED -> {
                        // the child died without finishing: what it was measuring broke
                        current.forEach(measure -> table.broken(key(measure), size(measure)));
                        skip.addAll(current);
                        restart = !current.isEmpty();
                    }
                    default -> {
                        // a line of the child's own: not ours
                    }
                }
                if (f[0].equals(ENDED)) {
                    break;
                }
            }
            if (!restart) {
                return;
            }
        }
    }

    /** Written down as too slow, and with more partners too: there it would only be slower. */
    private void tooSlow(String measure, Set<String> skip) {
        String key = key(measure);
        int size = size(measure);
        table.tooSlow(key, size, limitSeconds);
        skip.add(measure);
        for (int larger : files.keySet()) {
            if (larger > size && measure.contains("@")) {
                table.tooSlow(key, larger, limitSeconds);
                table.note(key, "carried");
                skip.add(Headless.at(key, larger));
            }
        }
    }

    /** The dossiers as the child takes them: {@code SIZE=FILE,SIZE=FILE}. */
    private String files() {
        return files.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                .collect(java.util.stream.Collectors.joining(","));
    }

    /** The row of a measure {@code key} or {@code key@size}. */
    private static String key(String measure) {
        int at = measure.lastIndexOf('@');
        return at < 0 ? measure : measure.substring(0, at);
    }

    /** The size of a measure: after its {@code @}, or the one dossier's. */
    private int size(String measure) {
        int at = measure.lastIndexOf('@');
        return at < 0 ? files.keySet().iterator().next() : Integer.parseInt(measure.substring(at + 1));
    }

    private static void read(Process child, BlockingQueue<String> lines) {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(child.getInputStream(),
                StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                lines.add(line);
            }
        } catch (IOException e) {
            // the pipe closes when the child ends
        }
        lines.add(ENDED);
    }

    static String java() {
        return ProcessHandle.current().info().command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    }
}
