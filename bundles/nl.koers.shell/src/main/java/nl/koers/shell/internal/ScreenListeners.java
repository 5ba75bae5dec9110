package nl.koers.shell.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.eclipse.swt.widgets.Composite;

/**
 * What an instrument's screens asked to hear of each change of the dossier, by the page that asked: a page that goes,
 * or is about to go, takes its own listeners along at once, before its widgets are disposed.
 */
final class ScreenListeners {
    private final List<Runnable> all = new CopyOnWriteArrayList<>();
    private final Map<Composite, List<Runnable>> byPage = new HashMap<>();
    private final Consumer<Throwable> failures;

    /** @param failures told what a listener threw; that listener is not asked again */
    ScreenListeners(Consumer<Throwable> failures) {
        this.failures = failures;
    }

    void add(Composite page, Runnable listener) {
        all.add(listener);
        byPage.computeIfAbsent(page, p -> new ArrayList<>()).add(listener);
    }

    void removeAll(Composite page) {
        List<Runnable> its = byPage.remove(page);
        if (its != null) {
            all.removeAll(its);
        }
    }

    void clear() {
        all.clear();
        byPage.clear();
    }

    /** Tells every listener of a change, in the order they came. */
    void changed() {
        for (Runnable r : all) {
            try {
                r.run();
            } catch (RuntimeException | LinkageError | OutOfMemoryError | StackOverflowError e) {
                // a screen that fails to redraw must not stop the others, nor the edit that was made
                all.remove(r);
                failures.accept(e);
            }
        }
    }
}
