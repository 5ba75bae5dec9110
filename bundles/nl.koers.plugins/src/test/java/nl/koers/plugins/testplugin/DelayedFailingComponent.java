package nl.koers.plugins.testplugin;

/**
 * A broken plugin on purpose: a delayed component (a service, as an instrument is) that throws only when someone
 * first uses it, as the window does with an instrument. A command never uses it.
 */
public final class DelayedFailingComponent implements Runnable {
    public void activate() {
        throw new IllegalArgumentException("dienst weigert te activeren");
    }

    @Override
    public void run() {
        // never reached
    }
}
