package nl.koers.instrument.api.figure;

/**
 * An RGB colour, the same on screen and on paper.
 *
 * @param red 0 to 255
 * @param green 0 to 255
 * @param blue 0 to 255
 */
public record Colour(int red, int green, int blue) {
    /** Black, the colour of a label when none is given. */
    public static final Colour BLACK = new Colour(0, 0, 0);
    /** White, the colour of the page. */
    public static final Colour WHITE = new Colour(255, 255, 255);
    /** A middle grey, for what is said quietly. */
    public static final Colour GREY = new Colour(120, 120, 120);
    /** A light grey, for backgrounds and rules. */
    public static final Colour LIGHT_GREY = new Colour(230, 230, 230);

    /**
     * Checks the parts.
     *
     * @throws IllegalArgumentException when a part is outside 0 to 255
     */
    public Colour {
        if (red < 0 || red > 255 || green < 0 || green > 255 || blue < 0 || blue > 255) {
            throw new IllegalArgumentException("colour out of range: " + red + "," + green + "," + blue);
        }
    }

    /**
     * {@return the colour written as {@code "#rrggbb"}, e.g. {@code Colour.hex("#005866")}}
     *
     * @param hex six hexadecimal digits, with or without the {@code #}
     * @throws NumberFormatException when it is not hexadecimal
     */
    public static Colour hex(String hex) {
        String h = hex.startsWith("#") ? hex.substring(1) : hex;
        int v = Integer.parseInt(h, 16);
        return new Colour((v >> 16) & 0xff, (v >> 8) & 0xff, v & 0xff);
    }
}
