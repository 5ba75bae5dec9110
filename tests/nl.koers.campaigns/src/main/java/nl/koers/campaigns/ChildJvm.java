package nl.koers.campaigns;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A campaign's child JVM: started with this JVM's java and class path, its output read line by line (a line that
 * starts with "ready" says it is ready), and killed hard. What it writes on stderr goes to a file.
 */
public final class ChildJvm {
    /** The end of a dead child's output comes at once; a reader still busy after this is stuck. */
    private static final long READ_SECONDS = 30;

    private final Process process;
    private final List<String> lines = new ArrayList<>();
    private final Thread reader;
    private boolean ready;

    private ChildJvm(Process process) {
        this.process = process;
        this.reader = new Thread(this::read, "campaign-child-stdout");
        reader.setDaemon(true);
        reader.start();
    }

    /** Runs {@code main} with {@code properties} ({@code name=value}) and {@code args}; stderr is appended to a file. */
    public static ChildJvm start(Class<?> main, Path errors, List<String> properties, String... args)
            throws IOException {
        String java = ProcessHandle.current().info().command().orElse(Path.of(System.getProperty("java.home"),
                "bin", "java").toString());
        List<String> command = new ArrayList<>(List.of(java, "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
                "-Xshare:auto"));
        properties.forEach(p -> command.add("-D" + p));
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), main.getName()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.redirectError(ProcessBuilder.Redirect.appendTo(errors.toFile()));
        return new ChildJvm(builder.start());
    }

    private void read() {
        try (BufferedReader in = new BufferedReader(
                new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                synchronized (this) {
                    lines.add(line);
                    if (line.startsWith("ready")) {
                        ready = true;
                        notifyAll();
                    }
                }
            }
        } catch (IOException e) {
            // the pipe closes when the child dies
        }
    }

    public synchronized boolean awaitReady(long seconds) throws InterruptedException {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (!ready && process.isAlive() && System.nanoTime() < until) {
            wait(100);
        }
        return ready;
    }

    public synchronized boolean isReady() {
        return ready;
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    public long pid() {
        return process.pid();
    }

    /**
     * SIGKILL (on Linux {@code destroyForcibly} sends signal 9); returns the exit code, 137 for a kill, or what the
     * child exited with when it had ended already. Every line it wrote has been read when this returns: the signal
     * goes through the process handle, because {@link Process#destroyForcibly()} also closes the pipe, and the last
     * lines the child wrote were then lost unread (the kill campaign found a file newer than any reported save).
     */
    public int kill() throws InterruptedException {
        process.toHandle().destroyForcibly();
        return ended();
    }

    /** Waits for the child to end and its output to be read to the end; returns its exit code. */
    public int ended() throws InterruptedException {
        int exit = process.waitFor();
        reader.join(TimeUnit.SECONDS.toMillis(READ_SECONDS));
        if (reader.isAlive()) {
            throw new IllegalStateException("the output of a dead child was not read to its end in " + READ_SECONDS
                    + " s: what it reported is unknown");
        }
        return exit;
    }

    public synchronized List<String> lines() {
        return List.copyOf(lines);
    }

    public String errors() {
        return "exit " + (process.isAlive() ? "-" : String.valueOf(process.exitValue()));
    }
}
