package nl.koers.instrument.brengenhalen.internal.homework;

import java.text.Normalizer;
import java.util.Locale;

/** Names made fit for a file name on any system: "Coöperatie De Ëik & Zn." becomes "cooperatie-de-eik-zn". */
final class Slugs {
    private static final int MAX = 60;

    private Slugs() {
    }

    static String of(String name) {
        String plain = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (plain.length() > MAX) {
            plain = plain.substring(0, MAX).replaceAll("-+$", "");
        }
        return plain;
    }
}
