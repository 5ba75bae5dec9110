package nl.koers.benchmarks;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import nl.koers.store.internal.JsonDossierStore;

/**
 * One part of the benchmark in a JVM of its own, so that a measure that takes too long can be stopped by ending the
 * JVM: {@code Child headless|window SIZE=FILE,... QUICK SKIP,SKIP...}. The headless part measures every dossier
 * given, the sizes taking turns; the window's part the first.
 */
public final class Child {
    private Child() {
    }

    public static void main(String[] args) throws Exception {
        Report out = new Report(new PrintStream(System.out, true, StandardCharsets.UTF_8));
        Map<Integer, Path> files = new LinkedHashMap<>();
        for (String sized : args[1].split(",")) {
            String[] sizeAndFile = sized.split("=", 2);
            files.put(Integer.valueOf(sizeAndFile[0]), Path.of(sizeAndFile[1]));
        }
        boolean quick = Boolean.parseBoolean(args[2]);
        Set<String> skip = new HashSet<>(args.length > 3 ? Arrays.asList(args[3].split(",")) : Set.of());
        switch (args[0]) {
            case "headless" -> new Headless(quick).run(files, skip, out);
            case "window" -> new EditToRepaint(quick).run(new JsonDossierStore().read(files.values().iterator().next()), skip, out);
            case "walk" -> new WalkSteps().run(new JsonDossierStore().read(files.values().iterator().next()), skip, out);
            default -> throw new IllegalArgumentException(args[0]);
        }
        out.end();
        System.exit(0);
    }
}
