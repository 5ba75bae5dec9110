package nl.koers.shell.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.osgi.framework.Bundle;
import org.osgi.framework.ServiceReference;

/**
 * A whiteboard service and the bundle that registered it. Of two services with one id, the bundle installed first
 * (the lower bundle id) owns the id: Koers's own bundles are installed before any plugin, so a plugin cannot take
 * an id from Koers, nor from a plugin installed before it.
 */
record Owned<T>(T service, long bundleId, String bundle) {
    /** Hears of a later service left out: {@code id} belongs to {@code owner}. */
    interface Refusal<T> {
        void left(Owned<T> later, Owned<T> owner, String id);
    }

    /** For a service added without a bundle (a test, a tool): it comes after every bundle, in the order added. */
    static <T> Owned<T> unbundled(T service) {
        return new Owned<>(service, Long.MAX_VALUE, "?");
    }

    static <T> Owned<T> of(T service, ServiceReference<?> reference) {
        Bundle bundle = reference.getBundle();
        return bundle == null ? unbundled(service) : new Owned<>(service, bundle.getBundleId(), bundle.getSymbolicName());
    }

    /**
     * Per id the service of the bundle installed first, in the order of {@code all}; each later one is handed to
     * {@code refused} with its owner. A service whose id cannot be read ({@code id} gives null) is kept: it fails
     * where it is used, with its own error.
     */
    static <T> List<T> firstOwners(Collection<Owned<T>> all, Function<T, String> id, Refusal<T> refused) {
        Map<String, Owned<T>> owners = new LinkedHashMap<>();
        List<T> kept = new ArrayList<>();
        for (Owned<T> owned : all.stream().sorted(Comparator.comparingLong(Owned<T>::bundleId)).toList()) {
            String key = id.apply(owned.service());
            Owned<T> owner = key == null ? null : owners.putIfAbsent(key, owned);
            if (owner != null) {
                refused.left(owned, owner, key);
            }
        }
        for (Owned<T> owned : all) {
            String key = id.apply(owned.service());
            if (key == null || owners.get(key) == owned) {
                kept.add(owned.service());
            }
        }
        return kept;
    }
}
