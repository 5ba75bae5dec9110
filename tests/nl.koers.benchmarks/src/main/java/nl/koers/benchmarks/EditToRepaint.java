package nl.koers.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

import nl.koers.benchmarks.EditSteps.EditStep;
import nl.koers.document.Document;
import nl.koers.document.Documents;
import nl.koers.domain.Dossier;
import nl.koers.instrument.api.swt.testing.Robot;
import nl.koers.instrument.api.swt.testing.SessionContext;

/**
 * From one edit to the repaint, on the instruments' real screens in a real window on a real document (as the test
 * kit's step window, but with only the step measured built: the others would only add to the wait): a key posted to
 * the display as a user types it, then Enter; or an edit through the document from another thread. Timed until the
 * document holds the edit, what the step works out off the UI thread for it has landed, the display has nothing
 * queued, and the window has painted.
 */
final class EditToRepaint {
    private static final long NO_KEYS_NANOS = 3_000_000_000L;
    private static final int RUNS = 5;
    private static final long SLOW_NANOS = 2_000_000_000L;
    private static final long BUDGET_NANOS = 10_000_000_000L;
    private static final long SETTLE_NANOS = 120_000_000_000L;

    private final Display display = Display.getDefault();
    private final boolean quick;
    private Dossier before;
    private Shell shell;
    private Document document;
    private SessionContext context;
    private Composite page;

    EditToRepaint(boolean quick) {
        this.quick = quick;
    }

    void run(Dossier dossier, Set<String> skip, Report out) throws Exception {
        for (EditStep step : EditSteps.all()) {
            if (skip.contains(step.key())) {
                continue;
            }
            out.start(step.key());
            open(step, dossier);
            try {
                out.start(step.key()); // reached: the edits have a time limit of their own
                out.result(step.key(), measure(step, out));
            } finally {
                close();
            }
        }
    }

    private void open(EditStep step, Dossier dossier) {
        shell = new Shell(display);
        shell.setBounds(0, 0, 1280, 960);
        shell.setLayout(new FillLayout());
        document = Documents.detached(dossier);
        context = new SessionContext(display, document, Locale.of("nl"), false);
        page = new Composite(shell, SWT.NONE);
        step.screens().get().createStep(step.step(), page, context.forScreen(page));
        shell.open();
        shell.layout(true, true);
        shell.forceActive();
        settle();
        if (step.tab() != null) {
            CTabFolder tabs = new Robot(display, shell, step.prefix()).find(step.tab().folder());
            tabs.setSelection(step.tab().index());
            settle();
        }
    }

