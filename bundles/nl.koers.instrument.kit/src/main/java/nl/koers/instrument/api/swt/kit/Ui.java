package nl.koers.instrument.api.swt.kit;

import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.IntConsumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.FontData;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Widget;

import org.osgi.annotation.versioning.ConsumerType;

import nl.koers.domain.edit.Edit;
import nl.koers.instrument.api.swt.WorkContext;

/**
 * The few widgets every step is made of, in the workbench's type (large in projector mode), each with a stable
 * id for the UI tests: {@code <prefix><id>}, where an instrument passes its own prefix (such as
 * {@code "brengenhalen."}). Text fields commit their value as one edit when the user leaves them or presses
 * Enter, not per keystroke, so one Ctrl+Z takes back one change.
 * <p>
 * An instrument extends this with its own words and colours: {@code final class Ui extends
 * nl.koers.instrument.api.swt.kit.Ui}, with a constructor that passes its prefix. That makes this class a
 * {@link ConsumerType}: a method Koers adds here could clash with one a firm's subclass already has, so any
 * change to its public or protected members, an addition included, comes with a major version of this package
 * (baseline/README.md). Give the methods of a subclass names of the instrument's own ({@code rowButton},
 * {@code page}), never names of widgets in general.
 *
 * <pre>{@code
 * final class Ui extends nl.koers.instrument.api.swt.kit.Ui {
 *     Ui(WorkContext ctx, Composite root) {
 *         super(ctx, root, "energiekaart.");
 *     }
 * }
 *
 * Ui ui = new Ui(context, parent);
 * Text name = ui.field(parent, SWT.SINGLE, "theme.name", typed -> ui.apply(DATA.update(b -> b.named(typed))));
 * ui.follow(parent, () -> Ui.show(name, DATA.read(context.dossier()).name()));
 * }</pre>
 *
 * Everything here is used on the UI thread.
 */
@ConsumerType
public class Ui {
    /** The key under which widgets carry their id. */
    public static final String ID = "koers.id";
    /**
     * The key under which a {@link #paragraphField} says it is one: a field that shows all its text, as high as
     * its lines (a test can check that none hides its text).
     *
     * @since 1.3
     */
    public static final String PARAGRAPH = "koers.kit.paragraph";
    /** White, the background of a card. */
    public static final Color WHITE = new Color(255, 255, 255);
    /** The quieter colour of a {@link #hint}. */
    public static final Color HINT = new Color(90, 90, 90);

    /** The screen's work context: the dossier, its edits and the room's fonts. */
    public final WorkContext ctx;
    private final String prefix;
    private final Font bold;
    private final FieldCommits commits;
    private final TextWidths widths = new TextWidths();

    /**
     * The kit for one step's screen; a subclass passes its instrument's prefix.
     *
     * @param ctx the screen's work context
     * @param root the step's parent: derived fonts live as long as it does
     * @param prefix put before every widget's id, such as {@code "brengenhalen."}
     */
    protected Ui(WorkContext ctx, Composite root, String prefix) {
        this.ctx = ctx;
        this.prefix = prefix;
        this.commits = new FieldCommits(ctx);
        FontData[] data = ctx.font().getFontData();
        for (FontData d : data) {
            d.setStyle(SWT.BOLD);
        }
        this.bold = new Font(root.getDisplay(), data);
        root.addDisposeListener(e -> bold.dispose());
        // the window's language, not the system's: kit parts made without this Ui (a Scroll's sign) look it up
        root.setData(LOCALE, ctx.locale());
    }

    /** The key under which a step's root holds the window's language, for the kit's parts made without a Ui. */
    static final String LOCALE = "koers.locale";

    /** {@return the window's language as the nearest step root above {@code c} holds it; the system's if none} */
    static Locale locale(Control c) {
        for (Control at = c; at != null; at = at.getParent()) {
            if (at.getData(LOCALE) instanceof Locale l) {
                return l;
            }
        }
        return Locale.getDefault();
    }

    /** {@return the body font: larger in projector mode; the workbench's, do not dispose} */
    public Font font() {
        return ctx.font();
    }

    /** {@return the body font in bold; freed with the step's parent} */
    public Font bold() {
        return bold;
    }

    /**
     * Gives a widget its id, {@code <prefix><id>}, under {@link #ID}: the id a UI test finds it by.
     *
     * @param <T> the widget's type
     * @param widget the widget
     * @param id its id within the instrument, such as {@code "theme.add"}
     * @return the same widget, so it can be named where it is made
     */
    public <T extends Widget> T named(T widget, String id) {
        widget.setData(ID, prefix + id);
        return widget;
    }

