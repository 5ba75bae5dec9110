package nl.koers.plugins;

import java.time.Instant;

/**
 * A certificate the consultant trusts.
 *
 * @param name the certificate's subject
 * @param fingerprint SHA-256 of the certificate, hex
 * @param validUntil the end of the certificate's validity
 */
public record Signer(String name, String fingerprint, Instant validUntil) {
}
