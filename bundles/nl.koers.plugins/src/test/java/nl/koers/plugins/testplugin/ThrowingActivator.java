package nl.koers.plugins.testplugin;

import org.osgi.framework.BundleActivator;
import org.osgi.framework.BundleContext;

/** A broken plugin on purpose: its bundle throws while starting. */
public final class ThrowingActivator implements BundleActivator {
    @Override
    public void start(BundleContext context) {
        throw new IllegalStateException("energie-kaart kan niet starten");
    }

    @Override
    public void stop(BundleContext context) {
        // nothing started
    }
}
