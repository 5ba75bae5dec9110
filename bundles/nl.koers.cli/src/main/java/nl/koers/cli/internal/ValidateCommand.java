package nl.koers.cli.internal;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import nl.koers.domain.Texts;
import nl.koers.instrument.api.command.Command;
import nl.koers.instrument.api.command.CommandContext;
import nl.koers.instrument.api.command.TerminalText;
import nl.koers.store.DossierStore;
import nl.koers.store.Problem;

/** {@code koers validate FILE...}: one line per problem; exit 0 only when every file is a valid dossier. */
@Component(service = Command.class)
public final class ValidateCommand implements Command {
    private final DossierStore store;

    @Activate
    public ValidateCommand(@Reference DossierStore store) {
        this.store = store;
    }

    @Override
    public String name() {
        return "validate";
    }

    @Override
    public String summary(Locale locale) {
        return texts(locale).get("validate.summary");
    }

    @Override
    public int run(CommandContext context, List<String> arguments) {
        Texts texts = texts(context.locale());
        if (arguments.isEmpty()) {
            context.err().println(texts.get("validate.usage"));
            return USAGE;
        }
        int bad = 0;
        for (String name : arguments) {
            Path file = context.resolve(name);
            List<Problem> problems = store.validate(file);
            if (problems.isEmpty()) {
                say(context.out(), texts.format("validate.ok", name));
            } else {
                bad++;
                // messages name the file as the user typed it, not the absolute path
                problems.forEach(p -> say(context.out(), 
                        new Problem(name, p.kind(), p.where(), p.line(), p.column(), p.details())
                                .message(context.locale())));
            }
        }
        return bad == 0 ? OK : FAILED;
    }

    private Texts texts(Locale locale) {
        return Texts.load("nl.koers.cli.internal.Messages", locale, getClass().getClassLoader());
    }

    /** Prints one line whose parts may come from a file, its control characters shown, not obeyed. */
    private static void say(PrintStream to, String line) {
        to.println(TerminalText.visible(line));
    }
}