    /**
     * Keeps a step in step with the dossier. The workbench keeps every step of an instrument, hidden or not;
     * a hidden step does not redraw on every edit but once, when it is shown again.
     *
     * @param parent the step's composite: while it is hidden, changes wait; once disposed, they stop
     * @param refresh shows the dossier as it is now ({@code ctx.dossier()}); not run here: call it once yourself
     */
    public void follow(Composite parent, Runnable refresh) {
        StepFollower.follow(ctx, parent, refresh);
    }

    /**
     * Does what a field does with its text (commits it, adds an item); a text or amount the domain refuses (too
     * long, too many digits) marks the field with the reason, in the user's language, and what was typed stays.
     */
    void guarded(Control field, Runnable action) {
        commits.guarded(field, action);
    }

    /** Marks a field whose text cannot be used, with the reason as its tooltip; null clears the mark. */
    static void refused(Control field, String reason) {
        FieldCommits.refused(field, reason);
    }

    /**
     * Applies an edit; one that no longer fits the dossier (an item just removed) is refused with a beep. A field
     * made by this kit shows the reason of an edit the domain refuses (too long) instead. Made while a field
     * commits, it joins the undo step of that field's earlier commits since the user entered it.
     *
     * @param edit the change
     */
    public void apply(Edit edit) {
        try {
            ctx.apply(commits.during(edit));
        } catch (IllegalArgumentException e) {
            org.eclipse.swt.widgets.Display.getCurrent().beep();
        }
    }

    // ---- layout

    /**
     * {@return a composite without margins, filling the width of a one-column grid, with a grid of its own}
     *
     * @param parent a composite with a {@code GridLayout}
     * @param columns the number of columns of the new grid
     */
    public static Composite column(Composite parent, int columns) {
        Composite c = new Composite(parent, SWT.NONE);
        GridLayout layout = new GridLayout(columns, false);
        layout.marginWidth = 0;
        layout.marginHeight = 0;
        c.setLayout(layout);
        c.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        return c;
    }

    /**
     * {@return layout data for a control that takes the width it is given} It starts narrow and grows with the
     * window, so a long value never pushes its neighbours out.
     */
    public static GridData fill() {
        GridData d = new GridData(SWT.FILL, SWT.CENTER, true, false);
        d.widthHint = 120; // grows with the window; a long value never pushes its neighbours out
        return d;
    }

    /**
     * {@return layout data for a control of a fixed width, such as a choice lined up with the ones above it}
     *
     * @param px the width in pixels; see {@link #textWidth} and {@link #choiceWidth}
     */
    public static GridData width(int px) {
        GridData d = new GridData(SWT.FILL, SWT.CENTER, false, false);
        d.widthHint = px;
        return d;
    }

    /**
     * {@return the width in pixels of the widest of {@code texts} in the body type}
     *
     * @param texts the texts to measure
     */
    public int textWidth(String... texts) {
        return widths.widest(ctx.font(), texts);
    }

    /**
     * {@return the width of a read-only choice that can show every one of {@code items}}
     *
     * @param items the choice's items
     */
    public int choiceWidth(String... items) {
        return textWidth(items) + textWidth("MMMM");
    }

    /** {@return the average width of a letter in the body type, in pixels: for widths "of 20 letters"} */
    public int charWidth() {
        return Math.max(1, textWidth("abcdefghijklmnopqrstuvwxyz") / 26);
    }

    /**
     * The width a control takes in a grid when given {@code hint} (a field adds its border to it), so a
     * heading above it can line up; the probe is disposed.
     *
     * @param probe a control like the one to line up with, made for this measure only
     * @param hint the width hint the real control gets
     * @return the width in pixels
     */
    public static int widthIn(Control probe, int hint) {
        int w = probe.computeSize(hint, SWT.DEFAULT).x;
        probe.dispose();
        return w;
    }

    /**
     * Adds a cell that takes the room left in a row, so what follows it sits at the right.
     *
     * @param row a composite with a {@code GridLayout}
     */
    public static void filler(Composite row) {
        new Label(row, SWT.NONE).setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
    }

    /**
     * {@return whether rows stack} In projector mode rows stack: the text on a line of its own, its choices below it.
     */
    public boolean stacked() {
        return ctx.projector();
    }

