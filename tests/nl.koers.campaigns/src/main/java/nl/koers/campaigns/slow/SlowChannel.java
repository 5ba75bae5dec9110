package nl.koers.campaigns.slow;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.ByteBuffer;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.ReadableByteChannel;
import java.nio.channels.WritableByteChannel;

/**
 * A file channel that writes at most {@value #PIECE} bytes a call, after a pause: a caller that writes a whole
 * buffer loops, as the channel contract asks, and the file is half written for as long as that takes.
 */
final class SlowChannel extends FileChannel {
    static final int PIECE = 1024;

    private final FileChannel real;
    private final long pauseMillis;

    SlowChannel(FileChannel real, long pauseMillis) {
        this.real = real;
        this.pauseMillis = pauseMillis;
    }

    @Override
    public int write(ByteBuffer src) throws IOException {
        return onePiece(src, real::write);
    }

    @Override
    public int write(ByteBuffer src, long position) throws IOException {
        return onePiece(src, piece -> real.write(piece, position));
    }

    @Override
    public long write(ByteBuffer[] srcs, int offset, int length) throws IOException {
        for (int i = offset; i < offset + length; i++) {
            if (srcs[i].hasRemaining()) {
                return write(srcs[i]);
            }
        }
        return 0;
    }

    private interface Write {
        int of(ByteBuffer piece) throws IOException;
    }

    /** Writes the first {@value #PIECE} bytes of {@code src} (or fewer) after the pause; says how many it wrote. */
    private int onePiece(ByteBuffer src, Write write) throws IOException {
        pause();
        int written = write.of(src.slice(src.position(), Math.min(src.remaining(), PIECE)));
        src.position(src.position() + written);
        return written;
    }

    private void pause() throws InterruptedIOException {
        try {
            Thread.sleep(pauseMillis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted in a slow write");
        }
    }

    @Override
    public int read(ByteBuffer dst) throws IOException {
        return real.read(dst);
    }

    @Override
    public long read(ByteBuffer[] dsts, int offset, int length) throws IOException {
        return real.read(dsts, offset, length);
    }

    @Override
    public int read(ByteBuffer dst, long position) throws IOException {
        return real.read(dst, position);
    }

    @Override
    public long position() throws IOException {
        return real.position();
    }

    @Override
    public FileChannel position(long newPosition) throws IOException {
        real.position(newPosition);
        return this;
    }

    @Override
    public long size() throws IOException {
        return real.size();
    }

    @Override
    public FileChannel truncate(long size) throws IOException {
        real.truncate(size);
        return this;
    }

    @Override
    public void force(boolean metaData) throws IOException {
        real.force(metaData);
    }

    @Override
    public long transferTo(long position, long count, WritableByteChannel target) throws IOException {
        return real.transferTo(position, count, target);
    }

    @Override
    public long transferFrom(ReadableByteChannel src, long position, long count) throws IOException {
        return real.transferFrom(src, position, count);
    }

    @Override
    public MappedByteBuffer map(MapMode mode, long position, long size) throws IOException {
        return real.map(mode, position, size);
    }

    @Override
    public FileLock lock(long position, long size, boolean shared) throws IOException {
        return real.lock(position, size, shared);
    }

    @Override
    public FileLock tryLock(long position, long size, boolean shared) throws IOException {
        return real.tryLock(position, size, shared);
    }

    @Override
    protected void implCloseChannel() throws IOException {
        real.close();
    }
}
