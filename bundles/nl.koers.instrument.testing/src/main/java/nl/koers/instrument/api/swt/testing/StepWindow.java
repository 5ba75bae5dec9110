package nl.koers.instrument.api.swt.testing;

import java.util.Locale;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StackLayout;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;

import nl.koers.domain.Dossier;
import nl.koers.document.Document;
import nl.koers.document.DocumentView;
import nl.koers.document.Documents;
import nl.koers.instrument.api.swt.InstrumentScreens;

/**
 * An open window with every step of an instrument's screens in it, one page per step, as the workbench shows them:
 * a real document behind a {@link SessionContext}, each screen built on its own page with
 * {@link SessionContext#forScreen}, one page in view at a time ({@link #show}) and a {@link Robot} over the whole
 * window. For UI tests of instrument screens; {@link #close()} it after each test (JUnit's {@code @AutoClose} on
 * the field does):
 *
 * <pre>{@code
 * private @AutoClose StepWindow window;
 * ...
 * window = StepWindow.open(new MyScreens(), MyScreens.STEPS, "myinstrument.", dossier, Locale.of("nl"), false);
 * window.show(1);
 * window.robot().enter("partner.new", "Gemeente Waalstede");
 * assertEquals(1, window.session().dossier().partners().size());
 * }</pre>
 */
public final class StepWindow implements AutoCloseable {
    /** The frames a shown step is given to be drawn and to settle: GTK applies a new type in the frame after. */
    private static final int SETTLING_FRAMES = 5;
    /** The most frames a step is given while events still come. */
    private static final int MAX_SETTLING_FRAMES = 60;
    /** A frame at 60 Hz. */
    private static final long FRAME_MS = 16;

    /** Large enough for the screens of Koers's own instruments. */
    private static final int WIDTH = 1400;
    private static final int HEIGHT = 900;

    private final Shell shell;
    private final Document document;
    private final SessionContext context;
    private final Composite[] pages;
    private final Robot robot;

    private StepWindow(Shell shell, Document document, SessionContext context, Composite[] pages, Robot robot) {
        this.shell = shell;
        this.document = document;
        this.context = context;
        this.pages = pages;
        this.robot = robot;
    }

    /**
     * {@return the window of {@link #open(InstrumentScreens, int, String, Dossier, Locale, boolean, Point)}, 1400x900}
     *
     * @param screens the instrument's screens
     * @param steps how many steps to build
     * @param idPrefix the prefix of the instrument's widget ids
     * @param start the dossier the session starts from
     * @param locale the language of the screens
     * @param projector whether the screens are built for the projector
     */
    public static StepWindow open(InstrumentScreens screens, int steps, String idPrefix, Dossier start, Locale locale,
            boolean projector) {
        return open(screens, steps, idPrefix, start, locale, projector, new Point(WIDTH, HEIGHT));
    }

    /**
     * Builds the screens of steps {@code 0..steps-1} on a session that starts at {@code start}, opens the window at
     * the top left of the display and shows step 0. Call it on the display's thread.
     *
     * @param screens the instrument's screens
     * @param steps how many steps to build: usually as many as the descriptor has
     * @param start the dossier the session starts from; the test's copy stays as it is
     * @param locale the language of the screens
     * @param idPrefix the prefix the instrument puts before its widgets' ids (such as {@code "brengenhalen."}): the
     *            robot asks for ids without it
     * @param projector whether the screens are built for the projector (larger fonts)
     * @param size the window's size
     * @return the open window; close it after the test
     * @throws RuntimeException what a screen threw while it was built; the window is closed first
     */
    public static StepWindow open(InstrumentScreens screens, int steps, String idPrefix, Dossier start, Locale locale,
            boolean projector, Point size) {
        Display display = Display.getDefault();
        Shell shell = new Shell(display);
        shell.setBounds(0, 0, size.x, size.y);
        shell.setLayout(new StackLayout());
        Document document = Documents.detached(start);
        SessionContext context = new SessionContext(display, document, locale, projector);
        Composite[] pages = new Composite[steps];
        try {
            for (int i = 0; i < steps; i++) {
                pages[i] = new Composite(shell, SWT.NONE);
                screens.createStep(i, pages[i], context.forScreen(pages[i]));
            }
        } catch (RuntimeException | Error e) {
            // a screen that fails to build must not leave its window behind for the next test
            shell.dispose();
            context.close();
            document.close();
            throw e;
        }
        StepWindow window = new StepWindow(shell, document, context, pages, new Robot(display, shell, idPrefix, context::idle));
        shell.open();
        window.show(0);
        return window;
    }

    /** {@return the document as the screens see it: what a test checks, and where it undoes} */
    public DocumentView session() {
        return context.session();
    }

    /** {@return the document the screens edit, for what happens off the display's thread} */
    public Document document() {
        return document;
    }

    /**
     * {@return the context the screens were built with} {@link SessionContext#lastStep()} tells where a screen sent
     * the facilitator.
     */
    public SessionContext context() {
        return context;
    }

    /** {@return a robot over the whole window; ids are asked for without the instrument's prefix} */
    public Robot robot() {
        return robot;
    }

    /** {@return the window, e.g. to take a picture of it or to open a dialog on} */
    public Shell shell() {
        return shell;
    }

    /**
     * {@return the page step {@code step} was built on}
     *
     * @param step the step's index
     */
    public Composite page(int step) {
        return pages[step];
    }

    /**
     * Puts step {@code step} in view, lays it out and runs what the display has queued. A hidden step that follows
     * the dossier ({@code Ui.follow}) catches up now, as in the workbench.
     *
     * @param step the step's index
     */
    public void show(int step) {
        ((StackLayout) shell.getLayout()).topControl = pages[step];
        for (Composite page : pages) {
            page.setVisible(page == pages[step]);
        }
        shell.layout(true, true);
        robot.spin();
        // drawn, as a user sees it: some controls settle when drawn (the kit's FittedList chooses its type then),
        // and GTK takes a new type in the frames after
        // and on a busy machine the X server's expose events come later: frames go on while they still bring events
        for (int frame = 0; frame < MAX_SETTLING_FRAMES; frame++) {
            shell.update();
            robot.spin();
            sleep(FRAME_MS);
            boolean events = false;
            while (shell.getDisplay().readAndDispatch()) {
                events = true;
            }
            if (frame >= SETTLING_FRAMES - 1 && !events) {
                break;
            }
        }
        robot.spin();
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Disposes the window (and so the screens), stops the context and lets the disposal run. */
    @Override
    public void close() {
        ClickWindow.dispose(shell, context, document);
        robot.spin();
    }
}
