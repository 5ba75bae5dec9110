package nl.koers.shell.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;

/**
 * What the room sees on the projector when the laptop has a screen of its own: the step's question, its content
 * and the clock, full screen, in large type. The step's screen is built here a second time, with a work context of
 * its own on the same document, so an edit in either window shows in both. Tips and timer controls stay on the
 * laptop.
 */
final class RoomView {
    private final Shell shell;
    private final StepFonts fonts;
    private final Label title;
    private final Label question;
    private final Label clock;
    private final Composite stack;
    private final BiFunction<Composite, Integer, Composite> build;
    private final Map<Integer, Composite> built = new HashMap<>();

    /**
     * @param build builds step {@code index} in the given stack, for the room
     */
    RoomView(Display display, Rectangle wall, String name, BiFunction<Composite, Integer, Composite> build) {
        this.build = build;
        fonts = StepFonts.of(display, true);
        shell = new Shell(display, SWT.NO_TRIM);
        shell.setText(name);
        shell.setData(Ids.KEY, "room");
        shell.setLayout(new GridLayout(2, false));
        title = label("room.title", fonts.heading(), SWT.WRAP);
        clock = label("room.clock", fonts.heading(), SWT.RIGHT);
        clock.setLayoutData(new GridData(SWT.END, SWT.TOP, false, false));
        question = label("room.question", fonts.body(), SWT.WRAP);
        ((GridData) question.getLayoutData()).horizontalSpan = 2;
        stack = new Composite(shell, SWT.NONE);
        stack.setLayout(new TopPageLayout());
        GridData stackData = StepArea.leftOver();
        stackData.horizontalSpan = 2;
        stack.setLayoutData(stackData);
        shell.addDisposeListener(e -> fonts.dispose());
        shell.setBounds(wall);
        shell.open();
        // a window manager puts a full-screen window on the monitor it stands on: the projector
        shell.setFullScreen(true);
    }

    StepFonts fonts() {
        return fonts;
    }

    Shell shell() {
        return shell;
    }

    /** Shows step {@code index}, building the room's screen of it the first time. */
    void show(int index, String heading, String text) {
        title.setText(heading);
        question.setText(text);
        ((TopPageLayout) stack.getLayout()).topControl = built.computeIfAbsent(index, i -> build.apply(stack, i));
        // the heading and the page in view: a page is laid out by its sizes, as in the laptop's window
        shell.layout(true, false);
        stack.layout(true, false);
    }

    /** The room's page of the step it shows now. */
    Composite page() {
        return (Composite) ((TopPageLayout) stack.getLayout()).topControl;
    }

    /** The pages built for the room so far. */
    List<Composite> pages() {
        return List.copyOf(built.values());
    }

    /** The step timer as the room sees it; {@code folded}: small, while the step's own clock runs. */
    void clock(String time, boolean up, boolean folded) {
        clock.setText(time);
        clock.setFont(folded ? fonts.body() : fonts.heading());
        clock.setForeground(display().getSystemColor(up ? SWT.COLOR_WHITE : SWT.COLOR_WIDGET_FOREGROUND));
        clock.setBackground(up ? display().getSystemColor(SWT.COLOR_RED) : null);
        shell.layout(new org.eclipse.swt.widgets.Control[] {clock});
    }

    void close() {
        if (!shell.isDisposed()) {
            shell.dispose();
        }
    }

    boolean closed() {
        return shell.isDisposed();
    }

    private Display display() {
        return shell.getDisplay();
    }

    private Label label(String id, org.eclipse.swt.graphics.Font font, int style) {
        Label label = new Label(shell, style);
        label.setData(Ids.KEY, id);
        label.setFont(font);
        label.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        return label;
    }
}
