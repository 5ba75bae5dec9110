package nl.koers.shell.internal;

import java.util.Optional;
import java.util.function.Supplier;

import nl.koers.plugins.Plugin;
import nl.koers.plugins.Plugins;

/**
 * An instrument that still holds the window when the watchdog gives up: its plugin is written into the start
 * marker, so that the next start (after the window was killed) runs without plugins and offers to switch it off, and
 * the plugin manager marks it failed. Runs on the watchdog's thread, while the UI thread is held.
 */
final class HangBlame {
    private final Supplier<Plugins> plugins;
    private final StartMarker startMarker;

    HangBlame(Supplier<Plugins> plugins, StartMarker startMarker) {
        this.plugins = plugins;
        this.startMarker = startMarker;
    }

    void heldForGood(String instrumentId, Throwable hang) {
        Plugins manager = plugins.get();
        if (manager == null) {
            return; // without the plugin manager there are no plugins, only Koers's own instruments
        }
        pluginOf(manager, instrumentId).ifPresent(plugin -> {
            startMarker.blame(plugin.symbolicName());
            manager.markFailed(plugin.bundleId(), instrumentId, hang);
        });
    }

    /** The installed plugin that declares the instrument; a core instrument has none. */
    private static Optional<Plugin> pluginOf(Plugins manager, String instrumentId) {
        return manager.installed().stream().filter(p -> p.instrumentIds().contains(instrumentId)).findFirst();
    }
}
