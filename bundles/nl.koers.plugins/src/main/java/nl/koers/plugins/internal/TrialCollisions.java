package nl.koers.plugins.internal;

import java.util.Collection;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleException;
import org.osgi.framework.hooks.bundle.CollisionHook;

/**
 * Lets a trial install a bundle with the same symbolic name and version as one already installed (the check
 * before an update of the same version); at any other time the framework's usual rule holds.
 */
final class TrialCollisions implements CollisionHook {
    private final ThreadLocal<Boolean> trialRunning = ThreadLocal.withInitial(() -> Boolean.FALSE);

    interface Install {
        Bundle run() throws BundleException;
    }

    Bundle allowing(Install install) throws BundleException {
        trialRunning.set(Boolean.TRUE);
        try {
            return install.run();
        } finally {
            trialRunning.remove();
        }
    }

    @Override
    public void filterCollisions(int operationType, Bundle target, Collection<Bundle> collisionCandidates) {
        if (operationType == INSTALLING && trialRunning.get()) {
            collisionCandidates.clear();
        }
    }
}
