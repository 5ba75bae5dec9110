package nl.koers.shell.internal;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;

import nl.koers.domain.Texts;

/**
 * A bar above the dossier while it is read-only: why (open elsewhere, or written by a newer Koers), and the way
 * on (save a copy). The title says "(alleen lezen)" too, but a title bar is easily overlooked during a session.
 */
final class ReadOnlyBanner {
    private final Composite parent;
    private final Control below;
    private final Texts texts;
    private final Runnable saveCopy;
    /** Made when a dossier is first read-only: most windows never show it, and its icon costs the start. */
    private Composite bar;
    private Label reason;

    /** @param below what the bar sits above in {@code parent} when it shows */
    ReadOnlyBanner(Composite parent, Control below, Texts texts, Runnable saveCopy) {
        this.parent = parent;
        this.below = below;
        this.texts = texts;
        this.saveCopy = saveCopy;
    }

    private void make() {
        bar = new Composite(parent, SWT.BORDER);
        bar.moveAbove(below);
        bar.setData(Ids.KEY, "readOnly.banner");
        // a fixed pale yellow: the theme's "info" colours are the tooltip's, which are dark in many themes
        bar.setBackground(new Color(255, 243, 205));
        bar.setLayout(new GridLayout(3, false));
        Label image = new Label(bar, SWT.NONE);
        image.setImage(parent.getDisplay().getSystemImage(SWT.ICON_INFORMATION));
        image.setBackground(bar.getBackground());
        reason = new Label(bar, SWT.WRAP);
        reason.setData(Ids.KEY, "readOnly.reason");
        reason.setBackground(bar.getBackground());
        reason.setForeground(new Color(74, 56, 0));
        GridData reasonData = new GridData(SWT.FILL, SWT.CENTER, true, false);
        reasonData.widthHint = 600;
        reason.setLayoutData(reasonData);
        Button copy = new Button(bar, SWT.PUSH);
        copy.setText(texts.get("readOnly.saveCopy"));
        copy.setData(Ids.KEY, "readOnly.saveCopy");
        copy.addListener(SWT.Selection, e -> saveCopy.run());
        bar.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
    }

    /** Shows the bar with {@code why}, or hides it when null. */
    void show(String why) {
        if (bar == null) {
            if (why == null) {
                return; // nothing to hide yet
            }
            make();
        }
        String text = why == null ? "" : why;
        boolean visible = why != null;
        if (text.equals(reason.getText()) && visible == bar.getVisible()) {
            return; // called on every edit: the window is laid out only when the bar changes
        }
        reason.setText(text);
        ((GridData) bar.getLayoutData()).exclude = !visible;
        bar.setVisible(visible);
        bar.getParent().layout(true, true);
    }
}
