package nl.koers.store.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The version of Koers that this store belongs to, as written into files ("Koers 0.1.0"). */
final class KoersVersion {
    private KoersVersion() {
    }

    static String writtenBy() {
        Properties p = new Properties();
        try (InputStream in = KoersVersion.class.getResourceAsStream("version.properties")) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException e) {
            // a damaged bundle: the file still says it was Koers that wrote it
        }
        String version = p.getProperty("version", "");
        // "0.1.0-SNAPSHOT" is a build of 0.1.0; a person asks which Koers, not which build
        version = version.replace("-SNAPSHOT", "");
        return version.isEmpty() || version.contains("${") ? "Koers" : "Koers " + version;
    }
}
