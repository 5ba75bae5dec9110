package nl.koers.instrument.brengenhalen.internal.screen;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

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

/** Uses the screens the way a facilitator does: finds widgets by id and sends them the events a user makes. */
final class Robot {
    private final Display display;
    private final Composite root;

    Robot(Display display, Composite root) {
        this.display = display;
        this.root = root;
    }

    @SuppressWarnings("unchecked")
    <T extends Control> T find(String id) {
        List<Control> found = all(id);
        if (found.isEmpty()) {
            fail("no widget brengenhalen." + id);
        }
        return (T) found.get(0);
    }

    List<Control> all(String id) {
        List<Control> found = new ArrayList<>();
        collect(root, Ui.PREFIX + id, found);
        return found;
    }

    /** Types into a field and leaves it, as a user commits a value. */
    void type(String id, String value) {
        Control c = find(id);
        assertTrue(c.isEnabled(), id + " is enabled");
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
    void enter(String id, String value) {
        Text t = find(id);
        t.setFocus();
        t.setText(value);
        t.notifyListeners(SWT.DefaultSelection, new Event());
        spin();
    }

    /** Fills a field without committing it (a field for a new item). */
    void fill(String id, String value) {
        Control c = find(id);
        if (c instanceof Text t) {
            t.setText(value);
        } else {
            ((Combo) c).setText(value);
        }
        spin();
    }

    void click(String id) {
        Button b = find(id);
        assertTrue(b.isEnabled(), id + " is enabled");
        b.notifyListeners(SWT.Selection, new Event());
        spin();
    }

    void choose(String id, int index) {
        Control c = find(id);
        if (c instanceof Combo combo) {
            combo.select(index);
        } else {
            ((org.eclipse.swt.widgets.List) c).select(index);
        }
        c.notifyListeners(SWT.Selection, new Event());
        spin();
    }

    void press(String id) {
        Control c = find(id);
        Event e = new Event();
        e.button = 1;
        c.notifyListeners(SWT.MouseDown, e);
        spin();
    }

    void doubleClick(String id) {
        Control c = find(id);
        Event e = new Event();
        e.button = 1;
        c.notifyListeners(SWT.MouseDoubleClick, e);
        spin();
    }

    void waitUntil(String what, java.util.function.BooleanSupplier condition) {
        long end = System.currentTimeMillis() + 10_000;
        while (!condition.getAsBoolean()) {
            if (System.currentTimeMillis() > end) {
                fail("timed out waiting until " + what);
            }
            if (!display.readAndDispatch()) {
                try {
                    Thread.sleep(5);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    fail(e);
                }
            }
        }
    }

    void spin() {
        while (display.readAndDispatch()) {
            // run what is queued
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
