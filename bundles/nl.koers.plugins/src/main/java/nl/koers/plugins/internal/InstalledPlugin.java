package nl.koers.plugins.internal;

import java.util.List;
import java.util.Optional;

import org.osgi.framework.Bundle;

import nl.koers.plugins.Plugin;
import nl.koers.plugins.Signature;
import nl.koers.plugins.internal.Snapshot.Entry;

/**
 * How an installed plugin reads for the consultant: its name, vendor and version, whether it runs, is disabled or
 * failed (and why), its signature and its instruments, from its entry in the generation and its bundle, if any.
 */
final class InstalledPlugin {
    private final PluginFolder folder;
    private final FrameworkSync sync;
    private final Examination examination;
    private final Failures failures;
    private final boolean safeMode;

    InstalledPlugin(PluginFolder folder, FrameworkSync sync, Examination examination, Failures failures,
            boolean safeMode) {
        this.folder = folder;
        this.sync = sync;
        this.examination = examination;
        this.failures = failures;
        this.safeMode = safeMode;
    }

    /** {@return the plugin of {@code entry}, as it is now in the framework} */
    Plugin of(Entry entry) {
        Optional<Bundle> bundle = sync.bundle(entry.symbolicName());
        Signature signature = examination.signatureOf(folder.jar(entry.jar()));
        if (bundle.isEmpty()) {
            Plugin.State state = !entry.enabled() ? Plugin.State.DISABLED : Plugin.State.FAILED;
            String why = failures.kept(entry.symbolicName()).orElse(safeMode ? "not started: safe mode" : "not installed");
            return new Plugin(entry.symbolicName(), null, null, entry.version(), state, entry.enabled() ? why : "",
                    signature, List.of(), -1);
        }
        Bundle b = bundle.get();
        Plugin.State state = Plugin.State.ACTIVE;
        String error = "";
        if (!entry.enabled()) {
            state = Plugin.State.DISABLED;
        } else {
            Optional<String> failure = failures.of(b);
            if (failure.isPresent()) {
                state = Plugin.State.FAILED;
                error = failure.get();
            }
        }
        return new Plugin(entry.symbolicName(), b.getHeaders().get("Bundle-Name"), b.getHeaders().get("Bundle-Vendor"),
                entry.version(), state, error, signature,
                TrialInstall.instrumentIds(b.adapt(org.osgi.framework.wiring.BundleRevision.class)), b.getBundleId());
    }
}
