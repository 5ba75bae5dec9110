package nl.koers.launcher;

import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The two ways Koers meets a person: the workbench window or the command line. Each is a
 * {@code Function<String[], Integer>} service with {@code main.thread=true} and {@code koers.face=<name>},
 * so the launcher needs no command names: it only decides which face gets the arguments.
 */
public enum Face {
    GUI("gui"),
    CLI("cli");

    private static final Set<String> CLI_OPTIONS = Set.of("--version", "-v", "--help", "-h");
    private static final String DOSSIER_SUFFIX = ".koers";

    private final String propertyValue;

    Face(String propertyValue) {
        this.propertyValue = propertyValue;
    }

    /**
     * The command line for version, help and any command word; the workbench for everything else: no
     * arguments, a dossier to open, or workbench options such as {@code --sample}.
     *
     * @param existingFile whether an argument names a file that exists (a dossier without the usual suffix)
     */
    public static Face choose(List<String> arguments, Predicate<String> existingFile) {
        if (arguments.isEmpty()) {
            return GUI;
        }
        String first = arguments.get(0);
        if (CLI_OPTIONS.contains(first)) {
            return CLI;
        }
        boolean commandWord = !first.isEmpty()
                && !first.startsWith("-")
                && !first.endsWith(DOSSIER_SUFFIX)
                && !existingFile.test(first);
        return commandWord ? CLI : GUI;
    }

    /** The service filter that finds this face. */
    public String serviceFilter() {
        return "(&(objectClass=java.util.function.Function)(main.thread=true)(koers.face=" + propertyValue + "))";
    }

    public String propertyValue() {
        return propertyValue;
    }
}
