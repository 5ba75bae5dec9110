package nl.koers.plugins;

import java.time.Instant;
import java.util.List;

/**
 * One set of plugins, kept after every change.
 *
 * @param number counts up from 1
 * @param change what made it, in words for a person (for example {@code install nl.firm.energie 1.0.0})
 * @param plugins the plugins in it, each as {@code "symbolicName version"}, and {@code "symbolicName version
 *        disabled"} for one that is switched off
 */
public record Generation(int number, Instant at, String change, List<String> plugins) {
    public Generation {
        plugins = List.copyOf(plugins);
    }
}
