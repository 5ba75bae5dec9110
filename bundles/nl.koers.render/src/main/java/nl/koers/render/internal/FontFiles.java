package nl.koers.render.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.Map;

/**
 * The DejaVu Sans font files inside this bundle, read on first use: every PDF embeds them (as subsets), so every
 * character of Dutch and names from anywhere print the same on any machine, whatever fonts it has.
 */
final class FontFiles {
    /** The two weights a label can have. */
    enum Weight {
        REGULAR("DejaVuSans.ttf"), BOLD("DejaVuSans-Bold.ttf");

        private final String file;

        Weight(String file) {
            this.file = file;
        }
    }

    private final Map<Weight, byte[]> loaded = new EnumMap<>(Weight.class);

    /** The font file's bytes; read once, then shared (read-only) by every document. */
    synchronized byte[] bytes(Weight weight) {
        return loaded.computeIfAbsent(weight, FontFiles::read);
    }

    private static byte[] read(Weight weight) {
        String resource = "fonts/" + weight.file;
        try (InputStream in = FontFiles.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("the bundle lacks its font " + resource);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the font " + resource, e);
        }
    }
}
