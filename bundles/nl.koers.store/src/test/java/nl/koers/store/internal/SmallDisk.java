package nl.koers.store.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Assumptions;

/** A real, tiny tmpfs, so that "disk full" and "read-only disk" are the kernel's own answers, not simulated. */
final class SmallDisk implements AutoCloseable {
    private final Path mountPoint;

    private SmallDisk(Path mountPoint) {
        this.mountPoint = mountPoint;
    }

    /** Mounts a tmpfs of {@code kilobytes}; the test is skipped, saying why, where mounting is not allowed. */
    static SmallDisk mount(Path mountPoint, int kilobytes, String... extraOptions) throws Exception {
        Files.createDirectories(mountPoint);
        String options = "size=" + kilobytes + "k" + (extraOptions.length == 0 ? "" : "," + String.join(",", extraOptions));
        int rc = run("mount", "-t", "tmpfs", "-o", options, "tmpfs", mountPoint.toString());
        Assumptions.assumeTrue(rc == 0, "mounting a tmpfs needs root (or CAP_SYS_ADMIN); this test needs a real "
                + "small disk and does not run here");
        return new SmallDisk(mountPoint);
    }

    Path root() {
        return mountPoint;
    }

    void remountReadOnly() throws Exception {
        if (run("mount", "-o", "remount,ro", mountPoint.toString()) != 0) {
            throw new IOException("remount read-only failed");
        }
    }

    /** Writes until the kernel says the disk is full. */
    void fill() {
        byte[] block = new byte[4096];
        try (var out = Files.newOutputStream(mountPoint.resolve("vol"))) {
            while (true) {
                out.write(block);
                out.flush();
            }
        } catch (IOException full) {
            // exactly what was wanted
        }
    }

    static int run(String... command) throws Exception {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        int rc = p.waitFor();
        if (rc != 0) {
            System.out.println(String.join(" ", command) + " -> " + rc + ": " + out.strip());
        }
        return rc;
    }

    @Override
    public void close() throws Exception {
        run("umount", "-l", mountPoint.toString());
    }
}
