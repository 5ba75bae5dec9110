package nl.koers.launcher;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The launcher's few texts: Dutch in {@code messages.properties}, English in {@code messages_en.properties}. They are
 * read when first needed: a start that goes well says nothing, and reading them cost the path to the window about 6 ms.
 */
public final class Messages {
    static final String BUNDLE = "nl.koers.launcher.messages";

    private final Locale locale;
    private ResourceBundle bundle;

    private Messages(Locale locale) {
        this.locale = locale;
    }

    /** English for English, Dutch for every other language: Koers speaks Dutch first. */
    public static Messages forLocale(Locale locale) {
        return new Messages(locale);
    }

    /** True once a text was needed and the texts were read. */
    synchronized boolean read() {
        return bundle != null;
    }

    private synchronized ResourceBundle bundle() {
        if (bundle == null) {
            // no fallback to the JVM's default locale: the base bundle is Dutch, and that is the fallback
            ResourceBundle.Control control = ResourceBundle.Control.getNoFallbackControl(
                    ResourceBundle.Control.FORMAT_PROPERTIES);
            bundle = ResourceBundle.getBundle(BUNDLE, locale, Messages.class.getClassLoader(), control);
        }
        return bundle;
    }

    public String format(Text text) {
        Object[] arguments = text.arguments().clone();
        for (int i = 0; i < arguments.length; i++) {
            if (arguments[i] instanceof Text nested) {
                arguments[i] = format(nested);
            }
        }
        ResourceBundle texts = bundle();
        return new MessageFormat(texts.getString(text.key()), texts.getLocale()).format(arguments);
    }

    public String format(String key, Object... arguments) {
        return format(new Text(key, arguments));
    }
}
