package nl.koers.store.internal;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import nl.koers.store.FileStamp;

/** Stamps of a file's bytes: what a save compares with the file on disk before it writes over it. */
final class Stamps {
    private Stamps() {
    }

    static FileStamp of(byte[] bytes) {
        try {
            return new FileStamp(bytes.length, HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
