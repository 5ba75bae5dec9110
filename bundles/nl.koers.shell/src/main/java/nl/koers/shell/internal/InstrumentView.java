package nl.koers.shell.internal;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabFolder2Listener;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

import nl.koers.document.DocumentView;
import nl.koers.domain.Dossier;
import nl.koers.domain.SessionPlan;
import nl.koers.domain.Texts;
import nl.koers.domain.edit.Edit;
import nl.koers.instrument.api.InstrumentDescriptor;
import nl.koers.instrument.api.Step;
import nl.koers.instrument.api.settings.PluginSettings;
import nl.koers.instrument.api.swt.InstrumentScreens;

/**
 * An instrument at work, in a tab of its own: one step at a time with its question and the facilitator's tip,
 * a timer, back and next, and projector mode. What is inside a step is the instrument's; every call into it
 * is guarded, so a screen that fails shows its error and the rest of Koers goes on. In projector mode the room
 * sees the question, the content and one clock; with a second monitor it sees them in a window of its own
 * ({@link RoomView}) and this tab is the facilitator's.
 */
final class InstrumentView {
    private final Texts texts;
    private final InstrumentDescriptor descriptor;
    private final InstrumentScreens screens;
    private final DocumentView session;
    private final Consumer<Edit> edits;
    private final Executor background;
    private final Runnable toggleFullScreen;
    private final Consumer<Throwable> failures;
    private final PluginSettings settings;
    private final Demolition demolition;
    private final CTabItem tab;
    private final CTabFolder2Listener closeButton = CTabFolder2Listener.closeAdapter(e -> {
        if (e.item == tab()) {
            e.doit = false;
            close();
        }
    });
    private final Composite control;
    private final StepHeader header;
    private final Composite stack;
    private final StepFooter footer;
    private final StepPages pages;
    private final ScreenListeners listeners;
    private final Runnable sessionListener = this::changed;
    private final Supplier<List<Rectangle>> monitors;
    /** The timer follows the session plan in use. */
    private final PlanFollower plan;
    /** The pages whose own clock runs now (a speaking clock): while one is in view, the step timer folds. */
    private final Set<Composite> clocking = new HashSet<>();
    private final StepTimer timer;
    private boolean projector;
    /** In projector mode on one screen: the facilitator asked to see the tips and the timer controls. */
    private boolean facilitator;
    /** With a second monitor in projector mode: the room's window there; this window is the presenter's. */
    private RoomView room;
    private int step;
    private final ShowingAfterMaking showing;

    InstrumentView(CTabFolder tabs, Texts texts, InstrumentDescriptor descriptor, InstrumentScreens screens,
            DocumentView session, Consumer<Edit> edits, Executor background, Runnable toggleFullScreen,
            Consumer<Throwable> failures, PluginSettings settings,
            Supplier<List<Rectangle>> monitors, Supplier<Optional<SessionPlan>> planInUse, Demolition demolition) {
        this.texts = texts;
        this.descriptor = descriptor;
        this.screens = screens;
        this.session = session;
        this.edits = edits;
        this.background = background;
        this.toggleFullScreen = toggleFullScreen;
        this.failures = failures;
        this.settings = settings;
        this.monitors = monitors;
        this.demolition = demolition;
        this.listeners = new ScreenListeners(failures);
        this.plan = new PlanFollower(texts, descriptor.id(), planInUse);
        pages = new StepPages(tabs.getDisplay());

        tab = new CTabItem(tabs, SWT.CLOSE);
        // its close button closes the instrument; left to the folder, the tab would go and its screens stay
        tabs.addCTabFolder2Listener(closeButton);
        tab.setText(descriptor.name());
        tab.setData(Ids.KEY, "instrument." + descriptor.id());
        control = new Composite(tabs, SWT.NONE);
        showing = new ShowingAfterMaking(control);
        control.setLayout(new GridLayout(1, false));
        tab.setControl(control);

        header = new StepHeader(control, texts, pages.fonts(), () -> {
            showClockInRoom();
            showSessionLeft();
        });
        timer = header.timer();

        stack = new Composite(control, SWT.NONE);
        stack.setLayout(new TopPageLayout());
        stack.setLayoutData(StepArea.leftOver());

        footer = new StepFooter(control, texts, () -> show(step - 1), () -> show(step + 1), this::toggleProjector);

        session.onChange(sessionListener);
        control.addDisposeListener(e -> {
            stopListening(); // the window went with everything in it at once
            pages.dispose();
        });
        if (!descriptor.steps().isEmpty()) {
            // the heading at once: the tab is shown now, its first page after it
            header.show(descriptor.steps(), 0);
            header.arrange(true, false); // as arrange() has it at the desk: the tip, not what comes next
            footer.show(0, descriptor.steps().size());
        }
        tabs.setSelection(tab);
        // unless something showed another step first (a search's find)
        showing.first(() -> show(0));
    }

