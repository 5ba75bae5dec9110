package nl.koers.plugins.internal;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.osgi.framework.Bundle;
import org.osgi.service.component.runtime.ServiceComponentRuntime;
import org.osgi.service.component.runtime.dto.ComponentConfigurationDTO;
import org.osgi.service.component.runtime.dto.ComponentDescriptionDTO;

/**
 * Why a plugin failed, from three sources: its bundle threw while starting, one of its components threw while
 * activating (Declarative Services records it), or the workbench reported that its code threw.
 */
final class Failures {
    private final ServiceComponentRuntime components;
    private final Map<String, String> startErrors = new ConcurrentHashMap<>();
    private final Map<Long, String> reported = new ConcurrentHashMap<>();

    Failures(ServiceComponentRuntime components) {
        this.components = components;
    }

    void startFailed(String symbolicName, Throwable error) {
        startErrors.put(symbolicName, describe(error));
    }

    void started(String symbolicName) {
        startErrors.remove(symbolicName);
    }

    void reported(long bundleId, String what, Throwable error) {
        reported.put(bundleId, what + ": " + describe(error));
    }

    /** Forgets what went wrong, for a plugin that is updated, enabled again or removed. */
    void forget(String symbolicName, long bundleId) {
        startErrors.remove(symbolicName);
        reported.remove(bundleId);
    }

    /** What went wrong with this plugin bundle, if anything. */
    Optional<String> of(Bundle bundle) {
        String error = startErrors.get(bundle.getSymbolicName());
        if (error == null) {
            error = reported.get(bundle.getBundleId());
        }
        if (error == null) {
            error = componentFailure(bundle);
        }
        if (error == null && bundle.getState() != Bundle.ACTIVE && bundle.getState() != Bundle.STARTING) {
            error = "bundle state " + bundle.getState();
        }
        return Optional.ofNullable(error);
    }

    private String componentFailure(Bundle bundle) {
        for (ComponentDescriptionDTO description : components.getComponentDescriptionDTOs(bundle)) {
            for (ComponentConfigurationDTO configuration : components.getComponentConfigurationDTOs(description)) {
                if (configuration.state == ComponentConfigurationDTO.FAILED_ACTIVATION) {
                    return description.name + ": " + configuration.failure;
                }
            }
        }
        return null;
    }

    /** The error and its causes, one line: what a person needs to tell the plugin's maker. */
    static String describe(Throwable error) {
        StringBuilder text = new StringBuilder();
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (!text.isEmpty()) {
                text.append(" <- ");
            }
            text.append(t.getClass().getSimpleName());
            if (t.getMessage() != null) {
                text.append(": ").append(t.getMessage());
            }
        }
        return text.toString();
    }
}
