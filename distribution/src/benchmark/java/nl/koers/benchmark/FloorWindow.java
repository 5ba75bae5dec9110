package nl.koers.benchmark;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;

/**
 * {@link PlainShell}'s window as a Declarative Services component: {@link FrameworkShell} packs this class into a
 * bundle, and runs it on the display's thread once SCR has registered it.
 */
public final class FloorWindow implements Runnable {
    static final String PROPERTY = "koers.benchmark.window";

    @Override
    public void run() {
        Display display = Display.getCurrent();
        Shell shell = new Shell(display);
        shell.setText("Koers");
        shell.setSize(1024, 700);
        shell.addListener(SWT.Paint, event -> display.asyncExec(() -> {
            if (!shell.isDisposed()) {
                System.out.println(PlainShell.SHOWN_MARKER);
                System.out.flush();
                shell.close();
            }
        }));
        shell.open();
    }
}