    /**
     * {@return a font like {@code base}, {@code factor} times as large, freed with {@code owner}}
     *
     * @param owner the control whose disposal frees the font
     * @param base the font to start from, usually {@link #font()}
     * @param factor how many times as large, e.g. 1.5
     * @param style {@code SWT.NORMAL}, {@code SWT.BOLD} and/or {@code SWT.ITALIC}
     */
    public static Font scaled(Control owner, Font base, double factor, int style) {
        FontData[] data = base.getFontData();
        for (FontData d : data) {
            d.setHeight((int) Math.round(d.getHeight() * factor));
            d.setStyle(style);
        }
        Font f = new Font(owner.getDisplay(), data);
        owner.addDisposeListener(e -> f.dispose());
        return f;
    }

    // ---- words

    /**
     * {@return text for a label as it is} A label would take "&amp;" as the mark of a keyboard shortcut: it is
     * doubled. Every label of this kit does this already.
     *
     * @param text text from the dossier or the texts
     */
    public static String plain(String text) {
        return text.replace("&", "&&");
    }

    /**
     * {@return a label in the body type}
     *
     * @param parent where it goes
     * @param text what it says, shown as it is ({@link #plain})
     */
    public Label label(Composite parent, String text) {
        Label l = new Label(parent, SWT.NONE);
        l.setFont(font());
        l.setText(plain(text));
        return l;
    }

    /**
     * {@return a heading in the heading type, wrapping, as wide as its column}
     *
     * @param parent where it goes
     * @param text what it says
     */
    public Label heading(Composite parent, String text) {
        Label l = new Label(parent, SWT.WRAP);
        l.setFont(ctx.headingFont());
        l.setText(plain(text));
        l.setLayoutData(fill());
        return l;
    }

    /**
     * {@return the bold title of a part of a step, with some room above it}
     *
     * @param parent where it goes
     * @param text what it says
     */
    public Label section(Composite parent, String text) {
        Label l = new Label(parent, SWT.WRAP);
        l.setFont(bold);
        l.setText(plain(text));
        GridData d = fill();
        d.verticalIndent = textWidth("M") / 2;
        l.setLayoutData(d);
        return l;
    }

    /**
     * {@return a wrapping explanation in a quieter colour}
     *
     * @param parent where it goes
     * @param text what it says
     */
    public Label hint(Composite parent, String text) {
        Label l = new Label(parent, SWT.WRAP);
        l.setFont(font());
        l.setForeground(HINT);
        l.setText(plain(text));
        l.setLayoutData(fill());
        return l;
    }

    /**
     * {@return a push button}
     *
     * @param parent where it goes
     * @param text its text; an {@code &} marks the keyboard shortcut
     * @param id its id ({@link #named})
     * @param action what it does when pressed
     */
    public Button button(Composite parent, String text, String id, Runnable action) {
        Button b = named(new Button(parent, SWT.PUSH), id);
        b.setFont(font());
        b.setText(text);
        b.addListener(SWT.Selection, e -> action.run());
        return b;
    }

    /**
     * {@return a check box that reports each change the user makes} Show the dossier's value with
     * {@link #show(Button, boolean)}, which reports nothing.
     *
     * @param parent where it goes
     * @param text what it says
     * @param id its id ({@link #named})
     * @param changed gets whether it is now checked
     */
    public Button check(Composite parent, String text, String id, Consumer<Boolean> changed) {
        return check(parent, SWT.NONE, text, id, changed);
    }

    /**
     * {@return a check box with extra style bits: {@code SWT.WRAP} for a long text that wraps in its column}
     *
     * @param parent where it goes
     * @param style extra style bits
     * @param text what it says
     * @param id its id ({@link #named})
     * @param changed gets whether it is now checked
     */
    public Button check(Composite parent, int style, String text, String id, Consumer<Boolean> changed) {
        Button b = named(new Button(parent, SWT.CHECK | style), id);
        b.setFont(font());
        b.setText(plain(text));
        b.addListener(SWT.Selection, e -> changed.accept(b.getSelection()));
        return b;
    }

    /**
     * Shows a value from the dossier in a check box, without reporting it as a change.
     *
     * @param check the check box
     * @param selected whether it is checked
     */
    public static void show(Button check, boolean selected) {
        if (check.getSelection() != selected) {
            check.setSelection(selected);
        }
    }

    // ---- fields bound to the dossier