    CTabItem tab() {
        return tab;
    }

    String instrumentId() {
        return descriptor.id();
    }

    int step() {
        return step;
    }

    boolean projector() {
        return projector;
    }

    /**
     * Closes the instrument, as its tab's close button, a change of dossier or a failure does: the tab goes and the
     * screens hear of no edit from now on; their widgets go over the next moments ({@link Demolition}).
     */
    void close() {
        if (!tab.isDisposed()) {
            letRoomGo();
            stopListening();
            timer.reset();
            tab.getParent().removeCTabFolder2Listener(closeButton);
            tab.dispose();
            demolition.dispose(control);
        }
    }

    private void stopListening() {
        session.removeListener(sessionListener);
        listeners.clear();
        RoomView closing = room;
        room = null; // the tab goes: nothing here to arrange when the room's window follows
        if (closing != null) {
            closing.close();
        }
    }

    /** Shows step {@code index}, building its screen the first time ({@link ShowingAfterMaking}). */
    void show(int index) {
        List<Step> steps = descriptor.steps();
        if (steps.isEmpty() || index < 0 || index >= steps.size()) {
            return;
        }
        step = index;
        showing.show(() -> pages.built(index) != null, () -> makeHidden(index), this::present);
    }

    private void makeHidden(int index) {
        Composite page = page(index);
        page.setVisible(false);
        // a layout before it is shown (the window going full screen on F11) sizes this page, not the one it replaces
        ((TopPageLayout) stack.getLayout()).topControl = page;
    }

    /** {@return step {@code index}'s page in this window, made now when it has none yet} */
    private Composite page(int index) {
        return pages.page(index, (i, wall) -> build(stack, i, false, wall));
    }

    /** Shows the step in view now: its heading, its page (built) and, in projector mode, the room's page. */
    private void present() {
        List<Step> steps = descriptor.steps();
        header.show(steps, step);
        footer.show(step, steps.size());
        ((TopPageLayout) stack.getLayout()).topControl = page(step);
        if (room != null) {
            room.show(step, header.title(), steps.get(step).question());
        }
        followPlan();
        arrange();
    }

    /**
     * Starts the step's timer with the minutes the session plan gives this step, when they are new to it (another
     * step, or the plan changed): the facilitator's own setting stays until the plan says something else.
     */
    void followPlan() {
        plan.follow(timer, step);
    }

    /** The step's time left and the minutes of every part after it in the plan: when the session ends. */
    private void showSessionLeft() {
        plan.showSessionLeft(timer, step);
    }

    /**
     * Shows step {@code index} built anew: its screens were just told what to show (a search found it there), and a
     * screen reads that when it is built.
     */
    void showAnew(int index) {
        for (Composite old : pages.forget(index)) {
            screenGone(old);
            demolition.dispose(old);
        }
        show(index);
    }

    /**
     * Who sees what. On the wall: the question, the content and one clock; the tips, the timer's controls and
     * what comes next are the facilitator's, on the laptop's screen or, with one screen, on request (F9).
     */
    private void arrange() {
        boolean wall = projector && room == null;
        boolean forFacilitator = !wall || facilitator;
        boolean ownClock = ownClockInView();
        header.arrange(forFacilitator, room != null);
        timer.fold(forFacilitator && !ownClock, ownClock ? pages.fonts().body() : pages.fonts().heading());
        showClockInRoom();
        layOut();
    }

    /**
     * Lays out the header, the footer and the stack of steps, which sizes the step in view. A page is laid out by its
     * sizes alone: the first, when it was just built, and another when the window changed size meanwhile. Each screen
     * lays out what it changes, also while hidden, so a page shown again as it was needs nothing more. Laying out
     * every page built made each Vorige at 200 partners wait seconds for the balance's cards; laying out the page in
     * view again cost 150-200 ms for a page of wrapping labels (GTK measures each one again), and a second pass over
     * a page just built, over the exchange's cards, took over a second at 1000 partners.
     */
    private void layOut() {
        control.layout(true, false);
        header.layOut();
        footer.layOut();
        stack.layout(true, false);
    }

    /** Whether the step in view runs a clock of its own (a speaking clock), here or in the room's window. */
    private boolean ownClockInView() {
        return clocking.contains(pages.built(step)) || room != null && clocking.contains(room.page());
    }

