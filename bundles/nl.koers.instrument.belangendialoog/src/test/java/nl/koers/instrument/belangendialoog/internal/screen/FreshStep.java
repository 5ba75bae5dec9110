package nl.koers.instrument.belangendialoog.internal.screen;

import java.util.Locale;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StackLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;

import nl.koers.document.Document;
import nl.koers.document.Documents;
import nl.koers.domain.Dossier;
import nl.koers.instrument.api.swt.testing.Robot;
import nl.koers.instrument.api.swt.testing.SessionContext;

/**
 * One step in a real window as Volgende first shows it: built on an open window, laid out, and nothing dispatched
 * yet, so a test sees what the click itself did and what came after it from the display's queue.
 */
final class FreshStep implements AutoCloseable {
    final Display display = Display.getDefault();
    final Shell shell = new Shell(display);
    final Document document;
    final SessionContext context;
    final Composite page;

    /** Builds {@code step} on {@code dossier}; {@code beforeBuild} runs on the open window, before the step is made. */
    FreshStep(Dossier dossier, int step, Runnable beforeBuild) {
        shell.setBounds(0, 0, 1280, 960);
        shell.setLayout(new StackLayout());
        document = Documents.detached(dossier);
        context = new SessionContext(display, document, Locale.of("nl"), false);
        page = new Composite(shell, SWT.NONE);
        ((StackLayout) shell.getLayout()).topControl = page;
        shell.open();
        beforeBuild.run();
        new BelangendialoogScreens().createStep(step, page, context.forScreen(page));
        shell.layout(true, true);
    }

    /** {@return a robot over the window that waits for the step's background work too} */
    Robot robot() {
        return new Robot(display, shell, Ui.PREFIX, context::idle);
    }

    @Override
    public void close() {
        shell.dispose();
        context.close();
        document.close();
        new Robot(display, shell, Ui.PREFIX).spin();
    }
}
