package nl.koers.instrument.api.swt.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.FontData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;

import nl.koers.document.Document;
import nl.koers.document.DocumentView;
import nl.koers.domain.Dossier;
import nl.koers.domain.edit.Edit;
import nl.koers.instrument.api.settings.PluginSettings;
import nl.koers.instrument.api.swt.WorkContext;

/**
 * A real work context, as the workbench's: edits go to a real document (seen through a {@link DocumentView} on the
 * display's thread, as in the window), listeners hear every change (edit, undo, redo, and an edit made on another
 * thread once it reaches the display) until their screen is disposed. For UI tests of instrument screens: the fonts
 * are the system font, larger for the projector; the plugin's settings are kept in memory, so a test stores what
 * the settings page would before it builds a screen; {@link #close()} frees the fonts and stops the background
 * thread.
 */
public final class SessionContext implements WorkContext {
    /** The name of the background thread, so a test can see where work ran. */
    public static final String BACKGROUND = "koers-test-background";

    private final DocumentView session;
    private final Locale locale;
    private final boolean projector;
    private final Font body;
    private final Font heading;
    private final List<Runnable> listeners = new ArrayList<>();
    private final Runnable hear = () -> List.copyOf(listeners).forEach(Runnable::run);
    private final ExecutorService thread = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, BACKGROUND);
        t.setDaemon(true);
        return t;
    });
    /** Tasks given to the background thread and not yet done: a robot waits for them (see {@link #idle()}). */
    private final AtomicInteger pending = new AtomicInteger();
    private final Executor background = task -> {
        pending.incrementAndGet();
        thread.execute(() -> {
            try {
                task.run();
            } finally {
                pending.decrementAndGet();
            }
        });
    };
    private final PluginSettings settings = new MemorySettings();
    private int step = -1;
    private boolean ownClock;

    /**
     * A context on {@code document}, which it does not close: the test owns it.
     *
     * @param display the display the screens run on: changes reach listeners on its thread
     * @param document the dossier document, e.g. {@code Documents.detached(dossier)}
     * @param locale the language of the screens
     * @param projector whether the screens are in projector mode (larger fonts)
     */
    public SessionContext(Display display, Document document, Locale locale, boolean projector) {
        this.session = new DocumentView(document, display::asyncExec, () -> Display.getCurrent() == display);
        this.locale = locale;
        this.projector = projector;
        FontData base = display.getSystemFont().getFontData()[0];
        int size = base.getHeight();
        body = new Font(display, base.getName(), projector ? size * 2 : size + 1, SWT.NORMAL);
        heading = new Font(display, base.getName(), projector ? size * 2 + 6 : size + 4, SWT.BOLD);
        session.onChange(hear);
    }

    /** {@return the document as the screens see it: what a test checks, and where it undoes} */
    public DocumentView session() {
        return session;
    }

    /** Stops listening, frees the fonts and stops the background thread. */
    public void close() {
        session.close();
        body.dispose();
        heading.dispose();
        thread.shutdownNow();
    }

    /**
     * {@return a context for one screen: its listeners go when the screen goes, as in the workbench}
     *
     * @param page the screen's composite
     */
    public WorkContext forScreen(Composite page) {
        List<Runnable> mine = new ArrayList<>();
        page.addDisposeListener(e -> listeners.removeAll(mine));
        SessionContext outer = this;
        return new WorkContext() {
            @Override
            public Locale locale() {
                return outer.locale();
            }

            @Override
            public Dossier dossier() {
                return outer.dossier();
            }

            @Override
            public void apply(Edit edit) {
                outer.apply(edit);
            }

            @Override
            public void onChange(Runnable listener) {
                mine.add(listener);
                listeners.add(listener);
            }

            @Override
            public boolean projector() {
                return projector;
            }

            @Override
            public Font font() {
                return body;
            }

            @Override
            public Font headingFont() {
                return heading;
            }

            @Override
            public void goToStep(int step) {
                SessionContext.this.step = step;
            }

            @Override
            public Executor background() {
                return background;
            }

            @Override
            public PluginSettings settings() {
                return settings;
            }

            @Override
            public void ownClock(boolean running) {
                outer.ownClock(running);
            }
        };
    }

    /**
     * {@return whether the background thread has nothing left to do} What it did has then reached the display's
     * queue: a robot runs that queue until both are quiet.
     */
    public boolean idle() {
        return pending.get() == 0;
    }

    /**
     * Holds the background thread until the returned handle is closed, so a test can see what a screen does on the
     * UI thread alone; returns once the thread is held.
     *
     * @return closing it lets the background thread go on
     * @since 2.3
     */
    public AutoCloseable holdBackground() {
        CountDownLatch held = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        background.execute(() -> {
            held.countDown();
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        try {
            held.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return release::countDown;
    }

    /** {@return whether a screen said last that a clock of its own runs} (see {@link WorkContext#ownClock}) */
    public boolean ownClockRunning() {
        return ownClock;
    }

    /** {@return the step a screen last asked to go to, -1 before any (or since {@link #forgetStep()})} */
    public int lastStep() {
        return step;
    }

    /** Forgets the step asked for, so a test can see that the next action asks again. */
    public void forgetStep() {
        step = -1;
    }

    @Override
    public Locale locale() {
        return locale;
    }

    @Override
    public Dossier dossier() {
        return session.dossier();
    }

    @Override
    public void apply(Edit edit) {
        session.apply(edit);
    }

    @Override
    public void onChange(Runnable listener) {
        listeners.add(listener);
    }

    @Override
    public boolean projector() {
        return projector;
    }

    @Override
    public Font font() {
        return body;
    }

    @Override
    public Font headingFont() {
        return heading;
    }

    @Override
    public void goToStep(int step) {
        SessionContext.this.step = step;
    }

    /** Keeps what the screen said, for {@link #ownClockRunning()}: the workbench would fold its step timer. */
    @Override
    public void ownClock(boolean running) {
        ownClock = running;
    }

    @Override
    public Executor background() {
        return background;
    }

    /** The plugin's settings, in memory: every screen of this context reads and stores the same. */
    @Override
    public PluginSettings settings() {
        return settings;
    }
}
