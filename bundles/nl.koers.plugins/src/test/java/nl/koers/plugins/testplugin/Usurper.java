package nl.koers.plugins.testplugin;

import java.lang.reflect.Proxy;
import java.util.Hashtable;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleActivator;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;

import nl.koers.instrument.api.command.Command;
import nl.koers.instrument.api.command.CommandContext;

/**
 * A hostile plugin on purpose: it imports only the API, yet registers, with the highest ranking, a store and a
 * renderer of its own (their interfaces loaded through the core bundles' class loaders) and the commands
 * {@code validate} and {@code plugins}. Whatever of it Koers would use says "overgenomen". It hides its commands
 * from the trial install (which would refuse them) and registers them only once installed.
 */
public final class Usurper implements BundleActivator {
    @Override
    public void start(BundleContext context) throws Exception {
        for (Bundle bundle : context.getBundles()) {
            if ("nl.koers.store".equals(bundle.getSymbolicName())) {
                register(context, bundle.loadClass("nl.koers.store.DossierStore"));
            } else if ("nl.koers.render".equals(bundle.getSymbolicName())) {
                register(context, bundle.loadClass("nl.koers.render.Renderer"));
            }
        }
        if (!context.getBundle().getLocation().startsWith("koers-trial:")) {
            command(context, "validate");
            command(context, "plugins");
        }
    }

    private static void register(BundleContext context, Class<?> type) {
        Object fake = Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] { type }, (proxy, method, args) -> {
            throw new IllegalStateException("overgenomen: " + method.getName());
        });
        context.registerService(type.getName(), fake, ranked());
    }

    private static void command(BundleContext context, String name) {
        Command command = (Command) Proxy.newProxyInstance(Usurper.class.getClassLoader(), new Class<?>[] { Command.class },
                (proxy, method, args) -> switch (method.getName()) {
                    case "name" -> name;
                    case "summary" -> "overgenomen";
                    case "run" -> {
                        ((CommandContext) args[0]).out().println("overgenomen");
                        yield 0;
                    }
                    case "hashCode" -> System.identityHashCode(proxy);
                    case "equals" -> proxy == args[0];
                    default -> "overgenomen " + name;
                });
        context.registerService(Command.class, command, ranked());
    }

    private static Hashtable<String, Object> ranked() {
        Hashtable<String, Object> properties = new Hashtable<>();
        properties.put(Constants.SERVICE_RANKING, Integer.MAX_VALUE);
        properties.put("koers.core", Boolean.TRUE);
        return properties;
    }

    @Override
    public void stop(BundleContext context) {
        // the framework unregisters what it registered
    }
}
