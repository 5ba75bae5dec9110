package nl.koers.shell.internal;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

import nl.koers.domain.Texts;

/**
 * A bar above the dossier while it is read-only: why (open elsewhere, or written by a newer Koers), and the way
 * on (save a copy). The title says "(alleen lezen)" too, but a title bar is easily overlooked during a session.
 */
final class ReadOnlyBanner {
    private final Composite bar;
    private final Label reason;

    ReadOnlyBanner(Composite parent, Texts texts, Runnable saveCopy) {
        bar = new Composite(parent, SWT.BORDER);
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
        GridData barData = new GridData(SWT.FILL, SWT.TOP, true, false);
        bar.setLayoutData(barData);
        show(null);
    }

    Composite control() {
        return bar;
    }

    /** Shows the bar with {@code why}, or hides it when null. */
    void show(String why) {
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
