package nl.koers.launcher;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The arguments Koers was started with, less the global options the launcher handles itself: {@code --lang xx}
 * (or {@code --lang=xx}) anywhere sets the language; {@code --console} gives the terminal to the OSGi shell (Gogo)
 * for an administrator; {@code --log} prints where Koers's log is and starts nothing; {@code --safe-mode} starts
 * Koers without any plugin; everything else goes to the face untouched.
 */
public record LaunchArguments(List<String> forFace, Optional<Locale> language, boolean console, boolean log,
        boolean safeMode) {
    private static final String LANG = "--lang";
    private static final String CONSOLE = "--console";
    private static final String LOG = "--log";
    private static final String SAFE_MODE = "--safe-mode";
    private static final Pattern LANGUAGE_TAG = Pattern.compile("[A-Za-z]{2,3}([-_][A-Za-z0-9]{2,8})*");

    public LaunchArguments {
        forFace = List.copyOf(forFace);
    }

    public static LaunchArguments parse(String... arguments) throws LaunchProblem {
        List<String> forFace = new ArrayList<>();
        Optional<Locale> language = Optional.empty();
        boolean console = false;
        boolean log = false;
        boolean safeMode = false;
        for (int i = 0; i < arguments.length; i++) {
            String argument = arguments[i];
            if (argument.equals(LANG)) {
                if (i + 1 >= arguments.length) {
                    throw new LaunchProblem(new Text("lang.missing"));
                }
                language = Optional.of(language(arguments[++i]));
            } else if (argument.startsWith(LANG + "=")) {
                language = Optional.of(language(argument.substring(LANG.length() + 1)));
            } else if (argument.equals(CONSOLE)) {
                console = true;
            } else if (argument.equals(LOG)) {
                log = true;
            } else if (argument.equals(SAFE_MODE)) {
                safeMode = true;
            } else {
                forFace.add(argument);
            }
        }
        return new LaunchArguments(forFace, language, console, log, safeMode);
    }

    private static Locale language(String tag) throws LaunchProblem {
        if (!LANGUAGE_TAG.matcher(tag).matches()) {
            throw new LaunchProblem(new Text("lang.invalid", tag));
        }
        return Locale.forLanguageTag(tag.replace('_', '-'));
    }

    public String[] forFaceArray() {
        return forFace.toArray(String[]::new);
    }
}
