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

    /**
     * The font with its glyph substitution table (GSUB) renamed, so PDFBox leaves it alone. PDFBox applies it on
     * every line it writes, compiling patterns each time: two thirds of the time a long report took. Koers needs
     * none of it: text is composed (NFC) before it is shown, and DejaVu Sans has no ligatures for Latin text.
     */
    static byte[] withoutSubstitutions(byte[] font) {
        int tables = ((font[4] & 0xff) << 8) | (font[5] & 0xff);
        for (int i = 0; i < tables; i++) {
            int at = 12 + 16 * i;
            if (font[at] == 'G' && font[at + 1] == 'S' && font[at + 2] == 'U' && font[at + 3] == 'B') {
                // still between GPOS and MATH: the directory stays sorted by tag
                font[at + 3] = 'X';
            }
        }
        return font;
    }

    private static byte[] read(Weight weight) {
        String resource = "fonts/" + weight.file;
        try (InputStream in = FontFiles.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("the bundle lacks its font " + resource);
            }
            return withoutSubstitutions(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the font " + resource, e);
        }
    }
}
