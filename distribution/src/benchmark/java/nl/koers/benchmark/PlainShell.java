package nl.koers.benchmark;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;

/**
 * The floor for the start-up benchmark: a bare SWT window titled "Koers", no OSGi. Like the workbench under
 * {@code -Dkoers.benchmark=true} it prints {@code koers: window shown} once the window has painted, then exits.
 */
public final class PlainShell {
    static final String SHOWN_MARKER = "koers: window shown";

    private PlainShell() {
    }

    public static void main(String[] args) {
        Display display = new Display();
        try {
            Shell shell = new Shell(display);
            shell.setText("Koers");
            shell.setSize(1024, 700);
            shell.addListener(SWT.Paint, event -> display.asyncExec(() -> {
                if (!shell.isDisposed()) {
                    System.out.println(SHOWN_MARKER);
                    System.out.flush();
                    shell.close();
                }
            }));
            shell.open();
            while (!shell.isDisposed()) {
                if (!display.readAndDispatch()) {
                    display.sleep();
                }
            }
        } finally {
            display.dispose();
        }
    }
}
