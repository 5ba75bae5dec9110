package nl.koers.store.internal;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import nl.koers.domain.Dossier;

/**
 * Another Koers, as a separate JVM: it takes a lock or writes a recovery copy, says so on stdout, and then waits
 * until it is killed, as a Koers would that crashes with the dossier open.
 */
public final class ChildKoers {
    private final Process process;

    private ChildKoers(Process process) {
        this.process = process;
    }

    public static void main(String[] args) throws Exception {
        switch (args[0]) {
            case "lock" -> new FileDossierLocks().lock(Path.of(args[1]));
            case "recover" -> new FileRecoveryStore(Path.of(args[1])).save(args[2],
                    args[3].equals("-") ? null : Path.of(args[3]), dossier(args[4]));
            default -> throw new IllegalArgumentException(args[0]);
        }
        System.out.println("DONE");
        System.out.flush();
        // holds on until killed, or until the test closes stdin
        while (System.in.read() >= 0) {
            // nothing to read
        }
    }

    /** {@code @sample} is the sample dossier; anything else a new dossier with that title. */
    private static Dossier dossier(String title) throws Exception {
        if (title.equals(SAMPLE)) {
            return new JsonDossierStore().read(
                    ChildKoers.class.getResourceAsStream("v1/voorbeeld-jongeren-aan-het-werk.koers"), SAMPLE);
        }
        return Dossier.titled(title);
    }

    static final String SAMPLE = "@sample";

    /** Starts the child and waits until it has done its work. */
    static ChildKoers start(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), ChildKoers.class.getName()));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        String line = out.readLine();
        if (!"DONE".equals(line)) {
            p.destroyForcibly();
            throw new IllegalStateException("child said " + line);
        }
        return new ChildKoers(p);
    }

    long pid() {
        return process.pid();
    }

    /** SIGKILL: no shutdown hooks, no finally blocks, like a crash or a pulled plug. */
    void kill() throws Exception {
        process.destroyForcibly();
        if (!process.waitFor(20, TimeUnit.SECONDS)) {
            throw new IllegalStateException("child did not die");
        }
    }
}