    private void showClockInRoom() {
        if (room != null && !room.closed()) {
            room.clock(timer.shown(), timer.remainingMillis() == 0, ownClockInView());
        }
    }

    /** F9: in projector mode on one screen, shows or hides the tips and the timer's controls for the facilitator. */
    void toggleFacilitator() {
        facilitator = !facilitator;
        arrange();
    }

    /** @param wall whether it is this window's, in the wall's type (projector mode on one screen) */
    private Composite build(Composite stack, int index, boolean forRoom, boolean wall) {
        Composite page = new Composite(stack, SWT.NONE);
        page.setData(Ids.KEY, (forRoom ? "room.content." : "step.content.") + index);
        page.setFont(fonts(forRoom, wall).body());
        try {
            screens.createStep(index, page, new StepContext(this, page, forRoom, wall));
        } catch (RuntimeException | LinkageError | OutOfMemoryError | StackOverflowError e) {
            for (var child : page.getChildren()) {
                child.dispose();
            }
            page.setLayout(new FillLayout());
            Label failed = new Label(page, SWT.WRAP);
            failed.setData(Ids.KEY, "step.failed");
            failed.setText(texts.format("step.failed", descriptor.name(), String.valueOf(e)));
            failures.accept(e);
        }
        return page;
    }

    /**
     * Projector mode. With a second monitor the room's window goes there, full screen, and this window stays the
     * presenter's; with one screen this window goes full screen in large type, its screens built again in it.
     */
    void toggleProjector() {
        projector = !projector;
        facilitator = false;
        if (projector) {
            var wall = wall();
            if (wall.isPresent()) {
                RoomView opened = new RoomView(control.getDisplay(), wall.get(), descriptor.name(),
                        (roomStack, i) -> build(roomStack, i, true, false));
                room = opened;
                opened.shell().addListener(SWT.Dispose, e -> roomClosed(opened));
                show(step);
                return;
            }
        } else if (room != null) {
            letRoomGo();
            arrange();
            return;
        }
        toggleFullScreen.run();
        pages.onWall(projector);
        header.useFonts(pages.fonts());
        show(step);
    }


    /** The monitor the room looks at: one other than the monitor this window stands on, if there is one. */
    private Optional<Rectangle> wall() {
        var here = control.getShell().getMonitor().getBounds();
        return monitors.get().stream().filter(m -> !m.equals(here)).findFirst();
    }

    /** The room's window was closed by hand: this window is the only one again. */
    private void roomClosed(RoomView closed) {
        if (room == closed) {
            room = null;
            projector = false;
            clocking.removeIf(Composite::isDisposed);
            if (!control.isDisposed()) {
                arrange();
            }
        }
    }

    /**
     * Projector mode ends, or the instrument closes: the room's window goes from the wall at once, its screens hear
     * of no edit from now on, and its widgets go over the next moments ({@link Demolition}).
     */
    private void letRoomGo() {
        RoomView closing = room;
        room = null;
        if (closing != null) {
            closing.pages().forEach(this::screenGone);
            demolition.dispose(closing.shell());
        }
    }

    /** The room's window, while projector mode has one on a second monitor. */
    Optional<RoomView> room() {
        return Optional.ofNullable(room);
    }

    private void changed() {
        followPlan();
        listeners.changed();
    }

    // ---- for the steps' screens, through their StepContext

    Texts texts() {
        return texts;
    }

    Dossier dossier() {
        return session.dossier();
    }

    /** An instrument owns only its own entry of the instruments' data; the rest it changes through the domain. */
    void apply(Edit edit) {
        edits.accept(OwnDataOnly.guard(edit, descriptor, texts));
    }

    void listen(Composite page, Runnable listener) {
        listeners.add(page, listener);
    }

    /** A step's screen went, or is going: its listeners and its clock go with it. */
    void screenGone(Composite page) {
        listeners.removeAll(page);
        clocking.remove(page);
    }

    /** The type of the room's pages, or of this window's in the desk's type or the wall's. */
    StepFonts fonts(boolean forRoom, boolean wall) {
        return forRoom ? room.fonts() : pages.fonts(wall);
    }

    /** The screen on {@code page} runs a clock of its own, or stopped it: the step timer folds or comes back. */
    void ownClock(Composite page, boolean running) {
        if (!page.isDisposed() && (running ? clocking.add(page) : clocking.remove(page))) {
            arrange();
        }
    }

    Executor background() {
        return background;
    }

    PluginSettings settings() {
        return settings;
    }

    StepTimer timer() {
        return timer;
    }
}
