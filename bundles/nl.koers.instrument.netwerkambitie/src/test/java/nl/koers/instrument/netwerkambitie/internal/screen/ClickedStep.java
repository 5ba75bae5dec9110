package nl.koers.instrument.netwerkambitie.internal.screen;

import java.util.Locale;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;

import nl.koers.document.Document;
import nl.koers.document.Documents;
import nl.koers.domain.Dossier;
import nl.koers.instrument.api.swt.testing.Robot;
import nl.koers.instrument.api.swt.testing.SessionContext;

/**
 * A window in which a step is built as a click on Volgende builds it the first time it is shown: on a page in view,
 * laid out in one go, before the display runs anything else. What the click made can be counted before
 * {@link Robot#spin()} runs the turns after it.
 */
final class ClickedStep implements AutoCloseable {
    final Display display = Display.getDefault();
    final Shell shell = new Shell(display);
    final Document document;
    final SessionContext context;
    final Robot robot;

    /** An open window of 1280x960 on a session of {@code dossier}, in Dutch. */
    ClickedStep(Dossier dossier, boolean projector) {
        document = Documents.detached(dossier);
        context = new SessionContext(display, document, Locale.of("nl"), projector);
        shell.setBounds(0, 0, 1280, 960);
        shell.setLayout(new FillLayout());
        shell.open();
        robot = new Robot(display, shell, Ui.PREFIX, context::idle);
    }

    /** Builds step {@code step} on a page in view and lays it out, as the click does; {@return the page} */
    Composite build(int step) {
        Composite page = new Composite(shell, SWT.NONE);
        new NetwerkambitieScreens().createStep(step, page, context.forScreen(page));
        shell.layout(true, true);
        return page;
    }

    @Override
    public void close() {
        shell.dispose();
        context.close();
        document.close();
        while (display.readAndDispatch()) {
            // the disposal
        }
    }
}
