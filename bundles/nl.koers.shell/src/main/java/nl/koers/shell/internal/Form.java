package nl.koers.shell.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

/**
 * Text fields and choices bound to the dossier. A field commits its value as one edit when the user leaves it
 * or presses Enter (not per keystroke, so one undo takes back one change); {@link #commitPending()} commits
 * the field being typed in before a save, an undo or a close.
 */
final class Form {
    private final List<Runnable> committers = new ArrayList<>();
    private final List<Text> fields = new ArrayList<>();

    Text text(Composite parent, String label, String id, Supplier<String> value, Consumer<String> commit) {
        new Label(parent, SWT.NONE).setText(label);
        Text text = new Text(parent, SWT.BORDER | SWT.SINGLE);
        text.setData(Ids.KEY, id);
        GridData data = new GridData(SWT.FILL, SWT.CENTER, true, false);
        data.widthHint = 160; // grows with the window, but a long value never pushes its neighbours out
        text.setLayoutData(data);
        Runnable committer = () -> {
            if (!text.isDisposed() && !text.getText().equals(value.get())) {
                commit.accept(text.getText());
            }
        };
        text.addListener(SWT.FocusOut, e -> committer.run());
        text.addListener(SWT.DefaultSelection, e -> committer.run());
        text.setData(Runnable.class.getName(), committer);
        committers.add(committer);
        fields.add(text);
        return text;
    }

    /** A read-only choice; index 0 may be "not chosen" when {@code optional}. */
    Combo choice(Composite parent, String label, String id, String[] items, Consumer<Integer> chosen) {
        new Label(parent, SWT.NONE).setText(label);
        Combo combo = new Combo(parent, SWT.READ_ONLY | SWT.DROP_DOWN);
        combo.setData(Ids.KEY, id);
        combo.setItems(items);
        combo.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        combo.addListener(SWT.Selection, e -> chosen.accept(combo.getSelectionIndex()));
        return combo;
    }

    /**
     * Shows {@code value}. The dossier only changes after a field commits, so this never overwrites typing
     * in progress; it does put back a field's text on undo.
     */
    static void show(Text text, String value) {
        if (!text.getText().equals(value)) {
            text.setText(value);
        }
    }

    static void show(Combo combo, int index) {
        if (combo.getSelectionIndex() != index) {
            combo.select(index);
        }
    }

    void commitPending() {
        for (Text t : fields) {
            if (!t.isDisposed() && t.isFocusControl()) {
                ((Runnable) t.getData(Runnable.class.getName())).run();
            }
        }
    }
}
