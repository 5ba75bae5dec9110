package nl.koers.instrument.belangendialoog.internal.screen;

import java.util.function.Consumer;
import java.util.function.IntConsumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.FontData;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Widget;

import nl.koers.domain.edit.Edit;
import nl.koers.instrument.api.swt.WorkContext;
import nl.koers.instrument.belangendialoog.internal.Phrases;

/**
 * The few widgets every step is made of, in the workbench's type (large in projector mode), each with a stable
 * id for the UI tests. Text fields commit their value as one edit when the user leaves them or presses Enter,
 * not per keystroke, so one Ctrl+Z takes back one change.
 */
final class Ui {
    /** The key under which widgets carry their id. */
    static final String ID = "koers.id";
    static final String PREFIX = "belangendialoog.";
    /** The value a field last showed from the dossier; typing that differs from it is committed. */
    private static final String SHOWN = "belangendialoog.shown";
    /** How long typing must pause before a field commits on its own. */
    private static final int IDLE_MS = 1500;

    static final Color WHITE = new Color(255, 255, 255);
    static final Color HINT = new Color(90, 90, 90);
    static final Color SHARED = new Color(226, 243, 228);
    static final Color DEMAND = new Color(170, 30, 30);

    final WorkContext ctx;
    final Phrases say;
    private final Font bold;

    /** @param root the step's parent: derived fonts live as long as it does */
    Ui(WorkContext ctx, Composite root) {
        this.ctx = ctx;
        this.say = new Phrases(ctx.locale());
        FontData[] data = ctx.font().getFontData();
        for (FontData d : data) {
            d.setStyle(SWT.BOLD);
        }
        this.bold = new Font(root.getDisplay(), data);
        root.addDisposeListener(e -> bold.dispose());
    }

    Font font() {
        return ctx.font();
    }

    Font bold() {
        return bold;
    }

    /** Gives a widget its id, {@code belangendialoog.<id>}. */
    static <T extends Widget> T id(T widget, String id) {
        widget.setData(ID, PREFIX + id);
        return widget;
    }

    /**
     * Keeps a step in step with the dossier. The workbench keeps every step of an instrument, hidden or not;
     * a hidden step does not redraw on every edit but once, when it is shown again.
     */
    void follow(Composite parent, Runnable refresh) {
        boolean[] stale = {false};
        Runnable ifStale = () -> {
            if (stale[0] && !parent.isDisposed() && parent.isVisible()) {
                stale[0] = false;
                refresh.run();
            }
        };
        ctx.onChange(() -> {
            if (parent.isDisposed()) {
                return;
            }
            if (parent.isVisible()) {
                stale[0] = false;
                refresh.run();
            } else {
                stale[0] = true;
            }
        });
        // shown again by its own stack (Show), or because the tab or window around it came back (Paint)
        parent.addListener(SWT.Show, e -> parent.getDisplay().asyncExec(ifStale));
        parent.addListener(SWT.Paint, e -> {
            if (stale[0]) {
                parent.getDisplay().asyncExec(ifStale);
            }
        });
    }

    /** Applies an edit; one that no longer fits the dossier (an item just removed) is refused with a beep. */
    void apply(Edit edit) {
        try {
            ctx.apply(edit);
        } catch (IllegalArgumentException e) {
            org.eclipse.swt.widgets.Display.getCurrent().beep();
        }
    }

    // ---- layout

    static Composite column(Composite parent, int columns) {
        Composite c = new Composite(parent, SWT.NONE);
        GridLayout layout = new GridLayout(columns, false);
        layout.marginWidth = 0;
        layout.marginHeight = 0;
        c.setLayout(layout);
        c.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        return c;
    }

    static GridData fill() {
        GridData d = new GridData(SWT.FILL, SWT.CENTER, true, false);
        d.widthHint = 120; // grows with the window; a long value never pushes its neighbours out
        return d;
    }

    static GridData width(int px) {
        GridData d = new GridData(SWT.FILL, SWT.CENTER, false, false);
        d.widthHint = px;
        return d;
    }

