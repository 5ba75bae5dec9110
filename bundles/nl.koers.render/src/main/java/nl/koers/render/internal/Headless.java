package nl.koers.render.internal;

/**
 * PDFBox draws PNGs with AWT. Without a display AWT must know it is headless before it first starts, or the
 * export fails on a server or in a terminal. {@code bin/koers} sets it too; this covers every other way in.
 */
final class Headless {
    static final String PROPERTY = "java.awt.headless";

    private Headless() {
    }

    /** Headless unless someone chose otherwise. */
    static void ensure() {
        if (System.getProperty(PROPERTY) == null) {
            System.setProperty(PROPERTY, "true");
        }
    }
}
