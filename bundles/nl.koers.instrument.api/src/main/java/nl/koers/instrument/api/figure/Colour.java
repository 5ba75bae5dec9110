package nl.koers.instrument.api.figure;

/** An RGB colour. */
public record Colour(int red, int green, int blue) {
    public static final Colour BLACK = new Colour(0, 0, 0);
    public static final Colour WHITE = new Colour(255, 255, 255);
    public static final Colour GREY = new Colour(120, 120, 120);
    public static final Colour LIGHT_GREY = new Colour(230, 230, 230);

    public Colour {
        if (red < 0 || red > 255 || green < 0 || green > 255 || blue < 0 || blue > 255) {
            throw new IllegalArgumentException("colour out of range: " + red + "," + green + "," + blue);
        }
    }

    /** From {@code "#rrggbb"}. */
    public static Colour hex(String hex) {
        String h = hex.startsWith("#") ? hex.substring(1) : hex;
        int v = Integer.parseInt(h, 16);
        return new Colour((v >> 16) & 0xff, (v >> 8) & 0xff, v & 0xff);
    }
}
