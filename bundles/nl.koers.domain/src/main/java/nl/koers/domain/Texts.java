package nl.koers.domain;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The words of one resource bundle in one language. Dutch is the base file ({@code Name.properties}), English
 * the {@code _en} file. Unlike a plain {@link ResourceBundle} lookup, an unknown language falls back to the
 * Dutch base and never to the JVM's default locale, so a Dutch request on an English system stays Dutch.
 */
public final class Texts {
    private static final ResourceBundle.Control NO_DEFAULT_LOCALE = ResourceBundle.Control
            .getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private final ResourceBundle bundle;
    private final Locale locale;
    /** Each pattern parsed once: parsing cost more than formatting, and a report formats a sentence per row. */
    private final Map<String, MessageFormat> formats = new ConcurrentHashMap<>();
    /** Each constant's word looked up once: a report asks it per row, and the key was a new string each time. */
    private final Map<Enum<?>, String> labels = new ConcurrentHashMap<>();

    private Texts(ResourceBundle bundle, Locale locale) {
        this.bundle = bundle;
        this.locale = locale;
    }

    /**
     * Loads {@code baseName} (for example {@code "nl.koers.domain.Words"}) through {@code loader}, the class
     * loader of the bundle that owns the files.
     */
    public static Texts load(String baseName, Locale locale, ClassLoader loader) {
        Objects.requireNonNull(locale, "locale");
        return new Texts(ResourceBundle.getBundle(baseName, locale, loader, NO_DEFAULT_LOCALE), locale);
    }

    /** The shared words of the domain: roles, lenses, levels, categories, edits. */
    public static Texts words(Locale locale) {
        return load("nl.koers.domain.Words", locale, Texts.class.getClassLoader());
    }

    public Locale locale() {
        return locale;
    }

    public boolean has(String key) {
        return bundle.containsKey(key);
    }

    /** The text for {@code key}; a missing key shows as {@code !key!}, so it is seen and fixed, not hidden. */
    public String get(String key) {
        try {
            return bundle.getString(key);
        } catch (MissingResourceException e) {
            return "!" + key + "!";
        }
    }

    public String format(String key, Object... args) {
        MessageFormat format = formats.computeIfAbsent(key, k -> new MessageFormat(get(k), locale));
        synchronized (format) { // a MessageFormat is not safe for two threads at once
            return format.format(args);
        }
    }

    /** The word for an enum constant, under the key {@code EnumName.CONSTANT}. */
    public String label(Enum<?> value) {
        return value == null ? "" : labels.computeIfAbsent(value,
                v -> get(v.getDeclaringClass().getSimpleName() + "." + v.name()));
    }

    /** The numbered texts {@code prefix.1}, {@code prefix.2}, ... up to the first missing number. */
    public List<String> list(String prefix) {
        List<String> out = new ArrayList<>();
        for (int i = 1; bundle.containsKey(prefix + "." + i); i++) {
            out.add(bundle.getString(prefix + "." + i));
        }
        return List.copyOf(out);
    }

    /** Every key of the bundle, for checks that both languages say the same things. */
    public java.util.Set<String> keys() {
        return bundle.keySet();
    }
}
