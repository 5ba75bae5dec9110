package nl.koers.folders;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * Where Koers keeps a user's files, by the conventions of each system; the one place in the code that knows them.
 * <ul>
 * <li>{@link #config()}: small settings (recent files, where you were, plugin settings, the plugin catalogue);</li>
 * <li>{@link #data()}: what Koers cannot make again (installed plugins, recovery copies, local history);</li>
 * <li>{@link #cache()}: what it can (the log, the framework's kept bundles, the start-up cache).</li>
 * </ul>
 * Linux and other Unix: {@code $XDG_CONFIG_HOME/koers}, {@code $XDG_DATA_HOME/koers}, {@code $XDG_CACHE_HOME/koers},
 * by default under {@code ~/.config}, {@code ~/.local/share} and {@code ~/.cache}. Windows: settings roam with the
 * user ({@code %APPDATA%\Koers}); data and cache stay on the machine ({@code %LOCALAPPDATA%\Koers\data} and
 * {@code \cache}). macOS: {@code ~/Library/Application Support/Koers/settings} and {@code .../data}, and
 * {@code ~/Library/Caches/Koers}. The properties {@value #CONFIG}, {@value #DATA} and {@value #CACHE} move a folder.
 *
 * @param config the settings folder
 * @param data the data folder
 * @param cache the cache folder
 */
public record UserFolders(Path config, Path data, Path cache) {
    /** Property (framework or system) that moves the settings folder. */
    public static final String CONFIG = "koers.config";
    /** Property (framework or system) that moves the data folder. */
    public static final String DATA = "koers.data";
    /** Property (framework or system) that moves the cache folder. */
    public static final String CACHE = "koers.cache";

    /**
     * The folders for this user on this system, moved by the system properties when they are set.
     *
     * @return the folders
     */
    public static UserFolders ofThisUser() {
        return of(System.getProperty("os.name", ""), System.getenv(), System.getProperty("user.home", ""))
                .movedBy(System::getProperty);
    }

    /**
     * The folders by the conventions of the system called {@code osName}.
     *
     * @param osName the system's name as Java reports it ({@code os.name}), e.g. {@code Windows 11} or {@code Mac OS X}
     * @param environment the environment variables
     * @param userHome the user's home folder ({@code user.home})
     * @return the folders
     */
    public static UserFolders of(String osName, Map<String, String> environment, String userHome) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            // built as Windows writes paths, so the rule can be tested for Windows on any system;
            // the variables are always set in a Windows session, the fallbacks are where Windows puts them
            Folder home = new Folder(userHome, "\\");
            Folder roaming = home.orVariable(environment.get("APPDATA"), "AppData", "Roaming");
            Folder local = home.orVariable(environment.get("LOCALAPPDATA"), "AppData", "Local");
            return new UserFolders(roaming.path("Koers"), local.path("Koers", "data"), local.path("Koers", "cache"));
        }
        Folder home = new Folder(userHome, "/");
        if (os.startsWith("mac") || os.startsWith("darwin")) {
            return new UserFolders(home.path("Library", "Application Support", "Koers", "settings"),
                    home.path("Library", "Application Support", "Koers", "data"), home.path("Library", "Caches", "Koers"));
        }
        return new UserFolders(home.orVariable(environment.get("XDG_CONFIG_HOME"), ".config").path("koers"),
                home.orVariable(environment.get("XDG_DATA_HOME"), ".local", "share").path("koers"),
                home.orVariable(environment.get("XDG_CACHE_HOME"), ".cache").path("koers"));
    }

    /**
     * These folders, each replaced by the one its property names, when it names one.
     *
     * @param properties a property's value by name, or null when it is not set (e.g. {@code context::getProperty})
     * @return the moved folders
     */
    public UserFolders movedBy(Function<String, String> properties) {
        return new UserFolders(moved(properties.apply(CONFIG), config), moved(properties.apply(DATA), data),
                moved(properties.apply(CACHE), cache));
    }

    private static Path moved(String set, Path usual) {
        return set == null || set.isBlank() ? usual : Path.of(set.trim());
    }

    /** A folder as text, with the separator of the system it is for. */
    private record Folder(String text, String separator) {
        Folder {
            while (text.length() > 1 && text.endsWith(separator)) {
                text = text.substring(0, text.length() - 1);
            }
        }

        /**
         * The folder a variable names, or else this one's {@code below}. An empty or relative value is ignored: the
         * XDG specification says so, and on Windows such a value is a broken session, not a choice.
         */
        Folder orVariable(String variable, String... below) {
            if (variable != null && isAbsolute(variable.trim())) {
                return new Folder(variable.trim(), separator);
            }
            return new Folder(String.join(separator, text, String.join(separator, below)), separator);
        }

        Path path(String... below) {
            return Path.of(String.join(separator, text, String.join(separator, below)));
        }

        private boolean isAbsolute(String path) {
            if (separator.equals("/")) {
                return path.startsWith("/");
            }
            // C:\... or C:/..., or a network share \\server\...
            return path.matches("[A-Za-z]:[\\\\/].*") || path.startsWith("\\\\");
        }
    }
}
