package nl.koers.distribution;

import java.nio.file.Files;
import java.nio.file.Path;

/** The assembled distribution under test (target/koers), as the build hands it to the integration tests. */
final class Installation {
    private Installation() {
    }

    static Path home() {
        Path home = Path.of(System.getProperty("koers.distribution", "target/koers")).toAbsolutePath();
        if (!Files.isExecutable(home.resolve("bin/koers"))) {
            throw new IllegalStateException("no assembled distribution in " + home + ": run mvn verify");
        }
        return home;
    }

    /** The project version, e.g. 0.1.0-SNAPSHOT. */
    static String version() {
        return System.getProperty("koers.version");
    }

    /** The version as bundles and the command line show it: 0.1.0-SNAPSHOT is 0.1.0. */
    static String releaseVersion() {
        return version().replace("-SNAPSHOT", "");
    }
}
