package nl.koers.plugins.internal;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.cert.CertificateException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleEvent;
import org.osgi.framework.BundleException;
import org.osgi.framework.BundleListener;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceRegistration;
import org.osgi.framework.hooks.bundle.CollisionHook;
import org.osgi.framework.hooks.service.EventListenerHook;
import org.osgi.framework.hooks.service.FindHook;
import org.osgi.framework.wiring.FrameworkWiring;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.runtime.ServiceComponentRuntime;
import org.osgi.service.log.Logger;
import org.osgi.service.log.LoggerFactory;

import nl.koers.plugins.CatalogueEntry;
import nl.koers.plugins.Generation;
import nl.koers.plugins.Inspection;
import nl.koers.plugins.Plugin;
import nl.koers.plugins.PluginException;
import nl.koers.plugins.PluginProblem;
import nl.koers.plugins.PluginProblem.Kind;
import nl.koers.plugins.Plugins;
import nl.koers.plugins.Signature;
import nl.koers.plugins.Signer;
import nl.koers.plugins.internal.Snapshot.Entry;

/**
 * The plugins of this Koers. At activation it brings back the current generation (the framework starts empty
 * every run); every change is checked, applied to the running framework, and then written as a new generation.
 * One change at a time. When restoring is done it registers a marker service ({@value #RESTORED}), which the
 * launcher waits for before a face runs a command or builds its catalogue.
 *
 * <p>In safe mode (the framework property {@value #SAFE_MODE}, {@code koers --safe-mode}) no plugin is started:
 * changes (a {@code disable}) are only written as a generation, for the next normal start.
 */
@Component(service = Plugins.class, immediate = true)
public final class PluginsService implements Plugins {
    /** The marker service that says the plugins are back: the launcher looks for it by this filter. */
    public static final String RESTORED = "(koers.plugins=restored)";
    /** Framework property: {@code true} starts Koers without any plugin. */
    public static final String SAFE_MODE = "koers.plugins.safeMode";

    private final Object changing = new Object();
    private final CountDownLatch restored = new CountDownLatch(1);
    private final ChangeListeners listeners = new ChangeListeners();
    private final BundleContext context;
    private final PluginFolder folder;
    private final TrustStore trust;
    private final Failures failures;
    private final FrameworkSync sync;
    private final Examination examination;
    /** How an installed plugin reads for the consultant. */
    private final InstalledPlugin installedPlugin;
    private final Generations generations;
    private final ServiceRegistration<CollisionHook> collisionHook;
    private final ServiceBoundary boundary;
    private final ServiceRegistration<?> boundaryHooks;
    private final BundleListener pluginEvents = this::pluginEvent;
    private final Logger log;
    private final boolean safeMode;
    private volatile ServiceRegistration<Object> restoredMarker;

    @Activate
    public PluginsService(BundleContext context, @Reference ServiceComponentRuntime components,
            @Reference(service = LoggerFactory.class) Logger log) {
        this.context = context;
        this.log = log;
        this.folder = new PluginFolder(DataFolder.of(context).resolve("plugins"));
        this.trust = new TrustStore(folder.root());
        this.failures = new Failures(components, log, new LastingFailures(folder.root().resolve("failures.properties")));
        this.safeMode = Boolean.parseBoolean(context.getProperty(SAFE_MODE));
        FrameworkRefresh refresh = new FrameworkRefresh(context.getBundle(0).adapt(FrameworkWiring.class));
        this.boundary = new ServiceBoundary(context.getBundle());
        TrialCollisions collisions = new TrialCollisions();
        this.collisionHook = context.registerService(CollisionHook.class, collisions, null);
        // before any plugin runs: what a guest registers and what it may find (house rule 11)
        context.addBundleListener(boundary);
        this.boundaryHooks = context.registerService(new String[] { FindHook.class.getName(),
                EventListenerHook.class.getName() }, boundary, null);
        this.sync = new FrameworkSync(context, folder, refresh, failures);
        this.examination = new Examination(context, trust, new TrialInstall(context, refresh, collisions));
        this.installedPlugin = new InstalledPlugin(folder, sync, examination, failures, safeMode);
        this.generations = new Generations(folder, sync, safeMode, listeners::tell);
        // a plugin that stops or fails by itself changes what the consultant sees
        context.addBundleListener(pluginEvents);
        // off the activating thread: starting plugins must not hold up (or dead-lock with) the framework's start
        Thread restore = new Thread(this::restore, "koers-plugins-restore");
        restore.setDaemon(true);
        restore.start();
    }

