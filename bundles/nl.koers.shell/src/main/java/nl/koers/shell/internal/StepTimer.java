package nl.koers.shell.internal;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.RowData;
import org.eclipse.swt.layout.RowLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Spinner;

import nl.koers.domain.PlanItem;
import nl.koers.domain.Texts;

/**
 * The facilitator's step timer: set the minutes, start, pause, reset. It counts down on the UI thread with
 * {@code timerExec} (nothing to wait for, so no thread of its own). When the time is up it turns red and beeps
 * once: the facilitator is talking to the room, not looking at the screen.
 */
final class StepTimer {
    private final Display display;
    private final Texts texts;
    private final Spinner minutes;
    private final Label remaining;
    /** The time left for the whole session, when the step is in the plan the timer follows. */
    private final Label session;
    private final Button startPause;
    private final Runnable tick = this::tick;
    private long remainingMillis;
    private long lastTick;
    private boolean running;
    /** How the end is heard; tests count it. */
    private Runnable timeUp;
    private Runnable shownListener = () -> {
    };

    StepTimer(Composite parent, Texts texts) {
        this.display = parent.getDisplay();
        this.texts = texts;
        this.timeUp = display::beep;
        Composite row = new Composite(parent, SWT.NONE);
        RowLayout layout = new RowLayout();
        layout.center = true;
        row.setLayout(layout);
        new Label(row, SWT.NONE).setText(texts.get("timer.minutes"));
        minutes = new Spinner(row, SWT.BORDER);
        minutes.setData(Ids.KEY, "timer.minutes");
        minutes.setValues(10, 1, PlanItem.MAX_MINUTES, 0, 1, 5);
        remaining = new Label(row, SWT.NONE);
        remaining.setData(Ids.KEY, "timer.remaining");
        remaining.setLayoutData(new RowData(70, SWT.DEFAULT));
        startPause = new Button(row, SWT.PUSH);
        startPause.setData(Ids.KEY, "timer.startPause");
        startPause.addListener(SWT.Selection, e -> toggle());
        Button reset = new Button(row, SWT.PUSH);
        reset.setData(Ids.KEY, "timer.reset");
        reset.setText(texts.get("timer.reset"));
        reset.addListener(SWT.Selection, e -> reset());
        session = new Label(row, SWT.NONE);
        session.setData(Ids.KEY, "timer.session");
        minutes.addListener(SWT.Selection, e -> {
            if (!running) {
                reset();
            }
        });
        row.addDisposeListener(e -> display.timerExec(-1, tick));
        reset();
    }

    /** The time left in {@code font}: large in projector mode, so the room can see it too. */
    void setFont(org.eclipse.swt.graphics.Font font) {
        remaining.setFont(font);
        remaining.setLayoutData(new RowData(SWT.DEFAULT, SWT.DEFAULT));
        remaining.getParent().layout();
    }

    /**
     * With {@code controls} false only the time left shows: the minutes, start and reset are the facilitator's,
     * and on the wall they are noise. {@code font} is the size of the time left. The caller lays the header out
     * after: laying it out here too cost every click of Volgende and Vorige a second pass.
     */
    void fold(boolean controls, org.eclipse.swt.graphics.Font font) {
        Composite row = remaining.getParent();
        for (var child : row.getChildren()) {
            if (child != remaining && child.getVisible() != controls) {
                child.setVisible(controls);
                RowData data = new RowData();
                data.exclude = !controls;
                child.setLayoutData(data);
            }
        }
        if (remaining.getFont() != font) {
            remaining.setFont(font);
        }
    }

    /**
     * Starts the step with a session plan's minutes: a stopped timer waits with them, a running one runs on with
     * them, as the session flows from one step into the next.
     */
    void plan(int planned) {
        boolean wasRunning = running;
        minutes.setSelection(Math.max(1, planned));
        reset();
        if (wasRunning) {
            toggle();
        }
    }

    /** Shows how much time the session has left beside the step's; empty shows nothing. */
    void showSession(String text) {
        if (!session.getText().equals(text)) {
            session.setText(text);
            session.getParent().layout();
        }
    }

    String session() {
        return session.getText();
    }

    /** The time left as it is shown, for whoever shows it elsewhere too (the room's window). */
    String shown() {
        return remaining.getText();
    }

    /** Hears each change of what the time left shows: a second passed, the time is up, it was reset. */
    void onShow(Runnable listener) {
        shownListener = listener;
    }

    boolean running() {
        return running;
    }

    long remainingMillis() {
        return remainingMillis;
    }

    void toggle() {
        running = !running;
        if (running) {
            lastTick = System.nanoTime();
            display.timerExec(250, tick);
        } else {
            display.timerExec(-1, tick);
        }
        show();
    }

    /** Counts down {@code millis} instead of the minutes set, and tells the end to {@code signal}: for tests. */
    void runFor(long millis, Runnable signal) {
        reset();
        remainingMillis = millis;
        timeUp = signal;
        toggle();
    }

    void reset() {
        running = false;
        display.timerExec(-1, tick);
        remainingMillis = minutes.getSelection() * 60_000L;
        show();
    }

    private void tick() {
        if (!running || remaining.isDisposed()) {
            return;
        }
        long now = System.nanoTime();
        remainingMillis = Math.max(0, remainingMillis - (now - lastTick) / 1_000_000);
        lastTick = now;
        if (remainingMillis == 0) {
            running = false;
            timeUp.run();
        } else {
            display.timerExec(250, tick);
        }
        show();
    }

    private void show() {
        long seconds = (remainingMillis + 999) / 1000;
        remaining.setText(String.format("%d:%02d", seconds / 60, seconds % 60));
        boolean up = remainingMillis == 0;
        remaining.setForeground(display.getSystemColor(up ? SWT.COLOR_WHITE : SWT.COLOR_WIDGET_FOREGROUND));
        remaining.setBackground(up ? display.getSystemColor(SWT.COLOR_RED) : null);
        startPause.setText(texts.get(running ? "timer.pause" : "timer.start"));
        startPause.getParent().layout();
        shownListener.run();
    }
}
