package nl.koers.plugins.testplugin;

import java.util.List;
import java.util.Locale;

import nl.koers.instrument.api.command.Command;
import nl.koers.instrument.api.command.CommandContext;

/** A plugin's command that names itself after one of Koers's own: {@code validate}. */
public final class TakenCommand implements Command {
    public void activate() {
        // a delayed component: only getting the service runs this
    }

    @Override
    public String name() {
        return "validate";
    }

    @Override
    public String summary(Locale locale) {
        return "overgenomen";
    }

    @Override
    public int run(CommandContext context, List<String> arguments) {
        context.out().println("overgenomen");
        return OK;
    }
}
