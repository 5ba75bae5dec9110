package nl.koers.store;

import java.util.Objects;

/**
 * What a dossier file held when the store read or wrote it: its size and a SHA-256 of its bytes. A save that
 * names the stamp it expects refuses to write over a file that someone else changed in the meantime.
 *
 * @param size the file's size in bytes
 * @param sha256 the SHA-256 of the file's bytes, in lower-case hex
 */
public record FileStamp(long size, String sha256) {
    public FileStamp {
        Objects.requireNonNull(sha256, "sha256");
    }
}
