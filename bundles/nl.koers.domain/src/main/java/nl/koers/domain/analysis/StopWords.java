package nl.koers.domain.analysis;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;

/**
 * The words that never count as overlap in any word-based analysis (shared wording, category mentions, demands no
 * other partner shares, ...): one list per language, {@code stopwords_nl.txt} and {@code stopwords_en.txt} beside
 * this class, read once. Words are looked up normalised as {@link Wording#words} makes them: lower case, no accents.
 */
public final class StopWords {
    private static final Set<String> ALL = Set.copyOf(read("stopwords_nl.txt", "stopwords_en.txt"));

    private StopWords() {
    }

    /** Whether a normalised word (lower case, without accents) is a stop word in Dutch or English. */
    public static boolean contains(String word) {
        return ALL.contains(word);
    }

    private static Set<String> read(String... names) {
        Set<String> out = new HashSet<>();
        for (String name : names) {
            try (InputStream in = StopWords.class.getResourceAsStream(name)) {
                if (in == null) {
                    throw new IllegalStateException("missing stop word list " + name);
                }
                BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
                lines.lines().map(l -> l.replaceAll("#.*", "").strip()).filter(l -> !l.isEmpty())
                        .forEach(l -> out.addAll(Set.of(l.split("\\s+"))));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return out;
    }
}
