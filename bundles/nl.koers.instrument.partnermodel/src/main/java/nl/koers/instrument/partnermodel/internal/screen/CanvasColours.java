package nl.koers.instrument.partnermodel.internal.screen;

import nl.koers.instrument.api.figure.Colour;

/** The colours of a block on screen, as the poster has them: a template's tint, lighter inside, darker around. */
final class CanvasColours {
    private CanvasColours() {
    }

    /** A template's or a note's colour; a colour that cannot be read is the fallback. */
    static Colour of(String hex, String fallback) {
        try {
            return Colour.hex(hex);
        } catch (RuntimeException e) {
            return Colour.hex(fallback);
        }
    }

    static Colour lighter(Colour c) {
        return mix(c, 255, 0.6);
    }

    static Colour darker(Colour c) {
        return mix(c, 0, 0.35);
    }

    private static Colour mix(Colour c, int to, double share) {
        return new Colour(mix(c.red(), to, share), mix(c.green(), to, share), mix(c.blue(), to, share));
    }

    private static int mix(int from, int to, double share) {
        return (int) Math.round(from + (to - from) * share);
    }
}
