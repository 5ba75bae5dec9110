package nl.koers.launcher;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** The launcher's few texts: Dutch in {@code messages.properties}, English in {@code messages_en.properties}. */
public final class Messages {
    static final String BUNDLE = "nl.koers.launcher.messages";

    private final ResourceBundle bundle;

    private Messages(ResourceBundle bundle) {
        this.bundle = bundle;
    }

    /** English for English, Dutch for every other language: Koers speaks Dutch first. */
    public static Messages forLocale(Locale locale) {
        // no fallback to the JVM's default locale: the base bundle is Dutch, and that is the fallback
        ResourceBundle.Control control = ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
        return new Messages(ResourceBundle.getBundle(BUNDLE, locale, Messages.class.getClassLoader(), control));
    }

    public String format(Text text) {
        Object[] arguments = text.arguments().clone();
        for (int i = 0; i < arguments.length; i++) {
            if (arguments[i] instanceof Text nested) {
                arguments[i] = format(nested);
            }
        }
        return new MessageFormat(bundle.getString(text.key()), bundle.getLocale()).format(arguments);
    }

    public String format(String key, Object... arguments) {
        return format(new Text(key, arguments));
    }
}
