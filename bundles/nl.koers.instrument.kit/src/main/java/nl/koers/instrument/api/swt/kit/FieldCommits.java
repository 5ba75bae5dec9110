package nl.koers.instrument.api.swt.kit;

import java.util.function.Consumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Text;

import nl.koers.domain.EditRefused;
import nl.koers.domain.Limits;
import nl.koers.domain.edit.Edit;
import nl.koers.instrument.api.swt.WorkContext;

/**
 * How the kit's fields commit what the user types: when they leave the field, press Enter or pause, and only what
 * differs from what the field last showed from the dossier; one stretch of typing is one undo step. A text the
 * domain refuses marks the field with the reason. One per {@link Ui}.
 */
final class FieldCommits {
    /** The value a field last showed from the dossier; typing that differs from it is committed. */
    private static final String SHOWN = "koers.kit.shown";
    /** Why the domain refused what was typed in a field, while the field shows that. */
    private static final String REFUSED = "koers.kit.refused";
    /** The background of a field whose text cannot be used. */
    static final Color WRONG = new Color(255, 205, 205);
    /** How long typing must pause before a field commits on its own. */
    private static final int IDLE_MS = 1500;

    private final WorkContext ctx;
    /** While a field commits: the stretch of typing its edit belongs to, so a pause and leaving are one undo step. */
    private String typing;

    FieldCommits(WorkContext ctx) {
        this.ctx = ctx;
    }

    /** {@return the edit, joined to the undo step of the field that commits it now, if one does} */
    Edit during(Edit edit) {
        return typing == null ? edit : edit.during(typing);
    }

    /**
     * Does what a field does with its text (commits it, adds an item); a text or amount the domain refuses (too
     * long, too many digits) marks the field with the reason, in the user's language, and what was typed stays.
     */
    void guarded(Control field, Runnable action) {
        refused(field, null); // the action may mark it again, for a reason of its own
        try {
            action.run();
        } catch (EditRefused e) {
            refused(field, e.message(ctx.locale()));
        }
    }

    /** Marks a field whose text cannot be used, with the reason as its tooltip; null clears the mark. */
    static void refused(Control field, String reason) {
        if (reason == null && field.getData(REFUSED) == null) {
            return; // not marked: its background may say something else (an item not yet concrete)
        }
        field.setData(REFUSED, reason);
        field.setBackground(reason == null ? null : WRONG);
        field.setToolTipText(reason);
    }

    /** Makes {@code t} commit what is typed in it to {@code commit}: see {@link Ui#field}. */
    void bind(Text t, boolean multi, Consumer<String> commit) {
        t.setData(SHOWN, "");
        // what is typed between entering the field and leaving it is one edit, however often a pause commits it
        String[] stretch = {null};
        Runnable committer = () -> {
            if (t.isDisposed()) {
                return;
            }
            // a line break at the end is never meant: it is what a commit key leaves behind on some platforms
            String typed = multi ? t.getText().replaceFirst("\\R+$", "") : t.getText();
            if (!typed.equals(t.getData(SHOWN))) {
                if (stretch[0] == null) {
                    stretch[0] = java.util.UUID.randomUUID().toString();
                }
                typing = stretch[0];
                try {
                    guarded(t, () -> commit.accept(Limits.text(typed)));
                } finally {
                    typing = null;
                }
            }
        };
        Runnable done = () -> {
            committer.run();
            stretch[0] = null;
        };
        t.addListener(SWT.FocusOut, e -> done.run());
        idleCommit(t, committer);
        if (!multi) {
            t.addListener(SWT.DefaultSelection, e -> done.run());
        } else {
            t.addListener(SWT.Traverse, e -> {
                if (e.detail == SWT.TRAVERSE_TAB_NEXT || e.detail == SWT.TRAVERSE_TAB_PREVIOUS) {
                    e.doit = true; // Tab leaves the field, as everywhere else
                } else if (e.detail == SWT.TRAVERSE_RETURN && (e.stateMask & SWT.MOD1) != 0) {
                    // taken, not traversed: doit=false alone would hand the key on and type a line break
                    e.detail = SWT.TRAVERSE_NONE;
                    e.doit = true;
                    done.run();
                }
            });
            // GTK sends no traverse for Ctrl+Enter in a multi-line field, only the key
            t.addListener(SWT.KeyDown, e -> {
                if ((e.character == SWT.CR || e.character == SWT.LF) && (e.stateMask & SWT.MOD1) != 0) {
                    e.doit = false;
                    done.run();
                }
            });
        }
    }

    /** Makes a multi-line field take one paragraph: Enter commits, as in a one-line field; breaks become spaces. */
    static void oneParagraph(Text t) {
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
    }

    /**
     * Makes an open choice commit what is typed or chosen in it to {@code commit} (null: nothing): see
     * {@link Ui#openChoice}.
     */
    void bind(Combo c, Consumer<String> commit) {
        c.setData(SHOWN, "");
        if (commit != null) {
            Runnable committer = () -> {
                if (!c.isDisposed() && !c.getText().equals(c.getData(SHOWN))) {
                    guarded(c, () -> commit.accept(Limits.text(c.getText())));
                }
            };
            c.addListener(SWT.FocusOut, e -> committer.run());
            c.addListener(SWT.DefaultSelection, e -> committer.run());
            c.addListener(SWT.Selection, e -> committer.run());
            idleCommit(c, committer);
        }
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

    /** {@return whether the user typed something in {@code t} that it has not committed yet} */
    static boolean typed(Text t) {
        return !t.isDisposed() && !t.getText().equals(t.getData(SHOWN));
    }

    /**
     * A field commits while the user pauses; what comes back is stripped ("uur " becomes "uur"). While the
     * user is still in the field, putting that back would eat the space they are about to type on from.
     */
    private static boolean typingTheSame(boolean focused, String shown, String value) {
        return focused && shown.strip().equals(value.strip());
    }

    /** Shows a value from the dossier in a field: see {@link Ui#show(Text, String)}. */
    static void show(Text t, String value) {
        t.setData(SHOWN, value);
        if (!t.getText().equals(value) && !typingTheSame(t.isFocusControl(), t.getText(), value)) {
            t.setText(value);
        }
        if (t.getText().equals(value)) {
            refused(t, null); // what was refused is no longer there
        }
        if ((t.getStyle() & SWT.SINGLE) != 0) {
            // a long text does not fit a one-line field: the whole of it on hovering
            t.setToolTipText(value.isBlank() ? null : value);
        }
    }

    /** Shows a value from the dossier in an open choice: see {@link Ui#show(Combo, String)}. */
    static void show(Combo c, String text) {
        c.setData(SHOWN, text);
        if (!c.getText().equals(text) && !typingTheSame(c.isFocusControl(), c.getText(), text)) {
            c.setText(text);
        }
    }
}
