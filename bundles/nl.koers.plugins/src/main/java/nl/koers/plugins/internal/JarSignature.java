package nl.koers.plugins.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.security.CodeSigner;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;

/**
 * What the signature of a jar says: unsigned, signed by one set of signers, or broken. The JDK verifies each
 * entry's digest while it is read, so every entry is read to the end; an entry whose content changed after
 * signing throws, and an entry added afterwards carries no signer.
 *
 * @param signers the certificate chains (signer first) that signed every entry; empty when unsigned
 * @param broken the entry that was changed or added after signing, or null when the jar is intact
 */
record JarSignature(List<List<X509Certificate>> signers, String broken, boolean mixed) {

    static JarSignature of(Path jar) throws IOException {
        Set<List<X509Certificate>> common = null;
        boolean anyUnsigned = false;
        String firstUnsigned = null;
        try (JarFile file = new JarFile(jar.toFile(), true)) {
            Enumeration<JarEntry> entries = file.entries();
            while (entries.hasMoreElements()) {
                JarEntry entry = entries.nextElement();
                try (InputStream in = file.getInputStream(entry)) {
                    in.transferTo(OutputStream.nullOutputStream());
                } catch (SecurityException e) {
                    return new JarSignature(List.of(), entry.getName(), false);
                }
                if (entry.isDirectory() || isSignatureFile(entry.getName())) {
                    continue;
                }
                Set<List<X509Certificate>> signers = chains(entry.getCodeSigners());
                if (signers.isEmpty()) {
                    anyUnsigned = true;
                    firstUnsigned = firstUnsigned == null ? entry.getName() : firstUnsigned;
                } else if (common == null) {
                    common = signers;
                } else if (!common.equals(signers)) {
                    return new JarSignature(List.of(), null, true);
                }
            }
        } catch (SecurityException e) {
            // a signature file that does not match the manifest
            return new JarSignature(List.of(), "META-INF/MANIFEST.MF", false);
        }
        if (common == null) {
            return new JarSignature(List.of(), null, false);
        }
        if (anyUnsigned) {
            return new JarSignature(List.of(), firstUnsigned, false);
        }
        String removed = removedAfterSigning(jar);
        if (removed != null) {
            return new JarSignature(List.of(), removed, false);
        }
        return new JarSignature(List.copyOf(common), null, false);
    }

    /** An entry the signed manifest lists but the jar no longer holds: removed after signing. */
    private static String removedAfterSigning(Path jar) throws IOException {
        try (JarFile file = new JarFile(jar.toFile(), false)) {
            for (String name : file.getManifest().getEntries().keySet()) {
                if (file.getJarEntry(name) == null) {
                    return name;
                }
            }
        }
        return null;
    }

    boolean signed() {
        return !signers.isEmpty();
    }

    boolean intact() {
        return broken == null && !mixed;
    }

    private static boolean isSignatureFile(String name) {
        String upper = name.toUpperCase(Locale.ROOT);
        return upper.startsWith("META-INF/") && upper.indexOf('/', "META-INF/".length()) < 0
                && (upper.equals("META-INF/MANIFEST.MF") || upper.endsWith(".SF") || upper.endsWith(".RSA")
                        || upper.endsWith(".DSA") || upper.endsWith(".EC") || upper.startsWith("META-INF/SIG-"));
    }

    private static Set<List<X509Certificate>> chains(CodeSigner[] codeSigners) {
        Set<List<X509Certificate>> chains = new LinkedHashSet<>();
        if (codeSigners != null) {
            for (CodeSigner signer : codeSigners) {
                List<X509Certificate> chain = new ArrayList<>();
                for (Certificate certificate : signer.getSignerCertPath().getCertificates()) {
                    chain.add((X509Certificate) certificate);
                }
                chains.add(List.copyOf(chain));
            }
        }
        return chains;
    }
}
