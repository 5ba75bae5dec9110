package nl.koers.instrument.api.swt.kit;

import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.GC;

/** The tests' reference for a width: measured by Pango there and then, with nothing kept. */
final class MeasuredDirectly {
    private MeasuredDirectly() {
    }

    /** {@return the width in pixels of the widest of {@code texts} in {@code font}, 0 for none} */
    static int widest(Font font, String... texts) {
        GC gc = new GC(font.getDevice());
        try {
            gc.setFont(font);
            int widest = 0;
            for (String text : texts) {
                widest = Math.max(widest, gc.textExtent(text).x);
            }
            return widest;
        } finally {
            gc.dispose();
        }
    }
}
