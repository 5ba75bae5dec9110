package nl.koers.plugins.internal;

import java.util.Collection;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkEvent;
import org.osgi.framework.wiring.FrameworkWiring;

/** Refreshes bundles and waits until the framework says it is done, so the next step sees the new wiring. */
final class FrameworkRefresh {
    private static final long TIMEOUT_SECONDS = 60;

    private final FrameworkWiring wiring;

    FrameworkRefresh(FrameworkWiring wiring) {
        this.wiring = wiring;
    }

    void refresh(Collection<Bundle> bundles) {
        if (bundles.isEmpty()) {
            return;
        }
        CountDownLatch done = new CountDownLatch(1);
        wiring.refreshBundles(bundles, event -> {
            if (event.getType() == FrameworkEvent.PACKAGES_REFRESHED || event.getType() == FrameworkEvent.ERROR) {
                done.countDown();
            }
        });
        try {
            if (!done.await(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                throw new IllegalStateException("the framework did not finish refreshing in " + TIMEOUT_SECONDS + " s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while refreshing", e);
        }
    }

    void resolve(Collection<Bundle> bundles) {
        wiring.resolveBundles(bundles);
    }
}
