package nl.koers.instrument.brengenhalen.internal.print;

import nl.koers.instrument.api.figure.Colour;
import nl.koers.instrument.api.figure.kit.PrintedFont;

/**
 * The sheet kit of the API, with this instrument's colours, and text measured in the printed font
 * ({@link PrintedFont}) rather than estimated.
 */
final class Sheet extends nl.koers.instrument.api.figure.kit.Sheet {
    static final Colour BRING = new Colour(0, 115, 80);
    static final Colour GET = new Colour(190, 90, 0);
    static final Colour AGREED = new Colour(0, 110, 50);
    static final Colour CORE = new Colour(232, 243, 244);
    static final Colour TABLE = new Colour(246, 249, 249);

    /** How many lines {@code text} will take in {@code widthMm}, in the printed font. */
    public static int lines(String text, double widthMm, double pt) {
        return lines(text, widthMm, pt, false);
    }

    public static int lines(String text, double widthMm, double pt, boolean bold) {
        return PrintedFont.lines(text, widthMm, pt, bold);
    }

    private Sheet() {
    }
}
