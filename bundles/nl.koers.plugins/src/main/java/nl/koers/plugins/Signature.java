package nl.koers.plugins;

import java.util.Objects;

/**
 * Who signed a plugin, and whether the consultant trusts that signer.
 *
 * @param signer the signer's name (its certificate's subject), empty when unsigned
 * @param fingerprint SHA-256 of the signer's certificate, hex; for an unsigned plugin the SHA-256 of the jar
 */
public record Signature(Kind kind, String signer, String fingerprint) {

    public enum Kind {
        /** Signed by a certificate the consultant trusts, or trusted explicitly. */
        TRUSTED,
        /** Signed, intact, but by a certificate the consultant does not trust (yet). */
        UNKNOWN_SIGNER,
        /** Not signed, and not trusted explicitly. */
        UNSIGNED
    }

    public Signature {
        Objects.requireNonNull(kind, "kind");
        signer = signer == null ? "" : signer;
        fingerprint = fingerprint == null ? "" : fingerprint;
    }
}
