package nl.koers.plugins.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.cert.CertificateEncodingException;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;

import nl.koers.plugins.Signature;
import nl.koers.plugins.Signer;

/**
 * The signers and unsigned plugins the consultant trusts: certificates as {@code trusted/<fingerprint>.pem},
 * unsigned jars by their SHA-256 in {@code trusted-unsigned.properties} (value: the symbolic name, for a person).
 */
final class TrustStore {
    private final Path certificates;
    private final Path unsigned;

    TrustStore(Path folder) {
        this.certificates = folder.resolve("trusted");
        this.unsigned = folder.resolve("trusted-unsigned.properties");
    }

    /** How far the consultant trusts a jar with this signature. */
    Signature judge(Candidate candidate, JarSignature signature) throws IOException {
        if (!signature.signed()) {
            Signature.Kind kind = unsignedTrusted().containsKey(candidate.sha256())
                    ? Signature.Kind.TRUSTED : Signature.Kind.UNSIGNED;
            return new Signature(kind, "", candidate.sha256());
        }
        List<String> trusted = fingerprints();
        for (List<X509Certificate> chain : signature.signers()) {
            if (trustedChain(chain, trusted)) {
                return signatureOf(Signature.Kind.TRUSTED, chain.get(0));
            }
        }
        return signatureOf(Signature.Kind.UNKNOWN_SIGNER, signature.signers().get(0).get(0));
    }

    /** Remembers that the consultant trusts this jar: its signer, or when unsigned this exact jar. */
    void trust(Candidate candidate, JarSignature signature) throws IOException {
        if (signature.signed()) {
            trust(signature.signers().get(0).get(0));
        } else {
            Properties trusted = unsignedTrusted();
            trusted.setProperty(candidate.sha256(), candidate.symbolicName());
            Files.createDirectories(unsigned.getParent());
            Path temp = Files.createTempFile(unsigned.getParent(), "trusted", ".tmp");
            try (var out = Files.newOutputStream(temp)) {
                trusted.store(out, "unsigned plugins the consultant trusts: SHA-256 = symbolic name");
            }
            Files.move(temp, unsigned, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        }
    }

    /** Trusts the certificate in a PEM (or DER) file. */
    X509Certificate trust(Path file) throws IOException, CertificateException {
        X509Certificate certificate;
        try (InputStream in = Files.newInputStream(file)) {
            certificate = (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(in);
        }
        trust(certificate);
        return certificate;
    }

    List<Signer> trusted() throws IOException {
        List<Signer> signers = new ArrayList<>();
        if (!Files.isDirectory(certificates)) {
            return signers;
        }
        try (Stream<Path> files = Files.list(certificates)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".pem")).sorted().toList()) {
                try (InputStream in = Files.newInputStream(file)) {
                    X509Certificate c = (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(in);
                    signers.add(new Signer(c.getSubjectX500Principal().getName(), fingerprint(c),
                            c.getNotAfter().toInstant()));
                } catch (CertificateException e) {
                    // a file the consultant damaged by hand is not a trusted signer
                }
            }
        }
        return signers;
    }

    static String fingerprint(X509Certificate certificate) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded());
            return HexFormat.ofDelimiter(":").withUpperCase().formatHex(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private void trust(X509Certificate certificate) throws IOException {
        Files.createDirectories(certificates);
        String pem;
        try {
            pem = "-----BEGIN CERTIFICATE-----\n"
                    + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(certificate.getEncoded())
                    + "\n-----END CERTIFICATE-----\n";
        } catch (CertificateEncodingException e) {
            throw new IOException(e);
        }
        Files.writeString(certificates.resolve(fingerprint(certificate).replace(":", "") + ".pem"), pem);
    }

    private List<String> fingerprints() throws IOException {
        return trusted().stream().map(Signer::fingerprint).toList();
    }

    /** Trusted when a certificate of the chain is trusted and every link below it is signed by the next. */
    private static boolean trustedChain(List<X509Certificate> chain, List<String> trusted) {
        for (int i = 0; i < chain.size(); i++) {
            if (i > 0) {
                try {
                    chain.get(i - 1).verify(chain.get(i).getPublicKey());
                } catch (GeneralSecurityException e) {
                    return false;
                }
            }
            if (trusted.contains(fingerprint(chain.get(i)))) {
                return true;
            }
        }
        return false;
    }

    private static Signature signatureOf(Signature.Kind kind, X509Certificate certificate) {
        return new Signature(kind, certificate.getSubjectX500Principal().getName(), fingerprint(certificate));
    }

    private Properties unsignedTrusted() throws IOException {
        Properties trusted = new Properties();
        if (Files.exists(unsigned)) {
            try (InputStream in = Files.newInputStream(unsigned)) {
                trusted.load(in);
            }
        }
        return trusted;
    }
}