    @Deactivate
    void deactivate() {
        context.removeBundleListener(pluginEvents);
        collisionHook.unregister();
        boundaryHooks.unregister();
        context.removeBundleListener(boundary);
        ServiceRegistration<Object> marker = restoredMarker;
        if (marker != null) {
            marker.unregister();
        }
    }

    private void pluginEvent(BundleEvent event) {
        if (sync.isPlugin(event.getBundle())) {
            listeners.tell();
        }
    }

    private void restore() {
        try {
            synchronized (changing) {
                Offer.delete(folder.scratch());
                if (!safeMode) {
                    sync.apply(folder.current().entries());
                }
            }
        } catch (IOException | BundleException | RuntimeException e) {
            // the plugins that could not be brought back show as failed; the core keeps running
            failures.restoreFailed(context.getBundle().getSymbolicName(), e);
        } finally {
            restored.countDown();
            markRestored();
            listeners.tell();
        }
    }

    private void markRestored() {
        try {
            restoredMarker = context.registerService(Object.class, new Object(),
                    FrameworkUtil.asDictionary(Map.of("koers.plugins", "restored")));
        } catch (IllegalStateException stopping) {
            // the bundle stops: nobody waits any more
        }
    }

    @Override
    public List<Plugin> installed() {
        awaitRestore();
        try {
            List<Plugin> plugins = new ArrayList<>();
            for (Entry entry : folder.current().entries()) {
                plugins.add(installedPlugin.of(entry));
            }
            return plugins;
        } catch (IOException e) {
            return List.of();
        }
    }

    @Override
    public Inspection inspect(Path file) {
        awaitRestore();
        synchronized (changing) {
            try (Offer offer = Offer.read(file, folder.scratch())) {
                return examination.examine(offer).inspection();
            } catch (PluginException e) {
                return refused(file, e.problems());
            } catch (IOException e) {
                return refused(file, List.of(PluginProblem.of(Kind.NOT_READABLE, file, e.getMessage())));
            }
        }
    }

    @Override
    public Plugin install(Path file, boolean trustNow) throws PluginException {
        return logRefusal(file, () -> install(file, null, trustNow));
    }

    @Override
    public Plugin update(String symbolicName, Path file, boolean trustNow) throws PluginException {
        return logRefusal(file, () -> install(file, symbolicName, trustNow));
    }

    private interface Change {
        Plugin run() throws PluginException;
    }

    /** A plugin that was refused or failed to install is in the OSGi log too, with every reason and the cause. */
    private Plugin logRefusal(Object offered, Change change) throws PluginException {
        try {
            return change.run();
        } catch (PluginException e) {
            log.warn("{}", "plugin " + offered + " not installed: " + e.getMessage(), e);
            throw e;
        }
    }

    private Plugin install(Path file, String replacing, boolean trustNow) throws PluginException {
        awaitRestore();
        synchronized (changing) {
            try (Offer offer = Offer.read(file, folder.scratch())) {
                Snapshot current = folder.current();
                if (replacing != null) {
                    if (current.entry(replacing).isEmpty()) {
                        throw new PluginException(PluginProblem.of(Kind.NOT_INSTALLED, replacing));
                    }
                    if (offer.bundles().stream().noneMatch(c -> c.symbolicName().equals(replacing))) {
                        throw new PluginException(PluginProblem.of(Kind.OTHER_PLUGIN, replacing, offer.id()));
                    }
                }
                Examination.Result result = examination.examine(offer);
                if (!result.inspection().refusals().isEmpty()) {
                    throw new PluginException(result.inspection().refusals());
                }
                result.requireTrust(trustNow);
                List<Entry> entries = current.entries();
                for (Candidate candidate : offer.bundles()) {
                    Entry entry = new Entry(candidate.symbolicName(), candidate.version(), folder.keep(candidate), true);
                    entries = Snapshot.replacing(entries, entry);
                }
                String verb = replacing != null || current.entry(offer.bundles().get(0).symbolicName()).isPresent()
                        ? "update " : "install ";
                generations.change(verb + offer.id() + " " + offer.version(), -1, entries);
                String shown = result.firstInstrument().orElse(offer.bundles().get(0).symbolicName());
                return installedPlugin.of(folder.current().entry(shown).orElseThrow());
            } catch (IOException e) {
                throw new PluginException(List.of(PluginProblem.of(Kind.FAILED, e.getMessage())), e);
            }
        }
    }

    @Override
    public void disable(String symbolicName) throws PluginException {
        switchTo(symbolicName, false);
    }

