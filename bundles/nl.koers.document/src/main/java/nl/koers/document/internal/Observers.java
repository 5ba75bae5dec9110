package nl.koers.document.internal;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

import nl.koers.document.observer.DossierObserver;
import nl.koers.domain.Dossier;

/**
 * The observers of opens and saves (a whiteboard), told on threads of their own so an observer never holds up a
 * document: each call is guarded, and one past its time is interrupted. An observer whose last call has not ended
 * is skipped, so one that never returns holds at most one thread.
 */
final class Observers implements AutoCloseable {
    private final List<DossierObserver> observers = new CopyOnWriteArrayList<>();
    private final Set<DossierObserver> busy = ConcurrentHashMap.newKeySet();
    private final Duration limit;
    private final BiConsumer<String, Throwable> failures;
    private final ExecutorService calls = Executors.newCachedThreadPool(Work.daemon("koers-dossier-observer"));
    private final ScheduledExecutorService clock = Executors.newSingleThreadScheduledExecutor(
            Work.daemon("koers-dossier-observer-clock"));

    Observers(Duration limit, BiConsumer<String, Throwable> failures) {
        this.limit = limit;
        this.failures = failures;
    }

    void add(DossierObserver observer) {
        observers.add(observer);
    }

    void remove(DossierObserver observer) {
        observers.remove(observer);
    }

    void opened(Path file, Dossier dossier) {
        tell("opened " + file, o -> o.opened(file, dossier));
    }

    void saved(Path file, Dossier dossier) {
        tell("saved " + file, o -> o.saved(file, dossier));
    }

    private void tell(String what, Consumer<DossierObserver> call) {
        for (DossierObserver o : observers) {
            if (!busy.add(o)) {
                failures.accept("dossier observer " + name(o) + " is still busy and did not hear: " + what, null);
                continue;
            }
            AtomicBoolean started = new AtomicBoolean();
            try {
                Future<?> running = calls.submit(() -> {
                    if (!started.compareAndSet(false, true)) {
                        return; // stopped before it began
                    }
                    try {
                        call.accept(o);
                    } catch (RuntimeException | LinkageError e) {
                        failures.accept("dossier observer " + name(o) + " failed on: " + what, e);
                    } finally {
                        busy.remove(o);
                    }
                });
                clock.schedule(() -> {
                    if (running.cancel(true)) {
                        if (started.compareAndSet(false, true)) {
                            busy.remove(o); // it never ran, so nothing of it is left to wait for
                        }
                        failures.accept("dossier observer " + name(o) + " took longer than " + limit.toSeconds()
                                + " s on: " + what + "; interrupted", null);
                    }
                }, limit.toMillis(), TimeUnit.MILLISECONDS);
            } catch (RejectedExecutionException closed) {
                busy.remove(o); // the registry is going: nobody is told any more
            }
        }
    }

    private static String name(DossierObserver o) {
        return o.getClass().getName();
    }

    @Override
    public void close() {
        calls.shutdownNow();
        clock.shutdownNow();
    }
}
