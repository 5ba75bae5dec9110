package nl.koers.plugins;

import java.util.List;

/**
 * What the checks found in a plugin file before anything is installed. For a feature archive the names are the
 * feature's, the instrument ids those of all its bundles, and the signature the weakest of its bundles'.
 *
 * @param refusals why it cannot be installed; empty means it can (after trust when the signature is not
 *        {@link Signature.Kind#TRUSTED})
 */
public record Inspection(String symbolicName, String name, String vendor, String version, Signature signature,
        List<String> instrumentIds, List<PluginProblem> refusals) {

    public Inspection {
        instrumentIds = List.copyOf(instrumentIds);
        refusals = List.copyOf(refusals);
    }

    public boolean installable() {
        return refusals.isEmpty();
    }
}
