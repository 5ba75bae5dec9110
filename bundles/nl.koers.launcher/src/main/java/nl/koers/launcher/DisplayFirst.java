package nl.koers.launcher;

import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * With SWT on the class path ({@link ClassPathToolkit}): the framework boots on a thread of its own while the calling
 * thread, the JVM's main thread (which SWT needs), opens the window's display. Loading SWT's native library and
 * connecting to the screen then overlap the framework's set-up instead of waiting for it.
 */
final class DisplayFirst {
    /** The framework's start, as the launcher would call it. */
    interface Boot {
        KoersFramework start() throws LaunchProblem;
    }

    private final boolean on;
    private final StartupTrace trace;
    private Optional<Throwable> problem = Optional.empty();

    /** @param on true when the window is to open and SWT is on the class path; otherwise {@link #boot} only boots */
    DisplayFirst(boolean on, StartupTrace trace) {
        this.on = on;
        this.trace = trace;
    }

    /** Boots the framework, opening the display meanwhile when this is on. */
    KoersFramework boot(Boot boot) throws LaunchProblem {
        if (!on) {
            return boot.start();
        }
        FutureTask<KoersFramework> booting = new FutureTask<>(boot::start);
        Thread booter = new Thread(booting, "koers-boot");
        booter.setDaemon(true);
        booter.start();
        problem = EarlyDisplay.openFromClassPath(trace);
        try {
            return booting.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            switch (e.getCause()) {
                case LaunchProblem launchProblem -> throw launchProblem;
                case RuntimeException runtime -> throw runtime;
                case Error error -> throw error;
                default -> throw new IllegalStateException(e.getCause());
            }
        }
    }

    /** True when {@link #boot} opened the display (or tried): then {@link #problem()} says whether it failed. */
    boolean opened() {
        return on;
    }

    /** Why the display could not be opened, if it could not: the first-hand error. */
    Optional<Throwable> problem() {
        return problem;
    }
}
