package nl.koers.instrument.api.swt.testing;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.function.BooleanSupplier;

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
    private final BooleanSupplier backgroundIdle;

    /**
     * A robot over the widgets in {@code root}.
     *
     * @param display the display the screens run on; the robot runs its queue after every action
     * @param root the composite the screens are in
     * @param prefix the instrument's id prefix (such as {@code "netwerkambitie."}), put before every id asked for
     */
    public Robot(Display display, Composite root, String prefix) {
        this(display, root, prefix, () -> true);
    }

    /**
     * A robot over the widgets in {@code root} that also waits for the screens' background work after every
     * action, as a user waits for an analysis to appear.
     *
     * @param display the display the screens run on
     * @param root the composite the screens are in
     * @param prefix the instrument's id prefix, put before every id asked for
     * @param backgroundIdle whether the screens' background thread is done, such as {@link SessionContext#idle()}
     * @since 2.3
     */
    public Robot(Display display, Composite root, String prefix, BooleanSupplier backgroundIdle) {
        this.display = display;
        this.root = root;
        this.prefix = prefix;
        this.backgroundIdle = backgroundIdle;
    }

    /**
     * {@return the first widget with the id {@code id}, as the type the test expects}
     *
     * @param <T> the widget's type, such as {@code Text} or {@code Button}
     * @param id the id without the prefix
     * @throws AssertionError when no widget has that id
     */
    @SuppressWarnings("unchecked")
    public <T extends Control> T find(String id) {
        List<Control> found = all(id);
        if (found.isEmpty()) {
            throw new AssertionError("no widget " + prefix + id);
        }
        return (T) found.get(0);
    }

    /**
     * {@return every widget with the id {@code id}, in the order of the widget tree; empty when there is none}
     *
     * @param id the id without the prefix
     */
    public List<Control> all(String id) {
        List<Control> found = new ArrayList<>();
        collect(root, prefix + id, found);
        return found;
    }

    /**
     * {@return every widget under {@code root}, root included, compared by identity} A test keeps this set before an
     * edit to see which widgets the edit made or disposed.
     *
     * @param root where to start
     * @since 2.4
     */
    public static Set<Control> widgets(Control root) {
        Set<Control> out = Collections.newSetFromMap(new IdentityHashMap<>());
        List<Control> todo = new ArrayList<>(List.of(root));
        while (!todo.isEmpty()) {
            Control c = todo.remove(todo.size() - 1);
            out.add(c);
            if (c instanceof Composite composite) {
                todo.addAll(List.of(composite.getChildren()));
            }
        }
        return out;
    }

    /**
     * Types into a field and leaves it, as a user commits a value.
     *
     * @param id a text field's or open choice's id
     * @param value what the user types; it replaces what the field held
     * @throws AssertionError when there is no such widget or it is disabled
     */
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

    /**
     * Types into a field and presses Enter: adds a new item, or commits a one-line field.
     *
     * @param id a text field's id
     * @param value what the user types
     */
    public void enter(String id, String value) {
        Text t = find(id);
        t.setFocus();
        t.setText(value);
        t.notifyListeners(SWT.DefaultSelection, new Event());
        spin();
    }

    /**
     * Fills a field without committing it (a field for a new item).
     *
     * @param id a text field's or choice's id
     * @param value the text
     */
    public void fill(String id, String value) {
        Control c = find(id);
        if (c instanceof Text t) {
            t.setText(value);
        } else {
            ((Combo) c).setText(value);
        }
        spin();
    }

    /**
     * Clicks a button, as a user does.
     *
     * @param id the button's id
     * @throws AssertionError when there is no such button or it is disabled
     */
    public void click(String id) {
        Button b = find(id);
        enabled(b, id);
        b.notifyListeners(SWT.Selection, new Event());
        spin();
    }

    /**
     * Ticks or unticks a check box, or selects a radio button, as a user's click does.
     *
     * @param id the button's id
     * @param on whether it ends up ticked
     */
    public void tick(String id, boolean on) {
        Button b = find(id);
        enabled(b, id);
        b.setSelection(on);
        b.notifyListeners(SWT.Selection, new Event());
        spin();
    }

    /**
     * {@return the index of the first item of a choice that contains {@code text}} For {@link #choose}, so a test
     * does not depend on the order of the items.
     *
     * @param id the choice's id
     * @param text a part of the item's text
     * @throws AssertionError when no item contains it
     */
    public int indexOf(String id, String text) {
        String[] items = ((Combo) find(id)).getItems();
        for (int i = 0; i < items.length; i++) {
            if (items[i].contains(text)) {
                return i;
            }
        }
        throw new AssertionError("no item with '" + text + "' in " + id + ": " + java.util.Arrays.toString(items));
    }

    /**
     * Chooses an item of a choice or a list, as a user does.
     *
     * @param id the choice's or list's id
     * @param index the item's index
     */
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

    /**
     * Presses the left mouse button on a widget (a card, a cell of a figure).
     *
     * @param id the widget's id
     */
    public void press(String id) {
        Control c = find(id);
        Event e = new Event();
        e.button = 1;
        c.notifyListeners(SWT.MouseDown, e);
        spin();
    }

    /**
     * Double-clicks a widget with the left mouse button.
     *
     * @param id the widget's id
     */
    public void doubleClick(String id) {
        Control c = find(id);
        Event e = new Event();
        e.button = 1;
        c.notifyListeners(SWT.MouseDoubleClick, e);
        spin();
    }

    /**
     * {@return the texts on screen that contain a missing key ({@code !key!})} None, when both languages say
     * everything: labels, buttons, fields and their grey messages, and the items of choices are looked at.
     */
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

    /**
     * Runs the display until {@code condition} holds: for what arrives from another thread, such as an edit made on
     * {@link nl.koers.instrument.api.swt.WorkContext#background()}.
     *
     * @param what what is waited for, for the failure's message
     * @param condition checked on the display's thread
     * @throws AssertionError after 10 seconds
     */
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

    /**
     * Runs what the display has queued (asyncExec, layouts, events) and waits for the screens' background work and
     * what it queues in turn, then returns.
     *
     * @throws AssertionError when the background work is not done after 10 seconds
     */
    public void spin() {
        while (display.readAndDispatch()) {
            // run what is queued
        }
        if (!backgroundIdle.getAsBoolean()) {
            // done means its results are queued: run them too, and what they start
            waitUntil("the background work is done", () -> backgroundIdle.getAsBoolean() && !display.readAndDispatch());
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
