package nl.koers.render.internal;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Writes a file so that it is either the complete new file or the old one: a temp file in the same folder, flushed
 * to disk, then renamed over the target. An export that fails half way never leaves half a PDF where the last good
 * one was.
 */
final class AtomicFile {
    /** What goes into the file. */
    @FunctionalInterface
    interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private AtomicFile() {
    }

    static void write(Path target, Content content) throws IOException {
        Path file = target.toAbsolutePath();
        // hidden, and named after its target, so a leftover after a crash says where it came from
        Path temp = file.resolveSibling("." + file.getFileName() + "." + Long.toHexString(System.nanoTime()) + ".writing");
        try {
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                OutputStream out = new BufferedOutputStream(new KeptOpen(Channels.newOutputStream(channel)), 64 * 1024);
                content.writeTo(out);
                out.flush();
                channel.force(true);
            }
            moveIntoPlace(temp, file);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    private static void moveIntoPlace(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            // a file system without atomic rename (some network shares): the best that remains
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
