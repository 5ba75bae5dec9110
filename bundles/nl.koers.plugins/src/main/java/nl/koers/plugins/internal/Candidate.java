package nl.koers.plugins.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.jar.Manifest;

/**
 * One bundle jar offered for installation, with the facts of its manifest.
 *
 * @param jar the jar on disk
 * @param sha256 the jar's SHA-256, hex
 */
record Candidate(Path jar, String symbolicName, String version, String name, String vendor, String sha256) {

    /** Reads the manifest; a jar without a Bundle-SymbolicName is not a bundle. */
    static Candidate read(Path jar) throws IOException {
        Manifest manifest;
        try (JarFile file = new JarFile(jar.toFile(), false)) {
            manifest = file.getManifest();
        }
        Attributes main = manifest == null ? new Attributes() : manifest.getMainAttributes();
        String symbolicName = main.getValue("Bundle-SymbolicName");
        if (symbolicName == null || symbolicName.isBlank()) {
            throw new IOException("no Bundle-SymbolicName");
        }
        String version = main.getValue("Bundle-Version");
        return new Candidate(jar, symbolicName.split(";")[0].trim(), version == null ? "0.0.0" : version.trim(),
                main.getValue("Bundle-Name"), main.getValue("Bundle-Vendor"), sha256(jar));
    }

    static String sha256(Path file) throws IOException {
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    String label() {
        return symbolicName + " " + version;
    }
}