    /** The width in pixels of the widest of {@code texts} in the body type. */
    int textWidth(String... texts) {
        GC gc = new GC(ctx.font().getDevice());
        try {
            gc.setFont(ctx.font());
            int w = 0;
            for (String t : texts) {
                w = Math.max(w, gc.textExtent(t).x);
            }
            return w;
        } finally {
            gc.dispose();
        }
    }

    /** The width of a read-only choice that can show every one of {@code items}. */
    int choiceWidth(String... items) {
        return textWidth(items) + textWidth("MMMM");
    }

    int charWidth() {
        return Math.max(1, textWidth("abcdefghijklmnopqrstuvwxyz") / 26);
    }

    // ---- words

    /** Text for a label as it is: a label would take "&" as the mark of a keyboard shortcut. */
    static String plain(String text) {
        return text.replace("&", "&&");
    }

    Label label(Composite parent, String text) {
        Label l = new Label(parent, SWT.NONE);
        l.setFont(font());
        l.setText(plain(text));
        return l;
    }

    Label heading(Composite parent, String text) {
        Label l = new Label(parent, SWT.WRAP);
        l.setFont(ctx.headingFont());
        l.setText(plain(text));
        l.setLayoutData(fill());
        return l;
    }

    Label section(Composite parent, String text) {
        Label l = new Label(parent, SWT.WRAP);
        l.setFont(bold);
        l.setText(plain(text));
        GridData d = fill();
        d.verticalIndent = textWidth("M") / 2;
        l.setLayoutData(d);
        return l;
    }

    /** A wrapping explanation in a quieter colour. */
    Label hint(Composite parent, String text) {
        Label l = new Label(parent, SWT.WRAP);
        l.setFont(font());
        l.setForeground(HINT);
        l.setText(plain(text));
        l.setLayoutData(fill());
        return l;
    }

    /** The width of the add and remove buttons at the end of each row, the same in every row so they line up. */
    int rowButtonWidth() {
        return textWidth(say.get("screen.add"), say.get("screen.remove")) + 3 * charWidth();
    }

    /** An add or remove button at the end of a row. */
    Button rowButton(Composite parent, String text, String id, Runnable action) {
        Button b = button(parent, text, id, action);
        b.setLayoutData(width(rowButtonWidth()));
        return b;
    }

    Button button(Composite parent, String text, String id, Runnable action) {
        Button b = id(new Button(parent, SWT.PUSH), id);
        b.setFont(font());
        b.setText(text);
        b.addListener(SWT.Selection, e -> action.run());
        return b;
    }

    // ---- fields bound to the dossier

    /**
     * A field that commits what the user typed when they leave it or press Enter (in a multi-line field:
     * Ctrl+Enter), if it differs from what it last showed.
     */
    Text field(Composite parent, int style, String id, Consumer<String> commit) {
        Text t = id(new Text(parent, SWT.BORDER | style), id);
        t.setFont(font());
        t.setData(SHOWN, "");
        Runnable committer = () -> {
            if (!t.isDisposed() && !t.getText().equals(t.getData(SHOWN))) {
                commit.accept(t.getText());
            }
        };
        t.addListener(SWT.FocusOut, e -> committer.run());
        idleCommit(t, committer);
        if ((style & SWT.MULTI) == 0) {
            t.addListener(SWT.DefaultSelection, e -> committer.run());
        } else {
            t.addListener(SWT.Traverse, e -> {
                if (e.detail == SWT.TRAVERSE_TAB_NEXT || e.detail == SWT.TRAVERSE_TAB_PREVIOUS) {
                    e.doit = true; // Tab leaves the field, as everywhere else
                } else if (e.detail == SWT.TRAVERSE_RETURN && (e.stateMask & SWT.MOD1) != 0) {
                    e.doit = false;
                    committer.run();
                }
            });
        }
        return t;
    }

