package nl.koers.plugins.internal;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.time.Duration;

import org.junit.jupiter.api.Test;

/** A firm's server that takes the connection and then says nothing ends the wait, with a time-out. */
class DownloadTest {
    @Test
    void aServerThatNeverAnswersEndsInATimeOut() throws Exception {
        try (ServerSocket silent = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            Thread accept = new Thread(() -> {
                try (Socket s = silent.accept()) {
                    Thread.sleep(10_000); // holds the connection open, answers nothing
                } catch (Exception ignored) {
                    // the test is over
                }
            });
            accept.setDaemon(true);
            accept.start();
            URI index = URI.create("http://127.0.0.1:" + silent.getLocalPort() + "/index.xml");
            long start = System.nanoTime();
            assertThrows(SocketTimeoutException.class,
                    () -> Download.open(index, Duration.ofSeconds(2), Duration.ofMillis(500)).close());
            assertTrue(System.nanoTime() - start < Duration.ofSeconds(5).toNanos(), "it gave up in time");
        }
    }
}
