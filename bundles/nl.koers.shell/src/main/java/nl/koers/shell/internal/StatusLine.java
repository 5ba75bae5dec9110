package nl.koers.shell.internal;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Link;

/**
 * The line at the foot of the window: what just happened, and beside it what can be done with that (open the
 * report just written), until it says something else.
 */
final class StatusLine {
    private final Label status;
    /** Beside the status line: what can be done with what it tells (open the report just written). */
    private final Link statusAction;
    private Runnable statusActionRun = () -> { };
    /** The status line says the dossier is saved: true only until the next edit. */
    private boolean saysSaved;

    /** @param ready what it says first */
    StatusLine(Composite parent, String ready) {
        Composite statusLine = new Composite(parent, SWT.NONE);
        GridLayout statusLayout = new GridLayout(2, false);
        statusLayout.marginWidth = 0;
        statusLayout.marginHeight = 0;
        statusLine.setLayout(statusLayout);
        statusLine.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        status = new Label(statusLine, SWT.NONE);
        status.setData(Ids.KEY, "status");
        status.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        status.setText(ready);
        statusAction = new Link(statusLine, SWT.NONE);
        statusAction.setData(Ids.KEY, "status.action");
        statusAction.setLayoutData(new GridData(SWT.END, SWT.CENTER, false, false));
        statusAction.addListener(SWT.Selection, e -> statusActionRun.run());
        showStatusAction(false);
    }

    void say(String text) {
        saysSaved = false;
        if (!status.isDisposed()) {
            status.setText(text);
            showStatusAction(false);
        }
    }

    /** Says {@code text} with a link beside it that does {@code action}, until the status line says something else. */
    void sayWithAction(String text, String link, Runnable action) {
        say(text);
        if (!statusAction.isDisposed()) {
            statusAction.setText(link);
            statusActionRun = action;
            showStatusAction(true);
        }
    }

    /** Says {@code text}, which tells the dossier is saved: {@link #saysSaved} until it says something else. */
    void saySaved(String text) {
        say(text);
        saysSaved = true;
    }

    /** {@return whether it says the dossier is saved} */
    boolean saysSaved() {
        return saysSaved;
    }

    private void showStatusAction(boolean shown) {
        statusAction.setVisible(shown);
        ((GridData) statusAction.getLayoutData()).exclude = !shown;
        statusAction.getParent().layout(true);
    }
}
