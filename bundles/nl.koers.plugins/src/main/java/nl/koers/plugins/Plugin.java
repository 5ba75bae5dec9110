package nl.koers.plugins;

import java.util.List;
import java.util.Objects;

/**
 * One installed plugin bundle.
 *
 * @param name the Bundle-Name, or the symbolic name when there is none
 * @param vendor the Bundle-Vendor, empty when there is none
 * @param error what went wrong when {@link #state()} is {@link State#FAILED}, else empty
 * @param instrumentIds the instruments it declares ({@code koers.instrument} capabilities)
 * @param bundleId the framework's id of its bundle
 */
public record Plugin(String symbolicName, String name, String vendor, String version, State state, String error,
        Signature signature, List<String> instrumentIds, long bundleId) {

    public enum State { ACTIVE, FAILED, DISABLED }

    public Plugin {
        Objects.requireNonNull(symbolicName, "symbolicName");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(signature, "signature");
        name = name == null ? symbolicName : name;
        vendor = vendor == null ? "" : vendor;
        version = version == null ? "" : version;
        error = error == null ? "" : error;
        instrumentIds = List.copyOf(instrumentIds);
    }
}
