package nl.koers.instrument.api.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

import nl.koers.instrument.api.Instrument;
import nl.koers.instrument.api.InstrumentDescriptor;

/**
 * What every instrument's descriptor must be: complete in the languages Koers speaks, the same keys in Dutch
 * and English, and Dutch for a language it does not offer. For an instrument's own tests:
 *
 * <pre>{@code
 * DescriptorChecks.assertComplete(new EnergiekaartInstrument(), Locale.of("nl"), 3);
 * DescriptorChecks.assertSameKeysInDutchAndEnglish(EnergiekaartInstrument.class, EnergiekaartInstrument.TEXTS);
 * }</pre>
 */
public final class DescriptorChecks {
    private DescriptorChecks() {
    }

    /**
     * The descriptor in {@code locale} has its id, {@code steps} steps, materials and tips, and no text that is
     * empty or missing (a missing key reads {@code !key!}).
     *
     * @param instrument the instrument
     * @param locale the language to check, {@code Locale.of("nl")} and {@link Locale#ENGLISH}
     * @param steps how many steps it must have
     * @return the descriptor, for checks of the test's own
     * @throws AssertionError naming the language and what is missing
     */
    public static InstrumentDescriptor assertComplete(Instrument instrument, Locale locale, int steps) {
        InstrumentDescriptor d = instrument.describe(locale);
        check(instrument.id().equals(d.id()), "the descriptor's id is " + d.id() + ", not " + instrument.id());
        check(d.steps().size() == steps, locale + ": " + d.steps().size() + " steps, not " + steps);
        check(!d.materials().isEmpty(), locale + ": no materials");
        check(!d.tips().isEmpty(), locale + ": no tips");
        List<String> texts = new ArrayList<>(List.of(d.name(), d.purpose(), d.outcome(), d.when(), d.withWhom(),
                d.duration(), d.source()));
        texts.addAll(d.materials());
        texts.addAll(d.tips());
        d.steps().forEach(s -> texts.addAll(List.of(s.title(), s.question(), s.tip())));
        for (String t : texts) {
            check(!t.isBlank() && !t.contains("!"), locale + ": empty or missing text: " + t);
        }
        return d;
    }

    /**
     * A language the instrument does not offer gets Dutch, and English is English.
     *
     * @param instrument the instrument
     */
    public static void assertUnknownLanguageGetsDutch(Instrument instrument) {
        InstrumentDescriptor dutch = instrument.describe(Locale.of("nl"));
        check(dutch.equals(instrument.describe(Locale.GERMAN)), "German does not fall back to Dutch");
        check(!dutch.equals(instrument.describe(Locale.ENGLISH)), "English is the same as Dutch");
    }

    /**
     * The Dutch file and the English one of a resource bundle define the same keys (each file itself, without
     * what a bundle inherits from its parent).
     *
     * @param anchor a class of the bundle that holds the files
     * @param baseName the bundle's base name, e.g. {@code com.firma.energie.internal.Texts}
     * @throws IOException when a file cannot be read
     * @throws AssertionError naming the keys only one language has, or a file that is missing or empty
     */
    public static void assertSameKeysInDutchAndEnglish(Class<?> anchor, String baseName) throws IOException {
        Set<String> dutch = keys(anchor, baseName, "");
        Set<String> english = keys(anchor, baseName, "_en");
        Set<String> onlyDutch = new TreeSet<>(dutch);
        onlyDutch.removeAll(english);
        Set<String> onlyEnglish = new TreeSet<>(english);
        onlyEnglish.removeAll(dutch);
        check(onlyDutch.isEmpty() && onlyEnglish.isEmpty(),
                baseName + ": only in Dutch " + onlyDutch + ", only in English " + onlyEnglish);
    }

    private static Set<String> keys(Class<?> anchor, String baseName, String suffix) throws IOException {
        String file = "/" + baseName.replace('.', '/') + suffix + ".properties";
        InputStream stream = anchor.getResourceAsStream(file);
        check(stream != null, "no " + file);
        try (Reader in = new InputStreamReader(stream, StandardCharsets.UTF_8)) {
            Properties p = new Properties();
            p.load(in);
            check(!p.isEmpty(), file + " is empty");
            return new TreeSet<>(p.stringPropertyNames());
        }
    }

    private static void check(boolean ok, String message) {
        if (!ok) {
            throw new AssertionError(message);
        }
    }
}
