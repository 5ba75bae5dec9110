package nl.koers.render.internal;

import java.io.IOException;
import java.io.OutputStream;

/**
 * A stream whose {@code close} only flushes. PDFBox closes the stream it saves to; the caller of
 * {@code writePdf} owns its stream and may want to write more to it, or force it to disk, after the PDF.
 */
final class KeptOpen extends OutputStream {
    private final OutputStream out;

    KeptOpen(OutputStream out) {
        this.out = out;
    }

    @Override
    public void write(int b) throws IOException {
        out.write(b);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        out.write(b, off, len);
    }

    @Override
    public void flush() throws IOException {
        out.flush();
    }

    @Override
    public void close() throws IOException {
        out.flush();
    }
}
