package nl.koers.cli.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What {@code koers export} was asked: {@code --list [DOSSIER]}, or {@code DOSSIER [ID...] [--out FOLDER] [--force]}.
 *
 * @param dossier the dossier as typed; null only with {@code --list}
 * @param ids the printables to write; empty for all
 * @param out the folder to write into as typed; null for the dossier's folder
 * @param force whether files that exist are written over
 */
record ExportArguments(boolean list, String dossier, List<String> ids, String out, boolean force) {
    /** Empty when the arguments do not make sense: the caller shows how to call the command. */
    static Optional<ExportArguments> parse(List<String> arguments) {
        boolean list = false;
        boolean force = false;
        String out = null;
        List<String> words = new ArrayList<>();
        for (int i = 0; i < arguments.size(); i++) {
            String argument = arguments.get(i);
            if (argument.equals("--list")) {
                list = true;
            } else if (argument.equals("--force")) {
                force = true;
            } else if (argument.equals("--out")) {
                if (out != null || i + 1 >= arguments.size()) {
                    return Optional.empty();
                }
                out = arguments.get(++i);
            } else if (argument.startsWith("--")) {
                return Optional.empty();
            } else {
                words.add(argument);
            }
        }
        if (list) {
            return words.size() > 1 || out != null || force ? Optional.empty()
                    : Optional.of(new ExportArguments(true, words.isEmpty() ? null : words.get(0), List.of(), null,
                            false));
        }
        if (words.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new ExportArguments(false, words.get(0), List.copyOf(words.subList(1, words.size())), out,
                force));
    }
}
