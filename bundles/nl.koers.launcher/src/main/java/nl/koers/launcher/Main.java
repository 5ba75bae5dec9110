package nl.koers.launcher;

import java.net.URISyntaxException;
import java.nio.file.Path;

import nl.koers.folders.UserFolders;

/** {@code java -jar lib/nl.koers.launcher.jar [--lang xx] [arguments]}; {@code bin/koers} is the usual way in. */
public final class Main {
    /** System property that {@code bin/koers} sets: the distribution folder. */
    static final String HOME_PROPERTY = "koers.home";

    private Main() {
    }

    public static void main(String[] args) {
        StartupTrace.of(System.err).step("launcher: main");
        Launcher launcher = new Launcher(home(), System.getenv(), System.getProperty("os.name", ""), System.out, System.err,
                CrashLog.inUserCache(UserFolders.ofThisUser()));
        int code = launcher.run(args);
        // Felix and SWT leave non-daemon threads behind; the launcher decides when the process ends
        System.exit(code);
    }

    /** {@code -Dkoers.home}, or else the folder above {@code lib/} that holds this jar. */
    private static Path home() {
        String configured = System.getProperty(HOME_PROPERTY);
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured);
        }
        try {
            Path jar = Path.of(Main.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return jar.toAbsolutePath().getParent().getParent();
        } catch (URISyntaxException | RuntimeException e) {
            return Path.of("").toAbsolutePath();
        }
    }
}