    /**
     * A field for one paragraph that shows all of it, wrapped over {@code lines} lines: for projector mode, where
     * a one-line field would cut the text off. Enter commits, as in a one-line field; line breaks become spaces.
     */
    Text paragraphField(Composite parent, String id, int lines, Consumer<String> commit) {
        Text t = field(parent, SWT.MULTI | SWT.WRAP | SWT.V_SCROLL, id, commit);
        t.addListener(SWT.Verify, e -> {
            if (e.text.equals("\r") || e.text.equals("\n") || e.text.equals("\r\n")) {
                e.doit = false;
            } else {
                e.text = e.text.replaceAll("\\R", " ");
            }
        });
        t.addListener(SWT.KeyDown, e -> {
            if ((e.character == SWT.CR || e.character == SWT.LF) && (e.stateMask & SWT.MODIFIER_MASK) == 0) {
                t.notifyListeners(SWT.FocusOut, new org.eclipse.swt.widgets.Event());
            }
        });
        GridData d = fill();
        d.heightHint = t.getLineHeight() * lines;
        t.setLayoutData(d);
        return t;
    }

    /** A cell that takes the room left in a row, so what follows it sits at the right. */
    static void filler(Composite row) {
        new Label(row, SWT.NONE).setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
    }

    /** In projector mode rows stack: the text on a line of its own, its choices below it. */
    boolean stacked() {
        return ctx.projector();
    }

    /**
     * Also commits when the user stops typing for a moment, so that a save (Ctrl+S) made while the cursor is
     * still in the field finds the text in the dossier.
     */
    private static void idleCommit(Control field, Runnable committer) {
        field.addListener(SWT.Modify, e -> {
            String text = field instanceof Text t ? t.getText() : ((Combo) field).getText();
            if (!text.equals(field.getData(SHOWN))) {
                field.getDisplay().timerExec(IDLE_MS, committer);
            }
        });
        field.addListener(SWT.Dispose, e -> field.getDisplay().timerExec(-1, committer));
    }

    /** Shows a value from the dossier; the field then commits only what the user changes after this. */
    /**
     * A field commits while the user pauses; what comes back is stripped ("uur " becomes "uur"). While the
     * user is still in the field, putting that back would eat the space they are about to type on from.
     */
    private static boolean typingTheSame(boolean focused, String shown, String value) {
        return focused && shown.strip().equals(value.strip());
    }

    static void show(Text t, String value) {
        t.setData(SHOWN, value);
        if (!t.getText().equals(value) && !typingTheSame(t.isFocusControl(), t.getText(), value)) {
            t.setText(value);
        }
        if ((t.getStyle() & SWT.SINGLE) != 0) {
            // a long text does not fit a one-line field: the whole of it on hovering
            t.setToolTipText(value.isBlank() ? null : value);
        }
    }

    /** A field for a new item: Enter adds it. */
    Text newField(Composite parent, String id, String message, Runnable add) {
        Text t = id(new Text(parent, SWT.BORDER | SWT.SINGLE), id);
        t.setFont(font());
        t.setMessage(message);
        t.addListener(SWT.DefaultSelection, e -> add.run());
        return t;
    }

    /** A check box that reports each change the user makes. */
    Button check(Composite parent, String text, String id, Consumer<Boolean> changed) {
        return check(parent, SWT.NONE, text, id, changed);
    }

    /** A check box with extra style bits: {@code SWT.WRAP} for a long text that wraps in its column. */
    Button check(Composite parent, int style, String text, String id, Consumer<Boolean> changed) {
        Button b = id(new Button(parent, SWT.CHECK | style), id);
        b.setFont(font());
        b.setText(plain(text));
        b.addListener(SWT.Selection, e -> changed.accept(b.getSelection()));
        return b;
    }

    static void show(Button check, boolean selected) {
        if (check.getSelection() != selected) {
            check.setSelection(selected);
        }
    }

    /** The words of the domain for these values, in order: for a choice. */
    String[] words(Enum<?>... values) {
        String[] out = new String[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = say.word(values[i]);
        }
        return out;
    }

    Combo choice(Composite parent, String id, String[] items, IntConsumer chosen) {
        Combo c = id(new Combo(parent, SWT.READ_ONLY | SWT.DROP_DOWN), id);
        c.setFont(font());
        c.setItems(items);
        c.setVisibleItemCount(Math.max(items.length, 1));
        c.addListener(SWT.Selection, e -> chosen.accept(c.getSelectionIndex()));
        return c;
    }

    static void show(Combo c, int index) {
        if (c.getSelectionIndex() != index) {
            c.select(index);
        }
    }
}
