package nl.koers.benchmarks;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;

import nl.koers.store.internal.JsonDossierStore;

/**
 * One part of the benchmark for one dossier, in a JVM of its own, so that a measure that takes too long can be
 * stopped by ending the JVM: {@code Child headless|window FILE QUICK SKIP,SKIP...}.
 */
public final class Child {
    private Child() {
    }

    public static void main(String[] args) throws Exception {
        Report out = new Report(new PrintStream(System.out, true, StandardCharsets.UTF_8));
        Path file = Path.of(args[1]);
        boolean quick = Boolean.parseBoolean(args[2]);
        Set<String> skip = new HashSet<>(args.length > 3 ? Arrays.asList(args[3].split(",")) : Set.of());
        switch (args[0]) {
            case "headless" -> new Headless(quick).run(file, skip, out);
            case "window" -> new EditToRepaint(quick).run(new JsonDossierStore().read(file), skip, out);
            default -> throw new IllegalArgumentException(args[0]);
        }
        out.end();
        System.exit(0);
    }
}
