package nl.koers.store.internal;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;

/**
 * Who a process is, so that a file it left behind (a lock, a recovery copy) can later be told to belong to a process
 * that still runs or to one that is gone. A pid alone is not enough: after a crash the pid can be reused by an
 * unrelated process, so the process' start time is compared too.
 *
 * @param start the start time of the process, or null when the platform does not tell
 */
record ProcessIdentity(String user, String host, long pid, Instant start) {

    static ProcessIdentity current() {
        ProcessHandle self = ProcessHandle.current();
        return new ProcessIdentity(System.getProperty("user.name", ""), hostName(), self.pid(),
                self.info().startInstant().orElse(null));
    }

    /** True when this identity is the running JVM itself. */
    boolean isThisProcess() {
        ProcessIdentity me = current();
        return me.host.equals(host) && me.pid == pid && sameStart(start, me.start);
    }

    /**
     * False only when it is certain that the process is gone: on this host, and no process with that pid runs or the
     * one that does started at another time. A process on another computer is assumed to run.
     */
    boolean isRunning() {
        if (!hostName().equals(host)) {
            return true;
        }
        Optional<ProcessHandle> handle = ProcessHandle.of(pid);
        if (handle.isEmpty() || !handle.get().isAlive()) {
            return false;
        }
        Optional<Instant> started = handle.get().info().startInstant();
        return start == null || started.isEmpty() || sameStart(start, started.get());
    }

    /** Start times are compared to the second: /proc reports them in clock ticks, rounded differently per call. */
    private static boolean sameStart(Instant a, Instant b) {
        if (a == null || b == null) {
            return a == b;
        }
        return Math.abs(a.toEpochMilli() - b.toEpochMilli()) < 1000;
    }

    /** The host name without a DNS lookup, which can hang on a laptop without network. */
    static String hostName() {
        try {
            Path kernel = Path.of("/proc/sys/kernel/hostname");
            if (Files.isReadable(kernel)) {
                return Files.readString(kernel).trim();
            }
        } catch (IOException e) {
            // fall through to the environment
        }
        for (String variable : new String[] {"COMPUTERNAME", "HOSTNAME"}) {
            String v = System.getenv(variable);
            if (v != null && !v.isBlank()) {
                return v.trim();
            }
        }
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (IOException e) {
            return "localhost";
        }
    }
}
