package nl.koers.instrument.api.swt.testing;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Text;

import nl.koers.instrument.api.swt.kit.Ui;

/**
 * Uses the screens the way a facilitator does: finds widgets by id ({@link Ui#ID}) and sends them the events a
 * user makes. For UI tests of instrument screens; what goes wrong is thrown as an {@link AssertionError}.
 */
public final class Robot {
    private final Display display;
    private final Composite root;
    private final String prefix;

    /**
     * @param root the composite the screens are in
     * @param prefix the instrument's id prefix (such as {@code "netwerkambitie."}), put before every id asked for
     */
    public Robot(Display display, Composite root, String prefix) {
        this.display = display;
        this.root = root;
        this.prefix = prefix;
    }

    @SuppressWarnings("unchecked")
    public <T extends Control> T find(String id) {
        List<Control> found = all(id);
        if (found.isEmpty()) {
            throw new AssertionError("no widget " + prefix + id);
        }
        return (T) found.get(0);
    }

    public List<Control> all(String id) {
        List<Control> found = new ArrayList<>();
        collect(root, prefix + id, found);
        return found;
    }

    /** Types into a field and leaves it, as a user commits a value. */
    public void type(String id, String value) {
        Control c = find(id);
        enabled(c, id);
        c.setFocus();
        if (c instanceof Text t) {
            t.setText(value);
        } else if (c instanceof Combo combo) {
            combo.setText(value);
        }
        c.notifyListeners(SWT.FocusOut, new Event());
        spin();
    }

    /** Types into a field and presses Enter. */
    public void enter(String id, String value) {
        Text t = find(id);
        t.setFocus();
        t.setText(value);
        t.notifyListeners(SWT.DefaultSelection, new Event());
        spin();
    }

    /** Fills a field without committing it (a field for a new item). */
    public void fill(String id, String value) {
        Control c = find(id);
        if (c instanceof Text t) {
            t.setText(value);
        } else {
            ((Combo) c).setText(value);
        }
        spin();
    }

    public void click(String id) {
        Button b = find(id);
        enabled(b, id);
        b.notifyListeners(SWT.Selection, new Event());
        spin();
    }

    /** Ticks or unticks a check box, or selects a radio button, as a user's click does. */
    public void tick(String id, boolean on) {
        Button b = find(id);
        enabled(b, id);
        b.setSelection(on);
        b.notifyListeners(SWT.Selection, new Event());
        spin();
    }

    /** The index of the first item of a choice that contains {@code text}. */
    public int indexOf(String id, String text) {
        String[] items = ((Combo) find(id)).getItems();
        for (int i = 0; i < items.length; i++) {
            if (items[i].contains(text)) {
                return i;
            }
        }
        throw new AssertionError("no item with '" + text + "' in " + id + ": " + java.util.Arrays.toString(items));
    }

    public void choose(String id, int index) {
        Control c = find(id);
        if (c instanceof Combo combo) {
            combo.select(index);
        } else {
            ((org.eclipse.swt.widgets.List) c).select(index);
        }
        c.notifyListeners(SWT.Selection, new Event());
        spin();
    }

    public void press(String id) {
        Control c = find(id);
        Event e = new Event();
        e.button = 1;
        c.notifyListeners(SWT.MouseDown, e);
        spin();
    }

    public void doubleClick(String id) {
        Control c = find(id);
        Event e = new Event();
        e.button = 1;
        c.notifyListeners(SWT.MouseDoubleClick, e);
        spin();
    }

    /** The texts on screen that are a missing key ({@code !key!}): none, when both languages say everything. */
    public List<String> missingTexts() {
        List<String> found = new ArrayList<>();
        missing(root, found);
        return found;
    }

    private static void missing(Control c, List<String> found) {
        String text = c instanceof org.eclipse.swt.widgets.Label l ? l.getText()
                : c instanceof Button b ? b.getText()
                : c instanceof Text t ? t.getText() + " " + t.getMessage() : "";
        if (text.matches("(?s).*![a-zA-Z][\\w.]*!.*")) {
            found.add(text);
        }
        if (c instanceof Combo combo) {
            for (String item : combo.getItems()) {
                if (item.matches("(?s).*![a-zA-Z][\\w.]*!.*")) {
                    found.add(item);
                }
            }
        }
        if (c instanceof Composite composite) {
            for (Control child : composite.getChildren()) {
                missing(child, found);
            }
        }
    }

    public void waitUntil(String what, java.util.function.BooleanSupplier condition) {
        long end = System.currentTimeMillis() + 10_000;
        while (!condition.getAsBoolean()) {
            if (System.currentTimeMillis() > end) {
                throw new AssertionError("timed out waiting until " + what);
            }
            if (!display.readAndDispatch()) {
                try {
                    Thread.sleep(5);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new AssertionError(e);
                }
            }
        }
    }

    public void spin() {
        while (display.readAndDispatch()) {
            // run what is queued
        }
    }

    private static void enabled(Control c, String id) {
        if (!c.isEnabled()) {
            throw new AssertionError(id + " is enabled");
        }
    }

    private static void collect(Control c, String id, List<Control> found) {
        if (id.equals(c.getData(Ui.ID))) {
            found.add(c);
        }
        if (c instanceof Composite composite) {
            for (Control child : composite.getChildren()) {
                collect(child, id, found);
            }
        }
    }
}
