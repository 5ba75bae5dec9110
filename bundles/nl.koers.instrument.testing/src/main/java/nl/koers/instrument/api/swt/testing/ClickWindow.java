package nl.koers.instrument.api.swt.testing;

import java.util.Locale;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;

import nl.koers.document.Document;
import nl.koers.document.DocumentView;
import nl.koers.document.Documents;
import nl.koers.domain.Dossier;
import nl.koers.instrument.api.swt.InstrumentScreens;

/**
 * An open, empty window in which a step is built as a click on <em>Volgende</em> builds it the first time: the
 * screen made on a new page and the window laid out, before the display runs anything else ({@link #click}). What
 * the click made, measured and laid out is what froze the window; what the turns of the event loop after it do
 * comes with {@link Robot#spin()}. For UI tests of what a step does in the click and after it; {@link #close()} it
 * after each test (JUnit's {@code @AutoClose} on the field does):
 *
 * <pre>{@code
 * private final @AutoClose ClickWindow window = ClickWindow.open(dossier, Locale.of("nl"), false, new Point(1366, 768));
 * ...
 * Composite page = window.click(new MyScreens(), 2);
 * // what the click did: nothing measured yet
 * window.robot("myinstrument.").spin();
 * // what the turns after it did
 * }</pre>
 *
 * @since 2.10
 */
public final class ClickWindow implements AutoCloseable {
    private final Display display;
    private final Shell shell;
    private final Document document;
    private final SessionContext context;

    private ClickWindow(Shell shell, Document document, SessionContext context) {
        this.display = shell.getDisplay();
        this.shell = shell;
        this.document = document;
        this.context = context;
    }

    /**
     * Opens an empty window at the top left of the display, on a session that starts at {@code start}. Call it on
     * the display's thread.
     *
     * @param start the dossier the session starts from; the test's copy stays as it is
     * @param locale the language of the screens
     * @param projector whether the screens are built for the projector (larger fonts)
     * @param size the window's size
     * @return the open window; close it after the test
     */
    public static ClickWindow open(Dossier start, Locale locale, boolean projector, Point size) {
        Display display = Display.getDefault();
        Shell shell = new Shell(display);
        shell.setBounds(0, 0, size.x, size.y);
        shell.setLayout(new FillLayout());
        Document document = Documents.detached(start);
        ClickWindow window = new ClickWindow(shell, document, new SessionContext(display, document, locale, projector));
        shell.open();
        return window;
    }

    /**
     * Builds step {@code step} of {@code screens} on a new page and lays the window out, as the click that first
     * shows the step does; runs nothing the step queued.
     *
     * @param screens the instrument's screens
     * @param step the step's index
     * @return the page the step was built on
     */
    public Composite click(InstrumentScreens screens, int step) {
        Composite page = new Composite(shell, SWT.NONE);
        screens.createStep(step, page, context.forScreen(page));
        shell.layout(true, true);
        return page;
    }

    /**
     * {@return a robot over the window whose {@link Robot#spin()} also waits for the screens' background work}
     *
     * @param idPrefix the prefix the instrument puts before its widgets' ids
     */
    public Robot robot(String idPrefix) {
        return new Robot(display, shell, idPrefix, context::idle);
    }

    /** {@return the window} */
    public Shell shell() {
        return shell;
    }

    /** {@return the context the steps are built with} */
    public SessionContext context() {
        return context;
    }

    /** {@return the document as the screens see it} */
    public DocumentView session() {
        return context.session();
    }

    /** Disposes the window (and so the screens), stops the context and lets the disposal run. */
    @Override
    public void close() {
        dispose(shell, context, document);
        while (display.readAndDispatch()) {
            // the disposal
        }
    }

    /** Disposes a test's window, once, and stops its context and document: what both test windows do on close. */
    static void dispose(Shell shell, SessionContext context, Document document) {
        if (!shell.isDisposed()) {
            shell.dispose();
        }
        context.close();
        document.close();
    }
}
