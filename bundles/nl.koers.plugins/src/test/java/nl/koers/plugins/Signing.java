package nl.koers.plugins;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.CertPath;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipFile;

import jdk.security.jarsigner.JarSigner;

/** A firm's signing key, made with the JDK's keytool as a firm would, and the JDK's jar signer. */
final class Signing {
    private static final String PASSWORD = "geheim123";

    private final Path keystore;
    private final PrivateKey key;
    private final CertPath path;

    Signing(Path folder, String distinguishedName) throws IOException, GeneralSecurityException, InterruptedException {
        this.keystore = folder.resolve("firm.p12");
        keytool("-genkeypair", "-alias", "firm", "-keyalg", "EC", "-groupname", "secp256r1", "-dname",
                distinguishedName, "-validity", "365", "-storetype", "PKCS12", "-keystore", keystore.toString(),
                "-storepass", PASSWORD, "-keypass", PASSWORD);
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(keystore)) {
            store.load(in, PASSWORD.toCharArray());
        }
        key = (PrivateKey) store.getKey("firm", PASSWORD.toCharArray());
        List<Certificate> chain = Arrays.asList(store.getCertificateChain("firm"));
        path = CertificateFactory.getInstance("X.509").generateCertPath(chain);
    }

    Path sign(Path jar, Path out) throws IOException, GeneralSecurityException {
        try (ZipFile in = new ZipFile(jar.toFile()); OutputStream signed = Files.newOutputStream(out)) {
            new JarSigner.Builder(key, path).digestAlgorithm("SHA-256").signatureAlgorithm("SHA256withECDSA")
                    .build().sign(in, signed);
        }
        return out;
    }

    /** The firm's certificate as a PEM file, exported with keytool. */
    Path certificate(Path out) throws IOException, InterruptedException {
        keytool("-exportcert", "-rfc", "-alias", "firm", "-keystore", keystore.toString(), "-storepass", PASSWORD,
                "-file", out.toString());
        return out;
    }

    private static void keytool(String... arguments) throws IOException, InterruptedException {
        List<String> command = new java.util.ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "keytool").toString());
        command.addAll(List.of(arguments));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IOException("keytool failed: " + output);
        }
    }
}
