package nl.koers.plugins.internal;

import java.io.IOException;
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
 * The first and the last also go to the OSGi log, with their stack traces. Each is kept with its time in
 * {@link LastingFailures}, so the plugin stays listed as failed, also after a restart, until it is updated, enabled
 * again or removed.
 */
final class Failures {
    private final ServiceComponentRuntime components;
    private final Logger log;
    private final LastingFailures lasting;
    private final Map<String, String> startErrors = new ConcurrentHashMap<>();
    private final Map<String, String> reported = new ConcurrentHashMap<>();

    Failures(ServiceComponentRuntime components, Logger log, LastingFailures lasting) {
        this.components = components;
        this.log = log;
        this.lasting = lasting;
    }

    /** A plugin bundle that threw while starting. */
    void startFailed(String symbolicName, Throwable error) {
        startErrors.put(symbolicName, describe(error));
        log.error("{}", "plugin " + symbolicName + " did not start", error);
        keep(symbolicName, startErrors.get(symbolicName));
    }

    /** The plugin manager itself could not bring the plugins back: logged, nothing to keep for a plugin. */
    void restoreFailed(String symbolicName, Throwable error) {
        log.error("{}", symbolicName + " could not start the plugins", error);
    }

    void started(String symbolicName) {
        startErrors.remove(symbolicName);
    }

    void reported(Bundle bundle, String what, Throwable error) {
        reported.put(bundle.getSymbolicName(), what + ": " + describe(error));
        log.error("{}", "plugin " + bundle.getSymbolicName() + " (bundle " + bundle.getBundleId() + ") failed in " + what,
                error);
        keep(bundle.getSymbolicName(), reported.get(bundle.getSymbolicName()));
    }

    /** Forgets what went wrong, for a plugin that is updated, enabled again or removed. */
    void forget(String symbolicName) {
        startErrors.remove(symbolicName);
        reported.remove(symbolicName);
        try {
            lasting.forget(symbolicName);
        } catch (IOException e) {
            log.warn("{}", "the failure of plugin " + symbolicName + " could not be forgotten", e);
        }
    }

    /**
     * What went wrong with this plugin bundle, if anything: in this run (a component that failed to activate is
     * kept from now on), or earlier and not yet cleared; with its time when it is kept.
     */
    Optional<String> of(Bundle bundle) {
        String name = bundle.getSymbolicName();
        String error = startErrors.get(name);
        if (error == null) {
            error = reported.get(name);
        }
        if (error == null) {
            error = componentFailure(bundle);
            if (error != null) {
                keep(name, error); // Declarative Services logged it already
            }
        }
        Optional<String> kept = kept(name);
        if (kept.isPresent()) {
            return kept;
        }
        if (error == null && bundle.getState() != Bundle.ACTIVE && bundle.getState() != Bundle.STARTING) {
            error = "bundle state " + bundle.getState();
        }
        return Optional.ofNullable(error);
    }

    /** A failure kept from this run or an earlier one, with its time. */
    Optional<String> kept(String symbolicName) {
        try {
            return lasting.of(symbolicName);
        } catch (IOException e) {
            log.warn("{}", "the failures of the plugins could not be read", e);
            return Optional.empty();
        }
    }

    private void keep(String symbolicName, String reason) {
        try {
            lasting.record(symbolicName, reason);
        } catch (IOException e) {
            log.warn("{}", "the failure of plugin " + symbolicName + " could not be kept: " + reason, e);
        }
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
