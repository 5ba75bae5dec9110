package nl.koers.shell.internal;

import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

/** Drives the real window the way a user does: finds widgets by their stable id and sends them events. */
final class Robot {
    private final Display display;
    private final Shell shell;

    Robot(Display display, Shell shell) {
        this.display = display;
        this.shell = shell;
    }

    /**
     * The widget with {@code id} a person sees, after what the window has queued ran when none is in view yet (a
     * step's page is shown in the dispatch after it is built).
     */
    @SuppressWarnings("unchecked")
    <T extends Control> T find(String id) {
        List<Control> found = everywhere(id);
        if (found.stream().noneMatch(Control::isVisible)) {
            spin();
            found = everywhere(id);
        }
        if (found.isEmpty()) {
            fail("no widget " + id);
        }
        // as a person finds it: a page kept hidden (the desk's, in projector mode) holds the same ids
        return (T) found.stream().filter(Control::isVisible).findFirst().orElse(found.get(0));
    }

    private List<Control> everywhere(String id) {
        List<Control> found = new ArrayList<>();
        collect(shell, id, found);
        // dialogs of the window (a print preview) are shells of their own
        for (Shell other : display.getShells()) {
            if (other != shell && !other.isDisposed()) {
                collect(other, id, found);
            }
        }
        return found;
    }

    /** Every widget with {@code id} in the window: none when it was never made. */
    List<Control> all(String id) {
        List<Control> found = new ArrayList<>();
        collect(shell, id, found);
        return found;
    }

    /** Closes the window, if a test left it open, and lets what it had queued run. */
    void closeWindow() {
        if (!shell.isDisposed()) {
            shell.dispose();
        }
        spin();
    }

    /** The first widget with {@code id} in {@code root}: for a window that shows what another shows too. */
    @SuppressWarnings("unchecked")
    static <T extends Control> T findIn(Composite root, String id) {
        List<Control> found = new ArrayList<>();
        collect(root, id, found);
        if (found.isEmpty()) {
            fail("no widget " + id + " in " + root.getData(Ids.KEY));
        }
        return (T) found.get(0);
    }

    /** Types into a field and leaves it with Enter, as a user commits a value. */
    void type(String id, String value) {
        Text text = find(id);
        text.setFocus();
        text.setText(value);
        text.notifyListeners(SWT.DefaultSelection, new Event());
        spin();
    }

    void click(String id) {
        Button b = find(id);
        if (!b.isEnabled()) {
            fail("button " + id + " is disabled");
        }
        if ((b.getStyle() & SWT.CHECK) != 0) {
            b.setSelection(!b.getSelection());
        }
        b.notifyListeners(SWT.Selection, new Event());
        spin();
    }

    void choose(String id, int index) {
        Combo c = find(id);
        c.select(index);
        c.notifyListeners(SWT.Selection, new Event());
        spin();
    }

    /** Chooses a tab as a click on it would, with the selection event that a click sends. */
    void showTab(org.eclipse.swt.custom.CTabFolder folder, int index) {
        folder.setSelection(index);
        Event e = new Event();
        e.item = folder.getItem(index);
        folder.notifyListeners(SWT.Selection, e);
        spin();
    }

    void menu(String id) {
        MenuItem item = menuItem(shell.getMenuBar(), id);
        if (item == null) {
            fail("no menu item " + id);
        }
        if (!item.isEnabled()) {
            fail("menu item " + id + " is disabled");
        }
        item.notifyListeners(SWT.Selection, new Event());
        spin();
    }

    MenuItem menuItem(String id) {
        return menuItem(shell.getMenuBar(), id);
    }

    /** Presses a key with modifiers through the display's real event queue, as the keyboard would. */
    void press(int modifiers, char key) {
        shell.forceActive();
        spin();
        int[] mods = { SWT.CTRL, SWT.SHIFT, SWT.ALT };
        for (int m : mods) {
            if ((modifiers & m) != 0) {
                post(SWT.KeyDown, m, '\0');
            }
        }
        post(SWT.KeyDown, 0, key);
        post(SWT.KeyUp, 0, key);
        for (int m : mods) {
            if ((modifiers & m) != 0) {
                post(SWT.KeyUp, m, '\0');
            }
        }
        idle(300);
    }

    /** Presses a key that is not a character (an arrow, a function key) with modifiers, as the keyboard would. */
    void pressKey(int modifiers, int keyCode) {
        int[] mods = { SWT.CTRL, SWT.SHIFT, SWT.ALT };
        for (int m : mods) {
            if ((modifiers & m) != 0) {
                post(SWT.KeyDown, m, '\0');
            }
        }
        post(SWT.KeyDown, keyCode, '\0');
        post(SWT.KeyUp, keyCode, '\0');
        for (int m : mods) {
            if ((modifiers & m) != 0) {
                post(SWT.KeyUp, m, '\0');
            }
        }
        idle(300);
    }

    /** Lets the window run for a while: painting, timers, what the window manager would do. */
    void idle(long millis) {
        long end = System.currentTimeMillis() + millis;
        while (System.currentTimeMillis() < end) {
            if (!display.readAndDispatch()) {
                try {
                    Thread.sleep(5);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }
    }

    private void post(int type, int keyCode, char character) {
        Event e = new Event();
        e.type = type;
        e.keyCode = keyCode;
        e.character = character;
        display.post(e);
    }

    void spin() {
        while (display.readAndDispatch()) {
            // run what is queued
        }
    }

    void waitUntil(String what, BooleanSupplier condition) {
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

    private static MenuItem menuItem(Menu menu, String id) {
        if (menu == null) {
            return null;
        }
        for (MenuItem item : menu.getItems()) {
            if (id.equals(item.getData(Ids.KEY))) {
                return item;
            }
            MenuItem inner = menuItem(item.getMenu(), id);
            if (inner != null) {
                return inner;
            }
        }
        return null;
    }

    private static void collect(Control c, String id, List<Control> found) {
        if (id.equals(c.getData(Ids.KEY))) {
            found.add(c);
        }
        if (c instanceof Composite composite) {
            for (Control child : composite.getChildren()) {
                collect(child, id, found);
            }
        }
    }
}
