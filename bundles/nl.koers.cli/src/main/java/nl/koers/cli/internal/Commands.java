package nl.koers.cli.internal;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

import nl.koers.domain.Dossier;
import nl.koers.domain.Texts;
import nl.koers.instrument.api.command.CommandContext;
import nl.koers.instrument.api.command.TerminalText;
import nl.koers.store.DossierFileException;
import nl.koers.store.DossierStore;

/** What the commands that read a dossier and write files share: their words, the dossier, how files are named. */
final class Commands {
    private Commands() {
    }

    static Texts texts(Locale locale) {
        return Texts.load("nl.koers.cli.internal.Messages", locale, Commands.class.getClassLoader());
    }

    /** The dossier, or empty when it cannot be read: then the reason is said on stderr. */
    static Optional<Dossier> read(DossierStore store, CommandContext context, String name) {
        try {
            return Optional.of(store.read(context.resolve(name)));
        } catch (DossierFileException e) {
            say(context.err(), e.message(context.locale()));
            return Optional.empty();
        }
    }

    /** A file below the working directory as a relative path, as a person would type it; others in full. */
    static String shown(CommandContext context, Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        Path here = context.workingDirectory().toAbsolutePath().normalize();
        return absolute.startsWith(here) ? here.relativize(absolute).toString() : absolute.toString();
    }

    /** Prints one line whose parts may come from a file, its control characters shown, not obeyed. */
    static void say(PrintStream to, String line) {
        to.println(TerminalText.visible(line));
    }
}