    /**
     * Until the step's first draw is done, its background work too: an edit is timed on a step that shows what it
     * has, not one still drawing itself for the first time (at 200 partners the bring-get figure takes seconds).
     */
    private void settle() {
        long start = System.nanoTime();
        while (System.nanoTime() - start < SETTLE_NANOS) {
            if (!display.readAndDispatch()) {
                if (context.idle() && !display.readAndDispatch()) {
                    return;
                }
                try {
                    Thread.sleep(1);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    private void close() {
        shell.dispose();
        context.close();
        document.close();
        spin();
    }

    private void spin() {
        while (display.readAndDispatch()) {
            // run what is queued
        }
    }

    private Dossier shown() {
        return context.session().dossier();
    }

    private double measure(EditStep step, Report out) throws InterruptedException {
        Robot robot = new Robot(display, shell, step.prefix());
        Text field = step.field() == null ? null : robot.find(step.field());
        if (step.hover() != null) {
            mouseOn(robot.find(step.hover()));
        }
        long first = edit(step, field, 0, out);
        if (quick || first > SLOW_NANOS) {
            return first / 1e6; // an edit that takes seconds is its own warm-up
        }
        List<Long> runs = new ArrayList<>();
        long spent = 0;
        for (int k = 1; k <= RUNS && (k < 2 || spent < BUDGET_NANOS); k++) {
            long t = edit(step, field, k, out);
            runs.add(t);
            spent += t;
        }
        return Sampler.median(runs) / 1e6;
    }

    private long edit(EditStep step, Text field, int k, Report out) throws InterruptedException {
        return field == null ? throughDocument(step, k) : typed(step, field, out);
    }

    private long typed(EditStep step, Text field, Report out) throws InterruptedException {
        field.setFocus();
        field.setSelection(field.getText().length());
        spin();
        String was = field.getText();
        before = shown();
        long start = System.nanoTime();
        key('e', 0);
        long keysSent = System.nanoTime();
        boolean multi = (field.getStyle() & SWT.MULTI) != 0;
        boolean keysArrived = false;
        while (!keysArrived) {
            if (!display.readAndDispatch()) {
                keysArrived = !field.getText().equals(was);
                if (!keysArrived && System.nanoTime() - keysSent > NO_KEYS_NANOS) {
                    // no keyboard focus on this display: the same edit as the field's own listeners receive it
                    out.note(step.key(), "keys");
                    field.insert("e");
                    start = System.nanoTime();
                    field.notifyListeners(multi ? SWT.FocusOut : SWT.DefaultSelection, new Event());
                    return untilRepainted(start);
                }
                Thread.sleep(1);
            }
        }
        // the commit key: Enter in a one-line field, Ctrl+Enter in a field of several lines
        key(SWT.CR, multi ? SWT.CTRL : 0);
        return untilRepainted(start);
    }

    private long throughDocument(EditStep step, int k) throws InterruptedException {
        before = shown();
        var edit = step.edit().apply(before, k);
        long start = System.nanoTime();
        Thread elsewhere = new Thread(() -> document.apply(edit).join(), "benchmark-edit");
        elsewhere.start();
        return step.hover() == null ? untilRepainted(start) : withMouseOn();
    }

    /**
     * {@return the longest the display's thread was busy in one go (nanoseconds) while the edit lands with the mouse
     * resting on the step's hover control, and then while the mouse leaves it and comes back} Both are when a
     * choice takes the newest items.
     */
    private long withMouseOn() throws InterruptedException {
        long landing = longestStall();
        Point on = display.getCursorLocation();
        movePointer(1, 1);
        settle();
        movePointer(on.x, on.y);
        return Math.max(landing, longestStall());
    }

    /**
     * {@return the longest the display's thread was busy in one go (nanoseconds), from the edit until it reached the
     * document, the step's analyses off the UI thread landed and the display has nothing queued} What the window
     * froze for: an analysis lands after the repaint that {@link #untilRepainted} times.
     */
    private long longestStall() throws InterruptedException {
        long longest = 0;
        while (true) {
            boolean landed = shown() != before && context.idle();
            long start = System.nanoTime();
            boolean busy = display.readAndDispatch();
            longest = Math.max(longest, System.nanoTime() - start);
            if (!busy) {
                if (landed) {
                    return longest;
                }
                Thread.sleep(0, 100_000);
            }
        }
    }

    /**
     * Nanoseconds from {@code start} to the moment the edit is on screen: the document holds it, the step's work off
     * the UI thread for it has landed, the display has nothing queued, and the window has painted what changed. The
     * paints are flushed, not waited for: GTK paints a label's new words without an SWT paint event, so waiting for
     * one timed whatever painted next (a blinking caret 400 ms later).
     */
    private long untilRepainted(long start) throws InterruptedException {
        while (true) {
            if (display.readAndDispatch()) {
                continue;
            }
            if (shown() != before && context.idle() && !display.readAndDispatch()) {
                shell.update();
                return System.nanoTime() - start;
            }
            Thread.sleep(0, 100_000);
        }
    }

    /** Rests the mouse on {@code c}, at the top of its scrolling view, as a facilitator does before choosing. */
    private void mouseOn(Control c) {
        for (Control p = c.getParent(); p != null; p = p.getParent()) {
            if (p instanceof ScrolledComposite scrolled) {
                Point at = display.map(c.getParent(), scrolled.getContent(), c.getLocation());
                scrolled.setOrigin(0, Math.max(0, at.y - c.getSize().y));
            }
        }
        spin();
        Point centre = c.toDisplay(c.getSize().x / 2, c.getSize().y / 2);
        movePointer(centre.x, centre.y);
        settle();
    }

    /** Moves the mouse to {@code x, y} on the display, as a hand does. */
    private void movePointer(int x, int y) {
        Event e = new Event();
        e.type = SWT.MouseMove;
        e.x = x;
        e.y = y;
        display.post(e);
    }

    private void key(int key, int modifier) {
        if (modifier != 0) {
            post(SWT.KeyDown, modifier, 0);
        }
        post(SWT.KeyDown, key, (char) key);
        post(SWT.KeyUp, key, (char) key);
        if (modifier != 0) {
            post(SWT.KeyUp, modifier, 0);
        }
    }

    private void post(int type, int keyCode, int character) {
        Event e = new Event();
        e.type = type;
        e.keyCode = keyCode;
        e.character = (char) character;
        display.post(e);
    }

}
