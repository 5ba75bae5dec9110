package nl.koers.cli.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What {@code koers report} was asked: {@code DOSSIER [--format pdf|docx] [--out FILE] [--chapters ID,ID]
 * [--introduction FILE] [--closing FILE] [--agreement] [--force]}, or {@code --list DOSSIER}.
 *
 * @param dossier the dossier as typed
 * @param format the file format as typed, lower case; pdf when not given
 * @param out the file (or an existing folder) to write as typed; null for next to the dossier
 * @param chapters the chapters in order; null for every offered chapter
 * @param introduction a text file with the facilitator's introduction as typed, or null
 * @param closing a text file with the facilitator's closing text as typed, or null
 * @param agreement whether the agreement note is asked for instead of the report
 * @param force whether a file that exists is written over
 * @param list whether only the chapters the dossier offers are listed
 */
record ReportArguments(String dossier, String format, String out, List<String> chapters, String introduction,
        String closing, boolean agreement, boolean force, boolean list) {
    /** The formats Koers knows of; whether a writer for one is installed is another question. */
    static final List<String> FORMATS = List.of("pdf", "docx");
    private static final Set<String> VALUED = Set.of("--format", "--out", "--chapters", "--introduction", "--closing");
    private static final Set<String> FLAGS = Set.of("--agreement", "--force", "--list");
    /** What only the report has: the agreement note is drafted from the dossier alone. */
    private static final Set<String> REPORT_ONLY = Set.of("--chapters", "--introduction", "--closing");

    /** Empty when the arguments do not make sense: the caller shows how to call the command. */
    static Optional<ReportArguments> parse(List<String> arguments) {
        Map<String, String> values = new HashMap<>();
        Set<String> flags = new HashSet<>();
        List<String> words = new ArrayList<>();
        for (int i = 0; i < arguments.size(); i++) {
            String argument = arguments.get(i);
            if (VALUED.contains(argument)) {
                if (i + 1 >= arguments.size() || values.put(argument, arguments.get(++i)) != null) {
                    return Optional.empty();
                }
            } else if (FLAGS.contains(argument)) {
                flags.add(argument);
            } else if (argument.startsWith("--")) {
                return Optional.empty();
            } else {
                words.add(argument);
            }
        }
        List<String> chapters = values.containsKey("--chapters") ? ids(values.get("--chapters")) : null;
        boolean agreement = flags.contains("--agreement");
        boolean list = flags.contains("--list");
        boolean sensible = words.size() == 1 && (chapters == null || !chapters.isEmpty())
                && !(agreement && REPORT_ONLY.stream().anyMatch(values::containsKey))
                && !(list && (values.size() + flags.size() > 1));
        String format = values.getOrDefault("--format", "pdf").toLowerCase(Locale.ROOT);
        return sensible ? Optional.of(new ReportArguments(words.get(0), format, values.get("--out"), chapters,
                values.get("--introduction"), values.get("--closing"), agreement, flags.contains("--force"), list))
                : Optional.empty();
    }

    private static List<String> ids(String typed) {
        return List.of(typed.split(",")).stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
