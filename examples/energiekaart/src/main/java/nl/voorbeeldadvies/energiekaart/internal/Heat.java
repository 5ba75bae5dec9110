package nl.voorbeeldadvies.energiekaart.internal;

/**
 * The colour of a cell of the map, as red, green, blue: the more people, the deeper. Taking part and co-deciding
 * glow warm (that is the energy), knowing and thinking along stay cool. Screen and poster use the same colours.
 */
public final class Heat {
    private static final int[] WARM = {222, 98, 16};
    private static final int[] COOL = {58, 120, 150};

    private Heat() {
    }

    /** White for nobody; the full colour for the highest count on the map. */
    public static int[] rgb(Involvement involvement, int count, int highest) {
        int[] full = involvement.pulls() ? WARM : COOL;
        double share = highest <= 0 ? 0 : Math.min(1, (double) count / highest);
        double depth = count == 0 ? 0 : 0.2 + 0.8 * share; // one person already shows
        int[] out = new int[3];
        for (int i = 0; i < 3; i++) {
            out[i] = (int) Math.round(255 + (full[i] - 255) * depth);
        }
        return out;
    }

    /** Whether text on that colour should be white to be read. */
    public static boolean dark(int[] rgb) {
        return 0.299 * rgb[0] + 0.587 * rgb[1] + 0.114 * rgb[2] < 150;
    }
}
