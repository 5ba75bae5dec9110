package nl.koers.instrument.api.swt.kit;

import java.util.HashMap;
import java.util.Map;

import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.GC;

/**
 * The widths of texts in one type, each measured once. A thousand partners' names are measured when a screen is
 * built; after that an edit measures only a name not seen before. Before, the partner list measured every name each
 * time one changed (about 10 ms of the UI thread at a thousand partners, on every pause in typing a name) and, on the
 * wall, at every resize; so did the endorsements of the shared ambition.
 */
final class TextWidths {
    /** More than the names and labels of a large dossier; past it the widths are measured anew. */
    static final int KEPT = 8192;
    private final Map<String, Integer> widths = new HashMap<>();
    private Font font;
    private long measured;

    /** {@return the width in pixels of the widest of {@code texts} in {@code type}, 0 for none} */
    int widest(Font type, String... texts) {
        int widest = 0;
        for (int width : each(type, texts)) {
            widest = Math.max(widest, width);
        }
        return widest;
    }

    /** {@return the width in pixels of each of {@code texts} in {@code type}} */
    int[] each(Font type, String... texts) {
        if (type != font) {
            widths.clear();
            font = type;
        }
        int[] each = new int[texts.length];
        GC gc = null;
        try {
            for (int i = 0; i < texts.length; i++) {
                Integer width = widths.get(texts[i]);
                if (width == null) {
                    if (gc == null) {
                        gc = new GC(type.getDevice());
                        gc.setFont(type);
                    }
                    width = gc.textExtent(texts[i]).x;
                    measured++;
                    if (widths.size() >= KEPT) {
                        widths.clear();
                    }
                    widths.put(texts[i], width);
                }
                each[i] = width;
            }
            return each;
        } finally {
            if (gc != null) {
                gc.dispose();
            }
        }
    }

    /** {@return how many texts were measured so far} */
    long measured() {
        return measured;
    }
}
