package nl.koers.cli.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What {@code koers report} was asked: {@code DOSSIER [--format pdf|docx] [--out FILE] [--chapters ID,ID]
 * [--agreement] [--force]}, or {@code --list DOSSIER}.
 *
 * @param dossier the dossier as typed
 * @param format the file format as typed, lower case; pdf when not given
 * @param out the file (or an existing folder) to write as typed; null for next to the dossier
 * @param chapters the chapters in order; null for every offered chapter
 * @param agreement whether the agreement note is asked for instead of the report
 * @param force whether a file that exists is written over
 * @param list whether only the chapters the dossier offers are listed
 */
record ReportArguments(String dossier, String format, String out, List<String> chapters, boolean agreement,
        boolean force, boolean list) {
    /** The formats Koers knows of; whether a writer for one is installed is another question. */
    static final List<String> FORMATS = List.of("pdf", "docx");

    /** Empty when the arguments do not make sense: the caller shows how to call the command. */
    static Optional<ReportArguments> parse(List<String> arguments) {
        String format = null;
        String out = null;
        List<String> chapters = null;
        boolean agreement = false;
        boolean force = false;
        boolean list = false;
        List<String> words = new ArrayList<>();
        for (int i = 0; i < arguments.size(); i++) {
            String argument = arguments.get(i);
            boolean valued = argument.equals("--format") || argument.equals("--out") || argument.equals("--chapters");
            if (valued && i + 1 >= arguments.size()) {
                return Optional.empty();
            }
            switch (argument) {
                case "--agreement" -> agreement = true;
                case "--force" -> force = true;
                case "--list" -> list = true;
                case "--format" -> {
                    if (format != null) {
                        return Optional.empty();
                    }
                    format = arguments.get(++i).toLowerCase(Locale.ROOT);
                }
                case "--out" -> {
                    if (out != null) {
                        return Optional.empty();
                    }
                    out = arguments.get(++i);
                }
                case "--chapters" -> {
                    if (chapters != null) {
                        return Optional.empty();
                    }
                    chapters = ids(arguments.get(++i));
                }
                default -> {
                    if (argument.startsWith("--")) {
                        return Optional.empty();
                    }
                    words.add(argument);
                }
            }
        }
        boolean sensible = words.size() == 1 && !(agreement && chapters != null) && (chapters == null || !chapters.isEmpty())
                && !(list && (agreement || format != null || out != null || chapters != null || force));
        return sensible ? Optional.of(new ReportArguments(words.get(0), format == null ? "pdf" : format, out,
                chapters, agreement, force, list)) : Optional.empty();
    }

    private static List<String> ids(String typed) {
        return List.of(typed.split(",")).stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
