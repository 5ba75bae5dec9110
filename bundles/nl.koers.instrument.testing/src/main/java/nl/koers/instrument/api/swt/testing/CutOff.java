package nl.koers.instrument.api.swt.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

import nl.koers.domain.Dossier;
import nl.koers.instrument.api.swt.InstrumentScreens;

/**
 * What a window cuts off: a visible control that reaches past the visible area of a composite it is in (except in
 * the direction a {@link ScrolledComposite} scrolls, where scrolling reaches it), a button or a one-line label
 * made narrower than its text, a paragraph field lower than the lines its text wraps to (since 2.5), and
 * a control lying over its neighbour (GTK draws some controls larger than their
 * layout gave them, since 2.5). A layout that wraps or shrinks where the window is small has none. In projector mode
 * also a paragraph field too narrow to read from the back of the room ({@link #narrowParagraphs}, since 2.6) and a
 * list narrower than an item in it ({@link #cutItems}: the partner list since 2.7, every list since 2.8; the kit's
 * {@link nl.koers.instrument.api.swt.kit.FittedList} keeps a list's items whole).
 *
 * @since 2.4
 */
public final class CutOff {
    /** From a list's edge to its items' text, on each side: its border and an item's padding (6 px measured). */
    private static final int ITEM_INSET = 6;
    /**
     * What GTK's list draws around an item's line, above and below together: an item is its type's line high and
     * this (6 px measured at 8 to 24 pt).
     */
    private static final int ITEM_LEADING = 6;
    /** A pixel of rounding is not a cut. */
    private static final int SLACK = 1;
    /** The fewest letters a one-line field shows: a name or a number, read at a glance. */
    private static final int FIELD_LETTERS = 4;

    /** What the workbench's window keeps around a step across: its frame and margins. */
    private static final int FRAME_WIDTH = 30;
    /** What it keeps above and below a step: menus, tabs, the step's question and tip, back and next, status. */
    private static final int FRAME_HEIGHT = 250;
    /**
     * What it keeps above and below a step in projector mode, full screen on one monitor: the step's title and
     * question in large type (measured: 324-392 px at 1920x1080, 1280x720 and 1024x768), back and next.
     */
    private static final int PROJECTOR_FRAME_HEIGHT = 390;

    /**
     * A projector's common sizes, which the workbench's window fills in projector mode: an old beamer, a wide one
     * and full HD.
     *
     * @since 2.5
     */
    public static final List<Point> PROJECTORS = List.of(new Point(1024, 768), new Point(1280, 720),
            new Point(1920, 1080));

    /**
     * The fewest letters of its own type a paragraph field shows on a line in projector mode: at 1024x768 a position
     * got 11 to 17 (180 to 275 px), and the room read its text a few words a line.
     *
     * @since 2.6
     */
    public static final int READABLE_LETTERS = 32;

    private CutOff() {
    }

    /**
     * {@return the room a step gets in the workbench's window of {@code window}'s size, for a {@link StepWindow}}
     *
     * @param window the size of the workbench's window, such as a laptop's 1024x768
     */
    public static Point stepArea(Point window) {
        return new Point(window.x - FRAME_WIDTH, window.y - FRAME_HEIGHT);
    }

    /**
     * {@return the room a step gets in projector mode, when the workbench's window fills a projector of
     * {@code projector}'s size, for a {@link StepWindow} built for the projector}
     *
     * @param projector the projector's size, such as one of {@link #PROJECTORS}
     * @since 2.5
     */
    public static Point projectorStepArea(Point projector) {
        return new Point(projector.x - FRAME_WIDTH, projector.y - PROJECTOR_FRAME_HEIGHT);
    }

