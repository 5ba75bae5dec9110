package nl.koers.plugins.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.Constants;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;

import nl.koers.instrument.api.command.Command;
import nl.koers.instrument.api.print.Printable;
import nl.koers.plugins.PluginProblem;
import nl.koers.plugins.PluginProblem.Kind;

/**
 * The command names and printable ids a plugin takes. Unlike an instrument id they are not in the manifest: they
 * are what its services answer, so the trial starts its bundles, asks each service it registered (through the
 * trial's own context, which activates a delayed component) and stops them again. The first bundle installed
 * owns an id; an update of the same plugin keeps its own.
 */
final class ServiceIds {
    /** How long a plugin's service may take to activate and name itself before it counts as nameless. */
    private static final long PATIENCE_MILLIS = 3000;
    private static final String COMMAND = "id.command";
    private static final String PRINTABLE = "id.printable";

    private final BundleContext context;

    ServiceIds(BundleContext context) {
        this.context = context;
    }

    /** One id a service answers: {@code what} is {@code id.command} or {@code id.printable}. */
    private record Id(String what, String id) {
    }

    /** Starts the (resolved) trial bundles and refuses every command name or printable id already owned. */
    List<PluginProblem> refusals(List<Bundle> trials, Set<String> offered) {
        ExecutorService asking = Executors.newCachedThreadPool(ServiceIds::daemon);
        try {
            Map<Id, String> owners = owners(offered, asking);
            List<PluginProblem> refusals = new ArrayList<>();
            for (Bundle trial : trials) {
                if (!started(trial, asking)) {
                    continue;
                }
                ServiceReference<?>[] registered = registered(trial);
                for (ServiceReference<?> reference : registered == null ? new ServiceReference<?>[0] : registered) {
                    for (Id id : ids(trial.getBundleContext(), reference, asking)) {
                        String owner = owners.putIfAbsent(id, trial.getSymbolicName());
                        if (owner != null) {
                            refusals.add(PluginProblem.of(Kind.ID_TAKEN, trial.getSymbolicName() + " " + trial.getVersion(),
                                    id.what(), id.id(), owner));
                        }
                    }
                }
            }
            return refusals;
        } finally {
            trials.forEach(ServiceIds::stop);
            asking.shutdownNow();
        }
    }

    /** The owner of every command name and printable id registered now, the bundle installed first winning. */
    private Map<Id, String> owners(Set<String> offered, ExecutorService asking) {
        List<ServiceReference<?>> references = new ArrayList<>();
        for (Class<?> type : List.of(Command.class, Printable.class)) {
            try {
                ServiceReference<?>[] found = context.getServiceReferences(type.getName(), null);
                references.addAll(found == null ? List.of() : List.of(found));
            } catch (InvalidSyntaxException e) {
                throw new IllegalStateException(e); // no filter: cannot happen
            }
        }
        references.sort(Comparator.comparingLong(r -> r.getBundle() == null ? Long.MAX_VALUE : r.getBundle().getBundleId()));
        Map<Id, String> owners = new HashMap<>();
        for (ServiceReference<?> reference : references) {
            Bundle bundle = reference.getBundle();
            if (bundle == null || bundle.getLocation().startsWith(TrialInstall.LOCATION_PREFIX)
                    || offered.contains(bundle.getSymbolicName())) {
                continue;
            }
            for (Id id : ids(context, reference, asking)) {
                owners.putIfAbsent(id, bundle.getSymbolicName());
            }
        }
        return owners;
    }

    /**
     * What the service answers, asked on another thread: it may be plugin code that throws or hangs; then it names
     * nothing here, and fails where it is used.
     */
    private static List<Id> ids(BundleContext through, ServiceReference<?> reference, ExecutorService asking) {
        List<String> types = List.of(reference.getProperty(Constants.OBJECTCLASS) instanceof String[] t ? t : new String[0]);
        if (!types.contains(Command.class.getName()) && !types.contains(Printable.class.getName())) {
            return List.of();
        }
        Future<List<Id>> answer = asking.submit(() -> {
            Object service = through.getService(reference);
            try {
                List<Id> ids = new ArrayList<>();
                if (service instanceof Command command && types.contains(Command.class.getName())) {
                    ids.add(new Id(COMMAND, command.name()));
                }
                if (service instanceof Printable printable && types.contains(Printable.class.getName())) {
                    ids.add(new Id(PRINTABLE, printable.id()));
                }
                return ids;
            } finally {
                ungetQuietly(through, reference);
            }
        });
        try {
            return answer.get(PATIENCE_MILLIS, TimeUnit.MILLISECONDS).stream().filter(id -> id.id() != null).toList();
        } catch (ExecutionException | TimeoutException e) {
            answer.cancel(true);
            return List.of();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return List.of();
        }
    }

    private static ServiceReference<?>[] registered(Bundle trial) {
        try {
            return trial.getRegisteredServices();
        } catch (IllegalStateException e) {
            return null; // uninstalled meanwhile
        }
    }

    /**
     * Starts a trial for as long as the check takes, on another thread: its activator is plugin code. One that fails
     * or hangs has nothing to check here; the install itself says why it does not start.
     */
    private static boolean started(Bundle trial, ExecutorService asking) {
        Future<?> start = asking.submit(() -> {
            trial.start(Bundle.START_TRANSIENT);
            return null;
        });
        try {
            start.get(PATIENCE_MILLIS, TimeUnit.MILLISECONDS);
            return true;
        } catch (ExecutionException | TimeoutException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static void stop(Bundle trial) {
        try {
            trial.stop(Bundle.STOP_TRANSIENT);
        } catch (BundleException | IllegalStateException e) {
            // uninstalling stops it all the same
        }
    }

    private static void ungetQuietly(BundleContext through, ServiceReference<?> reference) {
        try {
            through.ungetService(reference);
        } catch (IllegalStateException e) {
            // the context is gone: nothing to give back
        }
    }

    private static Thread daemon(Runnable r) {
        Thread thread = new Thread(r, "koers-plugins-trial-ids");
        thread.setDaemon(true);
        return thread;
    }
}
