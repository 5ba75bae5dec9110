package nl.koers.campaigns.fuzz;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.node.ObjectNode;

import nl.koers.campaigns.GrowingDossier;
import nl.koers.store.internal.JsonDossierStore;

/** The valid dossiers the fuzz campaign mutates: the shipped samples and a few grown ones, as the store writes them. */
public final class Seeds {
    /** Rounds of the growing dossier used as seeds: empty-ish, small, middle, every kind of edit several times. */
    private static final int[] ROUNDS = {0, 7, 45, 160};

    private Seeds() {
    }

    /** Every {@code .koers} file in {@code samples} and the grown dossiers; {@code scratch} is a folder to write in. */
    public static List<Seed> load(Path samples, Path scratch) throws IOException {
        List<Seed> seeds = new ArrayList<>();
        try (Stream<Path> files = Files.list(samples)) {
            for (Path p : files.filter(f -> f.toString().endsWith(".koers")).sorted().toList()) {
                seeds.add(seed(p.getFileName().toString(), Files.readAllBytes(p)));
            }
        }
        if (seeds.isEmpty()) {
            throw new IOException("no sample dossiers in " + samples);
        }
        JsonDossierStore store = new JsonDossierStore();
        GrowingDossier growing = new GrowingDossier();
        for (int round : ROUNDS) {
            Path file = scratch.resolve("seed-" + round + ".koers");
            store.write(growing.at(round), file);
            seeds.add(seed("grown-" + round, Files.readAllBytes(file)));
            Files.delete(file);
        }
        return List.copyOf(seeds);
    }

    private static Seed seed(String name, byte[] bytes) {
        try {
            return new Seed(name, bytes, (ObjectNode) JsonSurgery.mapper().readTree(bytes));
        } catch (IOException e) {
            throw new UncheckedIOException("seed " + name + " is not valid JSON", e);
        }
    }
}
