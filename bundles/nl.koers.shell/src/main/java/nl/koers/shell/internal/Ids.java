package nl.koers.shell.internal;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;

import nl.koers.domain.Texts;

/** Widgets carry a stable name under this key, so the UI tests find them without relying on texts or order. */
final class Ids {
    static final String KEY = "koers.id";

    private Ids() {
    }

    /** {@return a push button with the text under {@code key}, named by that key} */
    static Button button(Composite parent, Texts texts, String key, Runnable action) {
        Button b = new Button(parent, SWT.PUSH);
        b.setText(texts.get(key));
        b.setData(KEY, key);
        b.addListener(SWT.Selection, e -> action.run());
        return b;
    }
}