    /**
     * {@return what is cut off in each step of the screens {@code screens} makes in projector mode (large type), on
     * each of the {@link #PROJECTORS}, one line each; empty when nothing is}
     *
     * @param screens makes the instrument's screens, once per projector
     * @param steps how many steps it has
     * @param idPrefix the prefix of the instrument's widget ids
     * @param dossier what the steps show
     * @param locale the language of the screens
     * @since 2.5
     */
    public static List<String> onProjectors(Supplier<InstrumentScreens> screens, int steps, String idPrefix,
            Dossier dossier, Locale locale) {
        List<String> out = new ArrayList<>();
        for (Point projector : PROJECTORS) {
            try (StepWindow w = StepWindow.open(screens.get(), steps, idPrefix, dossier, locale, true,
                    projectorStepArea(projector))) {
                String at = "projector " + projector.x + "x" + projector.y;
                out.addAll(inEveryStep(w, steps, at, READABLE_LETTERS, true));
            }
        }
        return out;
    }

    /**
     * {@return what is cut off in each step of the screens {@code screens} makes, in a workbench window of 1024x768
     * and of 1280x800 (the small laptops and projectors a facilitator meets), one line each; empty when nothing is}
     *
     * @param screens makes the instrument's screens, once per window
     * @param steps how many steps it has
     * @param idPrefix the prefix of the instrument's widget ids
     * @param dossier what the steps show
     * @param locale the language of the screens
     */
    public static List<String> onSmallScreens(Supplier<InstrumentScreens> screens, int steps, String idPrefix,
            Dossier dossier, Locale locale) {
        List<String> out = new ArrayList<>();
        for (Point window : List.of(new Point(1024, 768), new Point(1280, 800))) {
            out.addAll(inEveryStep(screens.get(), steps, idPrefix, dossier, locale, window));
        }
        return out;
    }

    /**
     * {@return what is cut off in each step of {@code screens} when the workbench's window has {@code window}'s size,
     * one line each, named by the step; empty when nothing is}
     *
     * @param screens the instrument's screens
     * @param steps how many steps it has
     * @param idPrefix the prefix of the instrument's widget ids
     * @param dossier what the steps show
     * @param locale the language of the screens
     * @param window the size of the workbench's window, such as a laptop's 1024x768
     */
    public static List<String> inEveryStep(InstrumentScreens screens, int steps, String idPrefix, Dossier dossier,
            Locale locale, Point window) {
        try (StepWindow w = StepWindow.open(screens, steps, idPrefix, dossier, locale, false, stepArea(window))) {
            return inEveryStep(w, steps, window.x + "x" + window.y, 0, false);
        }
    }

