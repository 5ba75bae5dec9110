package nl.koers.instrument.brengenhalen.internal.homework;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The check value of a homework form: an HMAC-SHA256, keyed with the dossier's {@link FormKey}, over what says whose
 * form it is (its kind and version, the dossier id, the partner id, and the partner name it shows), each without
 * the spaces around it, and from form version 3 the ids of its lines ({@code field=id}, sorted). A form whose
 * hidden ids were changed in a PDF editor, or that was made by another dossier, no longer matches.
 */
final class FormCheck {
    private static final String MAC = "HmacSHA256";

    private FormCheck() {
    }

    /** The check value as it goes into the form: Base64 of the 32 bytes. */
    static String of(byte[] key, String kind, String version, String dossierId, String partnerId,
            String partnerName, List<String> lineIds) {
        List<String> parts = new ArrayList<>(List.of(kind, version, dossierId, partnerId, partnerName));
        parts.addAll(lineIds); // none in a form of version 2, whose check value stays what it was
        try {
            Mac mac = Mac.getInstance(MAC);
            mac.init(new SecretKeySpec(key, MAC));
            for (String part : parts) {
                // each part with its length first, so "ab" + "c" and "a" + "bc" differ
                byte[] bytes = part.strip().getBytes(StandardCharsets.UTF_8);
                mac.update(ByteBuffer.allocate(Integer.BYTES).putInt(bytes.length).array());
                mac.update(bytes);
            }
            return Base64.getEncoder().encodeToString(mac.doFinal());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is part of every Java runtime", e);
        }
    }

    /** Whether {@code found} is the check value of these parts; compared in constant time. */
    static boolean matches(String found, byte[] key, String kind, String version, String dossierId,
            String partnerId, String partnerName, List<String> lineIds) {
        byte[] expected = of(key, kind, version, dossierId, partnerId, partnerName, lineIds)
                .getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(expected, found.strip().getBytes(StandardCharsets.US_ASCII));
    }
}
