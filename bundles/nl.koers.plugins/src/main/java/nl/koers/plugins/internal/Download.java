package nl.koers.plugins.internal;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLConnection;
import java.time.Duration;

/**
 * Opens a catalogue or a plugin at a URL with time limits: a firm's server that does not answer must end in a
 * clear message, not in a dialog that waits for ever.
 */
final class Download {
    static final Duration CONNECT = Duration.ofSeconds(15);
    static final Duration READ = Duration.ofSeconds(60);

    private Download() {
    }

    static InputStream open(URI where) throws IOException {
        return open(where, CONNECT, READ);
    }

    static InputStream open(URI where, Duration connect, Duration read) throws IOException {
        URLConnection connection = where.toURL().openConnection();
        connection.setConnectTimeout((int) connect.toMillis());
        connection.setReadTimeout((int) read.toMillis());
        return connection.getInputStream();
    }
}