    /**
     * A field that commits what the user typed when they leave it or press Enter (in a multi-line field:
     * Ctrl+Enter), if it differs from what it last showed. It also commits when the user pauses typing, so a save
     * finds the text in the dossier. A text the domain refuses marks the field with the reason and stays.
     *
     * @param parent where it goes
     * @param style {@code SWT.SINGLE}, or {@code SWT.MULTI} and {@code SWT.WRAP} for several lines
     * @param id its id ({@link #named})
     * @param commit gets the text to put in the dossier, usually through {@link #apply}
     * @return the field; show the dossier's value in it with {@link #show(Text, String)}
     */
    public Text field(Composite parent, int style, String id, Consumer<String> commit) {
        Text t = named(new Text(parent, SWT.BORDER | style), id);
        t.setFont(font());
        commits.bind(t, (style & SWT.MULTI) != 0, commit);
        return t;
    }

    /**
     * A field for one paragraph that shows all of it, wrapped over {@code lines} lines or as many more as its text
     * needs (up to six; then it scrolls): for projector mode, where a one-line field would cut the text off. Enter commits, as in a one-line field; line breaks become spaces.
     *
     * @param parent where it goes
     * @param id its id ({@link #named})
     * @param lines how many lines high it is
     * @param commit gets the text to put in the dossier
     * @return the field
     */
    public Text paragraphField(Composite parent, String id, int lines, Consumer<String> commit) {
        Text t = field(parent, SWT.MULTI | SWT.WRAP | SWT.V_SCROLL, id, commit);
        FieldCommits.oneParagraph(t);
        GridData d = fill();
        d.heightHint = t.getLineHeight() * lines;
        t.setLayoutData(d);
        t.setData(PARAGRAPH, Boolean.TRUE);
        ParagraphHeight.follow(t, lines);
        return t;
    }

    /**
     * {@return whether the user typed something in a field that it has not committed yet}
     *
     * @param t a field made by {@link #field}
     */
    public static boolean typed(Text t) {
        return FieldCommits.typed(t);
    }

    /**
     * Shows a value from the dossier; the field then commits only what the user changes after this. Call it in the
     * step's refresh: what the user is typing is not overwritten by the same text coming back.
     *
     * @param t a field made by {@link #field} or {@link #paragraphField}
     * @param value the value in the dossier
     */
    public static void show(Text t, String value) {
        FieldCommits.show(t, value);
    }

    /**
     * {@return a field for a new item: Enter adds it; a text the domain refuses marks the field}
     *
     * @param parent where it goes
     * @param id its id ({@link #named})
     * @param message the grey text while it is empty, such as "Wat brengt u in?"
     * @param add reads the field, adds the item and empties the field
     */
    public Text newField(Composite parent, String id, String message, Runnable add) {
        Text t = named(new Text(parent, SWT.BORDER | SWT.SINGLE), id);
        t.setFont(font());
        t.setMessage(message);
        t.addListener(SWT.DefaultSelection, e -> guarded(t, add));
        return t;
    }

    /**
     * {@return a read-only choice that reports the index the user chooses}
     *
     * @param parent where it goes
     * @param id its id ({@link #named})
     * @param items what can be chosen, in order
     * @param chosen gets the index of the chosen item
     */
    public Combo choice(Composite parent, String id, String[] items, IntConsumer chosen) {
        Combo c = named(new Combo(parent, SWT.READ_ONLY | SWT.DROP_DOWN), id);
        c.setFont(font());
        c.setItems(items);
        c.setVisibleItemCount(Math.max(items.length, 1));
        c.addListener(SWT.Selection, e -> chosen.accept(c.getSelectionIndex()));
        return c;
    }

    /**
     * {@return a choice of suggestions that also takes free text; commits like a field}
     *
     * @param parent where it goes
     * @param id its id ({@link #named})
     * @param suggestions what the list offers, such as units
     * @param commit gets the text to put in the dossier; null for a choice that commits nothing
     */
    public Combo openChoice(Composite parent, String id, String[] suggestions, Consumer<String> commit) {
        Combo c = named(new Combo(parent, SWT.DROP_DOWN), id);
        c.setFont(font());
        c.setItems(suggestions);
        c.setVisibleItemCount(Math.max(suggestions.length, 1));
        commits.bind(c, commit);
        return c;
    }

    /**
     * Shows a value from the dossier in an open choice, without committing it back.
     *
     * @param c a choice made by {@link #openChoice}
     * @param text the value in the dossier
     */
    public static void show(Combo c, String text) {
        FieldCommits.show(c, text);
    }

    /**
     * Shows a value from the dossier in a read-only choice, without reporting it as chosen.
     *
     * @param c a choice made by {@link #choice}
     * @param index the index of the item to show
     */
    public static void show(Combo c, int index) {
        if (c.getSelectionIndex() != index) {
            c.select(index);
        }
    }
}
