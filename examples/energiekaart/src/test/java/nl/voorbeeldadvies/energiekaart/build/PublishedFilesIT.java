package nl.voorbeeldadvies.energiekaart.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSigner;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the firm publishes, checked after {@code package}: the signed jar, the feature archive and the catalogue,
 * read the way Koers reads them (the jar's signature with the JDK's own verification).
 */
class PublishedFilesIT {
    private static final Path TARGET = Path.of("target");
    private static final String VERSION = System.getProperty("project.version", "1.0.0");
    private static final String NAME = "nl.voorbeeldadvies.energiekaart-" + VERSION;

    @TempDir
    Path dir;

    @Test
    void theJarIsSignedInFullByTheKeyWhoseCertificateConsultantsTrust() throws Exception {
        Certificate trusted;
        try (InputStream in = Files.newInputStream(Path.of("signing/voorbeeldadvies.pem"))) {
            trusted = CertificateFactory.getInstance("X.509").generateCertificate(in);
        }
        List<String> signed = signedEntries(TARGET.resolve(NAME + ".jar"), trusted);
        assertTrue(signed.contains("nl/voorbeeldadvies/energiekaart/internal/EnergiekaartInstrument.class"), signed.toString());
        assertTrue(signed.contains("nl/voorbeeldadvies/energiekaart/internal/Texts_en.properties"));
    }

    @Test
    void aJarChangedAfterSigningFailsVerification() throws Exception {
        Path tampered = dir.resolve("tampered.jar");
        try (ZipFile in = new ZipFile(TARGET.resolve(NAME + ".jar").toFile());
                ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(tampered))) {
            for (Enumeration<? extends ZipEntry> e = in.entries(); e.hasMoreElements();) {
                ZipEntry entry = e.nextElement();
                byte[] bytes = in.getInputStream(entry).readAllBytes();
                if (entry.getName().endsWith("internal/Texts.properties")) {
                    // one line more, whatever the texts say: a firm's own words change nothing here
                    bytes = (new String(bytes, StandardCharsets.UTF_8) + "\n# changed after signing\n")
                            .getBytes(StandardCharsets.UTF_8);
                }
                out.putNextEntry(new ZipEntry(entry.getName()));
                out.write(bytes);
                out.closeEntry();
            }
        }
        assertThrows(SecurityException.class, () -> signedEntries(tampered, null));
    }

    @Test
    void theFeatureArchiveHoldsTheFeatureAndTheSameSignedJar() throws Exception {
        try (ZipFile plugin = new ZipFile(TARGET.resolve(NAME + ".koersplugin").toFile())) {
            String feature = new String(plugin.getInputStream(plugin.getEntry("feature.json")).readAllBytes(),
                    StandardCharsets.UTF_8);
            assertTrue(feature.contains("\"id\": \"nl.voorbeeldadvies:nl.voorbeeldadvies.energiekaart:" + VERSION + "\""),
                    feature);
            assertTrue(feature.contains("{ \"id\": \"nl.voorbeeldadvies:nl.voorbeeldadvies.energiekaart:" + VERSION + "\" }"));
            assertFalse(feature.contains("${"), "filtered: " + feature);
            ZipEntry jar = plugin.getEntry("bundles/" + NAME + ".jar");
            assertNotNull(jar);
            byte[] inside = plugin.getInputStream(jar).readAllBytes();
            assertEquals(Files.size(TARGET.resolve(NAME + ".jar")), inside.length);
            assertTrue(java.util.Arrays.equals(Files.readAllBytes(TARGET.resolve(NAME + ".jar")), inside));
        }
    }

    @Test
    void theCatalogueIndexPointsAtItsJarWithARelativeUrl() throws IOException {
        Path catalogue = TARGET.resolve("catalogue");
        String index = Files.readString(catalogue.resolve("index.xml"));
        assertTrue(index.contains("<attribute name=\"url\" value=\"" + NAME + ".jar\"/>"), index);
        assertTrue(index.contains("<attribute name=\"koers.instrument\" value=\"energiekaart\"/>"));
        assertTrue(Files.isRegularFile(catalogue.resolve(NAME + ".jar")));
        assertTrue(java.util.Arrays.equals(Files.readAllBytes(TARGET.resolve(NAME + ".jar")),
                Files.readAllBytes(catalogue.resolve(NAME + ".jar"))), "the signed jar, not the one before signing");
    }

    /** Reads every entry (that is when the JDK checks digests) and returns those signed by {@code by}. */
    private static List<String> signedEntries(Path file, Certificate by) throws IOException {
        List<String> signed = new ArrayList<>();
        try (JarFile jar = new JarFile(file.toFile(), true)) {
            for (Enumeration<JarEntry> e = jar.entries(); e.hasMoreElements();) {
                JarEntry entry = e.nextElement();
                try (InputStream in = jar.getInputStream(entry)) {
                    in.readAllBytes();
                }
                if (entry.isDirectory() || entry.getName().startsWith("META-INF/")) {
                    continue;
                }
                CodeSigner[] signers = entry.getCodeSigners();
                assertNotNull(signers, "not signed: " + entry.getName());
                if (by != null) {
                    assertEquals(by, signers[0].getSignerCertPath().getCertificates().get(0), entry.getName());
                }
                signed.add(entry.getName());
            }
        }
        return signed;
    }
}
