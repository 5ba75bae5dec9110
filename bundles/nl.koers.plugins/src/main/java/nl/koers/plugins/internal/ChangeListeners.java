package nl.koers.plugins.internal;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Who wants to hear that the plugins changed: each is told in turn, also when one before it fails. */
final class ChangeListeners {
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();

    /** {@return what stops telling {@code listener}} */
    AutoCloseable add(Runnable listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    void tell() {
        for (Runnable listener : listeners) {
            try {
                listener.run();
            } catch (RuntimeException e) {
                // a listener's failure is its own; the others are still told
            }
        }
    }
}
