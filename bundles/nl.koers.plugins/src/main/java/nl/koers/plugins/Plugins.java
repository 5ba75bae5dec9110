package nl.koers.plugins;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The plugins a consultant installed. Every change is checked first, applied without a restart, and kept as a
 * new {@link Generation}. Methods that change something may take a while (they wait for the framework); call
 * them off the UI thread.
 */
@ProviderType
public interface Plugins {
    /** Every plugin bundle the consultant installed (not the core and standard bundles), by symbolic name. */
    List<Plugin> installed();

    /** Runs every check on a {@code .jar} or a feature archive ({@code .koersplugin}); installs nothing. */
    Inspection inspect(Path file);

    /**
     * Installs a {@code .jar} or a feature archive, or replaces a plugin of the same symbolic name.
     *
     * @param trustNow the consultant explicitly trusts this unsigned plugin or unknown signer; remembered
     * @return the installed plugin (for a feature: its first bundle that provides an instrument)
     */
    Plugin install(Path file, boolean trustNow) throws PluginException;

    /** Replaces the installed plugin {@code symbolicName} with the bundle in {@code file}. */
    Plugin update(String symbolicName, Path file, boolean trustNow) throws PluginException;

    void disable(String symbolicName) throws PluginException;

    void enable(String symbolicName) throws PluginException;

    void remove(String symbolicName) throws PluginException;

    /** Reads a firm's catalogue: an OSGi repository index at a URL, or a folder that holds {@code index.xml}. */
    List<CatalogueEntry> catalogue(URI index) throws PluginException;

    /** Downloads and installs one entry of a catalogue, with the same checks as a file. */
    Plugin install(CatalogueEntry entry, boolean trustNow) throws PluginException;

    /** Every set of plugins there has been, newest (the current one) first. */
    List<Generation> generations();

    /** Returns to the previous set of plugins (their versions and whether they were enabled), as a new generation. */
    Generation rollback() throws PluginException;

    /** Trusts a firm's signing certificate (a PEM file): plugins signed with it install without a question. */
    void trust(Path certificatePem) throws PluginException;

    /** The certificates the consultant trusts. */
    List<Signer> trusted();

    /**
     * Marks a plugin failed because its code threw where the workbench called it (a screen, an export, an event).
     *
     * @param bundleId the bundle whose code threw; a bundle that is not a plugin is ignored
     * @param what where it failed, in words for the details view
     */
    void markFailed(long bundleId, String what, Throwable error);

    /**
     * Calls {@code listener} after every change, also when a plugin bundle stops or fails by itself; close the
     * result to stop. It is called on any thread, possibly the framework's: keep it short and hand the work off
     * (for example with {@code display.asyncExec}) instead of calling back into this service on that thread.
     */
    AutoCloseable onChange(Runnable listener);
}
