package nl.koers.plugins.internal;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleEvent;
import org.osgi.framework.Constants;
import org.osgi.framework.ServiceEvent;
import org.osgi.framework.ServiceReference;
import org.osgi.framework.SynchronousBundleListener;
import org.osgi.framework.hooks.service.EventListenerHook;
import org.osgi.framework.hooks.service.FindHook;
import org.osgi.framework.hooks.service.ListenerHook.ListenerInfo;

/**
 * The service registry as a guest sees it, and as Koers sees a guest. A plugin can set any service property it
 * likes, so what counts is who registered a service: a guest is a bundle the plugin manager installed (or a trial
 * of one), or a bundle that a guest installed. Koers's own bundles never see a guest's registration of a core
 * service (the store's, the document's, the renderer's, the plugin manager's, the log's, a face), so a plugin with
 * a higher ranking binds nothing; a guest's whiteboard services (instruments, screens, printables, commands) stay
 * visible. A guest does not see the services that change Koers itself: the plugin manager, the store's services,
 * the component runtime, and Koers's own commands (among them {@code plugins}). A trial's services are seen by the
 * plugin manager alone.
 */
final class ServiceBoundary implements FindHook, EventListenerHook, SynchronousBundleListener {
    /** Koers's service interfaces a guest may provide: the whiteboard of the instrument API. */
    private static final String WHITEBOARD = "nl.koers.instrument.api";
    /** Services of the framework's own bundles that the core binds one of. */
    private static final List<String> CORE_FRAMEWORK_SERVICES = List.of("org.osgi.service.log.",
            "org.osgi.service.component.", "org.osgi.framework.hooks.", "org.osgi.service.cm.");
    /** What a guest must not reach: it would let it change Koers, its plugins or its files. */
    private static final List<String> PRIVATE_SERVICES = List.of("nl.koers.plugins.", "nl.koers.store.",
            "org.osgi.service.component.runtime.", "org.osgi.service.cm.");
    private static final String COMMAND = "nl.koers.instrument.api.command.Command";
    /** The properties of a face the launcher runs, and of a console command. */
    private static final List<String> FACE_PROPERTIES = List.of("koers.face", "main.thread", "osgi.command.scope");

    private final Set<Long> installedByGuests = ConcurrentHashMap.newKeySet();
    /** The plugin manager: the only one that sees a trial's services, to read the ids they take. */
    private final Bundle manager;

    ServiceBoundary(Bundle manager) {
        this.manager = manager;
    }

    /** A bundle of a plugin: installed by the plugin manager as one, as a trial, or by another guest. */
    boolean isGuest(Bundle bundle) {
        if (bundle == null) {
            return false;
        }
        String location = bundle.getLocation();
        return location.startsWith(FrameworkSync.LOCATION_PREFIX) || location.startsWith(TrialInstall.LOCATION_PREFIX)
                || installedByGuests.contains(bundle.getBundleId());
    }

    @Override
    public void bundleChanged(BundleEvent event) {
        if (event.getType() == BundleEvent.INSTALLED && isGuest(event.getOrigin())) {
            installedByGuests.add(event.getBundle().getBundleId());
        } else if (event.getType() == BundleEvent.UNINSTALLED) {
            installedByGuests.remove(event.getBundle().getBundleId());
        }
    }

    @Override
    public void find(BundleContext context, String name, String filter, boolean allServices,
            Collection<ServiceReference<?>> references) {
        Bundle asking = bundleOf(context);
        if (asking != null) {
            references.removeIf(reference -> hidden(asking, reference));
        }
    }

    @Override
    public void event(ServiceEvent event, Map<BundleContext, Collection<ListenerInfo>> listeners) {
        ServiceReference<?> reference = event.getServiceReference();
        listeners.keySet().removeIf(context -> {
            Bundle listening = bundleOf(context);
            return listening != null && hidden(listening, reference);
        });
    }

    /** Whether {@code asking} must not see this registration. */
    boolean hidden(Bundle asking, ServiceReference<?> reference) {
        Bundle registrant = reference.getBundle();
        if (registrant == null || registrant.equals(asking)) {
            return false;
        }
        if (registrant.getLocation().startsWith(TrialInstall.LOCATION_PREFIX)) {
            return !asking.equals(manager); // a trial runs only to be checked: no window or command binds it
        }
        boolean guestAsks = isGuest(asking);
        boolean guestRegistered = isGuest(registrant);
        if (!guestAsks && guestRegistered) {
            return isCoreService(reference);
        }
        if (guestAsks && !guestRegistered) {
            return isPrivate(reference);
        }
        return false;
    }

    private static boolean isCoreService(ServiceReference<?> reference) {
        for (String type : objectClasses(reference)) {
            if (type.startsWith("nl.koers.") && !type.startsWith(WHITEBOARD + ".")
                    || CORE_FRAMEWORK_SERVICES.stream().anyMatch(type::startsWith)) {
                return true;
            }
        }
        return FACE_PROPERTIES.stream().anyMatch(p -> reference.getProperty(p) != null);
    }

    private static boolean isPrivate(ServiceReference<?> reference) {
        for (String type : objectClasses(reference)) {
            if (type.equals(COMMAND) || PRIVATE_SERVICES.stream().anyMatch(type::startsWith)) {
                return true;
            }
        }
        return FACE_PROPERTIES.stream().anyMatch(p -> reference.getProperty(p) != null);
    }

    private static String[] objectClasses(ServiceReference<?> reference) {
        return reference.getProperty(Constants.OBJECTCLASS) instanceof String[] types ? types : new String[0];
    }

    private static Bundle bundleOf(BundleContext context) {
        try {
            return context.getBundle();
        } catch (IllegalStateException e) {
            return null; // a context that is no longer valid asks for nothing
        }
    }
}
