package nl.koers.plugins.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;

import nl.koers.plugins.internal.Snapshot.Entry;

/**
 * Makes the running framework hold exactly the plugins of a generation: installs, updates and uninstalls their
 * bundles, refreshes what changed, and starts the enabled ones. A plugin that fails to start is not an error of
 * the change; it is remembered for {@link Failures}.
 */
final class FrameworkSync {
    static final String LOCATION_PREFIX = "koers-plugin:";

    private final BundleContext context;
    private final PluginFolder folder;
    private final FrameworkRefresh refresh;
    private final Failures failures;
    /** The jar each plugin bundle was last installed or updated from, by symbolic name. */
    private final Map<String, String> appliedJars = new HashMap<>();

    FrameworkSync(BundleContext context, PluginFolder folder, FrameworkRefresh refresh, Failures failures) {
        this.context = context;
        this.folder = folder;
        this.refresh = refresh;
        this.failures = failures;
    }

    void apply(List<Entry> entries) throws BundleException, IOException {
        Map<String, Bundle> installed = pluginBundles();
        Set<String> wanted = entries.stream().map(Entry::symbolicName).collect(Collectors.toSet());
        List<Bundle> changed = new ArrayList<>();
        for (Map.Entry<String, Bundle> plugin : installed.entrySet()) {
            if (!wanted.contains(plugin.getKey())) {
                plugin.getValue().uninstall();
                changed.add(plugin.getValue());
                appliedJars.remove(plugin.getKey());
                failures.forget(plugin.getKey());
            }
        }
        Map<Bundle, Entry> wantedBundles = new LinkedHashMap<>();
        for (Entry entry : entries) {
            Bundle bundle = installed.get(entry.symbolicName());
            if (!entry.enabled() && bundle != null) {
                stop(bundle);
            }
            if (bundle == null) {
                try (InputStream in = Files.newInputStream(folder.jar(entry.jar()))) {
                    bundle = context.installBundle(LOCATION_PREFIX + entry.symbolicName(), in);
                }
                appliedJars.put(entry.symbolicName(), entry.jar());
            } else if (!entry.jar().equals(appliedJars.get(entry.symbolicName()))) {
                try (InputStream in = Files.newInputStream(folder.jar(entry.jar()))) {
                    bundle.update(in);
                }
                changed.add(bundle);
                appliedJars.put(entry.symbolicName(), entry.jar());
                failures.forget(entry.symbolicName());
            }
            wantedBundles.put(bundle, entry);
        }
        refresh.refresh(changed);
        refresh.resolve(wantedBundles.keySet());
        for (Map.Entry<Bundle, Entry> plugin : wantedBundles.entrySet()) {
            if (plugin.getValue().enabled()) {
                start(plugin.getKey());
            }
        }
    }

    Optional<Bundle> bundle(String symbolicName) {
        return Optional.ofNullable(context.getBundle(LOCATION_PREFIX + symbolicName));
    }

    boolean isPlugin(Bundle bundle) {
        return bundle != null && bundle.getLocation().startsWith(LOCATION_PREFIX);
    }

    private void start(Bundle bundle) {
        if (bundle.getState() == Bundle.ACTIVE) {
            return;
        }
        try {
            bundle.start();
            failures.started(bundle.getSymbolicName());
        } catch (BundleException | IllegalStateException | SecurityException e) {
            failures.startFailed(bundle.getSymbolicName(), e);
        }
    }

    private static void stop(Bundle bundle) {
        try {
            bundle.stop();
        } catch (BundleException | IllegalStateException e) {
            // a plugin that throws while stopping is stopped all the same
        }
    }

    private Map<String, Bundle> pluginBundles() {
        Map<String, Bundle> plugins = new LinkedHashMap<>();
        for (Bundle bundle : context.getBundles()) {
            if (isPlugin(bundle)) {
                plugins.put(bundle.getLocation().substring(LOCATION_PREFIX.length()), bundle);
            }
        }
        return plugins;
    }
}