    /**
     * @param letters the fewest letters a paragraph field's line holds; 0 at the desk, where none is asked
     * @param wholeItems whether every list must show its items whole, as in projector mode: the room tells the
     *        partners, the speakers and the snapshots apart by them
     */
    private static List<String> inEveryStep(StepWindow w, int steps, String at, int letters, boolean wholeItems) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < steps; i++) {
            w.show(i);
            w.robot().spin(); // the scroll bars' widths come after the first layout
            String where = at + " step " + i + ": ";
            under(w.page(i)).forEach(c -> out.add(where + c));
            narrowParagraphs(w.page(i), letters).forEach(c -> out.add(where + c));
            if (wholeItems) {
                cutItems(w.page(i)).forEach(c -> out.add(where + c));
            }
        }
        return out;
    }

    /**
     * {@return what is cut off under {@code root}, one line each (the control's id or text, and where); empty when
     * nothing is}
     *
     * @param root the control whose visible controls are checked, usually a window or a step's page
     */
    public static List<String> under(Control root) {
        List<String> out = new ArrayList<>();
        for (Control c : visible(root)) {
            if (c instanceof Composite composite && composite.getChildren().length > 0) {
                overlapping(composite, out);
            } else {
                check(c, root, out);
            }
        }
        return out;
    }

    /** {@return {@code root} and the controls under it that are visible, a hidden composite's children left out} */
    private static List<Control> visible(Control root) {
        List<Control> out = new ArrayList<>();
        List<Control> todo = new ArrayList<>(List.of(root));
        while (!todo.isEmpty()) {
            Control c = todo.remove(todo.size() - 1);
            if (c.isVisible()) {
                out.add(c);
                if (c instanceof Composite composite) {
                    todo.addAll(List.of(composite.getChildren()));
                }
            }
        }
        return out;
    }

    /**
     * {@return the visible paragraph fields under {@code root} that show fewer than {@code letters} letters of their
     * own type on a line, one line each; empty when none does} Large type needs the room a window has: a field a
     * few words wide is hard to read on a projector.
     *
     * @param root the control whose visible paragraph fields are checked, usually a step's page or a window
     * @param letters the fewest letters a line must hold, such as {@link #READABLE_LETTERS}
     * @since 2.6
     */
    public static List<String> narrowParagraphs(Control root, int letters) {
        List<String> out = new ArrayList<>();
        for (Control c : visible(root)) {
            if (c instanceof Text field && field.getData(nl.koers.instrument.api.swt.kit.Ui.PARAGRAPH) != null) {
                int wide = field.getClientArea().width;
                int need = letters * TypeMeasures.letterWidth(field);
                if (wide + SLACK < need) {
                    out.add(name(field) + ": " + wide + " px wide, " + letters + " letters need " + need);
                }
            }
        }
        return out;
    }

    /**
     * {@return the visible lists under {@code root} narrower than their widest item, or drawn in a larger type than
     * they report (since 2.9: GTK kept some lists' rows, and letters, of the type before), one line each; empty when
     * none is} A list cuts such an item at its edge: in projector mode the room cannot tell which partner is chosen
     * from "Ondernemersveren".
     *
     * @param root the control whose visible lists are checked, usually a step's page or a window
     * @since 2.7
     */
    public static List<String> cutItems(Control root) {
        List<String> out = new ArrayList<>();
        for (Control c : visible(root)) {
            if (c instanceof org.eclipse.swt.widgets.List list && list.getItemCount() > 0) {
                // measured, not asked: GTK's list keeps the width of items it had in a larger type
                String widest = "";
                int need = 0;
                org.eclipse.swt.graphics.GC gc = new org.eclipse.swt.graphics.GC(list);
                try {
                    gc.setFont(list.getFont());
                    for (String item : list.getItems()) {
                        int w = gc.textExtent(item).x + 2 * ITEM_INSET;
                        if (w > need) {
                            need = w;
                            widest = item;
                        }
                    }
                } finally {
                    gc.dispose();
                }
                int wide = list.getSize().x;
                if (wide + SLACK < need) {
                    out.add(name(list) + " \"" + widest + "\": " + wide + " px wide of the " + need
                            + " its items need");
                }
                // the type GTK draws, not the one set: a list that kept its larger rows kept its larger letters
                int drawn = list.getItemHeight();
                int line = TypeMeasures.lineHeight(list) + ITEM_LEADING;
                if (drawn > line + SLACK) {
                    out.add(name(list) + ": items drawn " + drawn + " px high, its type's are " + line
                            + ": drawn in a larger type than it measures");
                }
            }
        }
        return out;
    }

    /**
     * Adds the visible children of {@code parent} that lie over one another: a control that GTK draws larger than
     * its layout gave it covers its neighbour. A scrolling area's sign over its content is meant to.
     */
    private static void overlapping(Composite parent, List<String> out) {
        if (parent instanceof ScrolledComposite) {
            return;
        }
        List<Control> shown = new ArrayList<>();
        for (Control c : parent.getChildren()) {
            Rectangle r = c.getBounds();
            if (c.isVisible() && r.width > 0 && r.height > 0) {
                shown.add(c);
            }
        }
        for (int i = 0; i < shown.size(); i++) {
            Rectangle a = shown.get(i).getBounds();
            for (int j = i + 1; j < shown.size(); j++) {
                Rectangle b = shown.get(j).getBounds();
                if (a.intersects(b.x + SLACK, b.y + SLACK, b.width - 2 * SLACK, b.height - 2 * SLACK)) {
                    out.add(name(shown.get(i)) + ": " + a + " over " + name(shown.get(j)) + " " + b);
                }
            }
        }
    }

    private static void check(Control c, Control root, List<String> out) {
        Rectangle bounds = c.getBounds();
        if (bounds.width <= 0 || bounds.height <= 0) {
            return; // nothing drawn: an empty filler, an excluded row
        }
        String squeezed = squeezed(c, bounds);
        if (squeezed != null) {
            out.add(name(c) + ": " + squeezed);
            return;
        }
        Rectangle on = c.getDisplay().map(c.getParent(), null, bounds);
        for (Control a = c.getParent(); a != null; a = a.getParent()) {
            Rectangle area = a.getDisplay().map(a, null, ((Composite) a).getClientArea());
            boolean scrollsAcross = a instanceof ScrolledComposite && (a.getStyle() & SWT.H_SCROLL) != 0;
            boolean scrollsDown = a instanceof ScrolledComposite && (a.getStyle() & SWT.V_SCROLL) != 0;
            boolean across = !scrollsAcross && (on.x + SLACK < area.x || on.x + on.width > area.x + area.width + SLACK);
            boolean down = !scrollsDown && (on.y + SLACK < area.y || on.y + on.height > area.y + area.height + SLACK);
            if (across || down) {
                out.add(name(c) + ": " + on + " outside " + name(a) + " " + area);
                return;
            }
            if (a == root || a instanceof ScrolledComposite) {
                return; // the scrolled area shows the rest as far as it scrolls
            }
        }
    }

    /**
     * {@return how a button or a label with a text is smaller than its text needs, or a one-line field too narrow to
     * read; null when it is not} One that wraps may be narrower, as long as it is high enough for the
     * lines it wraps to.
     */
    private static String squeezed(Control c, Rectangle bounds) {
        if (c instanceof Text field) {
            return hidden(field);
        }
        String text = c instanceof Button b ? b.getText() : c instanceof Label l ? l.getText() : "";
        if (text.isEmpty() || (c.getStyle() & SWT.SEPARATOR) != 0) {
            return null;
        }
        if ((c.getStyle() & SWT.WRAP) != 0) {
            int high = c.computeSize(bounds.width, SWT.DEFAULT, true).y;
            return bounds.height + SLACK < high ? bounds.height + " px high of the " + high + " its lines need" : null;
        }
        int wide = c.computeSize(SWT.DEFAULT, SWT.DEFAULT, true).x;
        return bounds.width + SLACK < wide ? bounds.width + " px wide of the " + wide + " its text needs" : null;
    }

    /**
     * {@return how a paragraph field (the kit's, which shows all its text) is lower than its text needs, so that the
     * rest hides below its edge; null when it is not} A text area that scrolls on purpose is not one.
     */
    private static String hidden(Text field) {
        if ((field.getStyle() & SWT.SINGLE) != 0) {
            // squeezed by its neighbours on a row, a name field showed no letter of the name at all
            int wide = field.getClientArea().width;
            int need = FIELD_LETTERS * TypeMeasures.letterWidth(field);
            return wide + SLACK < need ? wide + " px wide, fewer than " + FIELD_LETTERS + " letters show" : null;
        }
        if (field.getData(nl.koers.instrument.api.swt.kit.Ui.PARAGRAPH) == null || field.getText().isEmpty()) {
            return null;
        }
        int shown = field.getClientArea().height;
        int trim = field.computeTrim(0, 0, 0, 0).height;
        int high = field.computeSize(field.getClientArea().width, SWT.DEFAULT, true).y - trim;
        return shown + SLACK < high ? shown + " px high of the " + high + " its text needs" : null;
    }

    private static String name(Control c) {
        Object id = c.getData(nl.koers.instrument.api.swt.kit.Ui.ID);
        String text = c instanceof Button b ? b.getText() : c instanceof Label l ? l.getText()
                : c instanceof Text t ? t.getText() : "";
        String what = c.getClass().getSimpleName();
        return what + (id != null ? " " + id : "") + (text.isEmpty() ? "" : " \"" + abbreviated(text) + "\"");
    }

    private static String abbreviated(String text) {
        return text.length() <= 40 ? text : text.substring(0, 39) + "\u2026";
    }
}
