package nl.koers.plugins.internal;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.osgi.framework.Bundle;
import org.osgi.service.component.runtime.ServiceComponentRuntime;
import org.osgi.service.component.runtime.dto.ComponentConfigurationDTO;
import org.osgi.service.component.runtime.dto.ComponentDescriptionDTO;
import org.osgi.service.log.Logger;

/**
 * Why a plugin failed, from three sources: its bundle threw while starting, one of its components threw while
 * activating (Declarative Services records it, and logs it itself), or the workbench reported that its code threw.
 * The first and the last also go to the OSGi log, with their stack traces.
 */
final class Failures {
    private final ServiceComponentRuntime components;
    private final Logger log;
    private final Map<String, String> startErrors = new ConcurrentHashMap<>();
    private final Map<Long, String> reported = new ConcurrentHashMap<>();

    Failures(ServiceComponentRuntime components, Logger log) {
        this.components = components;
        this.log = log;
    }

    void startFailed(String symbolicName, Throwable error) {
        startErrors.put(symbolicName, describe(error));
        log.error("{}", "plugin " + symbolicName + " did not start", error);
    }

    void started(String symbolicName) {
        startErrors.remove(symbolicName);
    }

    void reported(long bundleId, String what, Throwable error) {
        reported.put(bundleId, what + ": " + describe(error));
        log.error("{}", "plugin bundle " + bundleId + " failed in " + what, error);
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
