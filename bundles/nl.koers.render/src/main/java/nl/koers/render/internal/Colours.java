package nl.koers.render.internal;

import java.io.IOException;

import org.apache.pdfbox.pdmodel.PDPageContentStream;

import nl.koers.instrument.api.figure.Colour;

/** The figure API's RGB colours as PDF colours. */
final class Colours {
    private Colours() {
    }

    static void fill(PDPageContentStream content, Colour colour) throws IOException {
        Colour c = orBlack(colour);
        content.setNonStrokingColor(c.red() / 255f, c.green() / 255f, c.blue() / 255f);
    }

    static void stroke(PDPageContentStream content, Colour colour) throws IOException {
        Colour c = orBlack(colour);
        content.setStrokingColor(c.red() / 255f, c.green() / 255f, c.blue() / 255f);
    }

    private static Colour orBlack(Colour colour) {
        return colour == null ? Colour.BLACK : colour;
    }
}
