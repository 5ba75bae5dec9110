package nl.koers.launcher;

import java.util.Locale;
import java.util.Map;

/**
 * The language of the system, for when {@code --lang} is not given. On Unix the JVM reports English for the
 * bare "C" or "POSIX" locale (servers, containers, CI): that is no choice of language, so Koers speaks Dutch
 * then, as it does for any language it does not offer.
 */
final class SystemLanguage {
    private static final Locale DUTCH = Locale.of("nl");

    private SystemLanguage() {
    }

    static Locale of(Map<String, String> environment, String osName, Locale jvmDefault) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows") || os.startsWith("mac")) {
            return jvmDefault;
        }
        String setting = firstSet(environment, "LC_ALL", "LC_MESSAGES", "LANG");
        if (setting == null || setting.equals("C") || setting.startsWith("C.") || setting.equals("POSIX")) {
            return DUTCH;
        }
        return jvmDefault;
    }

    private static String firstSet(Map<String, String> environment, String... names) {
        for (String name : names) {
            String value = environment.get(name);
            if (value != null && !value.isBlank()) {
                return value;
            }
        }
        return null;
    }
}