    @Override
    public void enable(String symbolicName) throws PluginException {
        switchTo(symbolicName, true);
    }

    private void switchTo(String symbolicName, boolean enabled) throws PluginException {
        awaitRestore();
        synchronized (changing) {
            Snapshot current = generations.current();
            Entry entry = installedEntry(current, symbolicName);
            if (entry.enabled() == enabled) {
                return;
            }
            if (enabled) {
                failures.forget(symbolicName);
            }
            generations.change((enabled ? "enable " : "disable ") + symbolicName, -1,
                    current.with(entry.enabled(enabled)));
        }
    }

    @Override
    public void remove(String symbolicName) throws PluginException {
        awaitRestore();
        synchronized (changing) {
            Snapshot current = generations.current();
            installedEntry(current, symbolicName);
            generations.change("remove " + symbolicName, -1, current.without(symbolicName));
        }
    }

    @Override
    public List<CatalogueEntry> catalogue(URI index) throws PluginException {
        return CatalogueReader.read(index);
    }

    @Override
    public Plugin install(CatalogueEntry entry, boolean trustNow) throws PluginException {
        return logRefusal(entry.content(), () -> download(entry, trustNow));
    }

    private Plugin download(CatalogueEntry entry, boolean trustNow) throws PluginException {
        Path download = null;
        try {
            Files.createDirectories(folder.scratch());
            download = Files.createTempFile(folder.scratch(), entry.symbolicName(), ".jar");
            try (InputStream in = Download.open(entry.content())) {
                Files.copy(in, download, StandardCopyOption.REPLACE_EXISTING);
            }
            if (!entry.sha256().isEmpty() && !entry.sha256().equalsIgnoreCase(Candidate.sha256(download))) {
                throw new PluginException(PluginProblem.of(Kind.CHECKSUM, entry.content()));
            }
            return install(download, null, trustNow);
        } catch (IOException | IllegalArgumentException e) {
            throw new PluginException(List.of(PluginProblem.of(Kind.BAD_CATALOGUE, entry.content(), e.getMessage())), e);
        } finally {
            Offer.delete(download);
        }
    }

    @Override
    public List<Generation> generations() {
        try {
            return folder.generations().stream().map(Snapshot::toGeneration).toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    @Override
    public Generation rollback() throws PluginException {
        awaitRestore();
        synchronized (changing) {
            try {
                Snapshot current = generations.current();
                Snapshot previous = folder.previous(current)
                        .orElseThrow(() -> new PluginException(PluginProblem.of(Kind.NO_EARLIER_GENERATION)));
                generations.change("rollback " + previous.number(), previous.number(), previous.entries());
                return folder.current().toGeneration();
            } catch (IOException e) {
                throw new PluginException(List.of(PluginProblem.of(Kind.FAILED, e.getMessage())), e);
            }
        }
    }

    @Override
    public void trust(Path certificatePem) throws PluginException {
        try {
            trust.trust(certificatePem);
        } catch (IOException | CertificateException | ClassCastException e) {
            throw new PluginException(List.of(PluginProblem.of(Kind.BAD_CERTIFICATE, certificatePem, e.getMessage())), e);
        }
        listeners.tell();
    }

    @Override
    public List<Signer> trusted() {
        try {
            return trust.trusted();
        } catch (IOException e) {
            return List.of();
        }
    }

    @Override
    public void markFailed(long bundleId, String what, Throwable error) {
        Bundle bundle = context.getBundle(bundleId);
        if (sync.isPlugin(bundle)) {
            failures.reported(bundle, what, error);
            listeners.tell();
        }
    }

    @Override
    public AutoCloseable onChange(Runnable listener) {
        return listeners.add(listener);
    }

    private Entry installedEntry(Snapshot current, String symbolicName) throws PluginException {
        Optional<Entry> entry = current.entry(symbolicName);
        if (entry.isPresent()) {
            return entry.get();
        }
        if (examination.isCoreBundle(symbolicName)) {
            throw new PluginException(PluginProblem.of(Kind.CORE_BUNDLE, symbolicName));
        }
        throw new PluginException(PluginProblem.of(Kind.NOT_INSTALLED, symbolicName));
    }

    private static Inspection refused(Path file, List<PluginProblem> problems) {
        String name = String.valueOf(file.getFileName());
        return new Inspection(name, name, "", "", new Signature(Signature.Kind.UNSIGNED, "", ""), List.of(), problems);
    }

    private void awaitRestore() {
        try {
            restored.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
