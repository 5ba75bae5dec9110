package nl.koers.instrument.brengenhalen.internal.screen;

import java.util.List;
import java.util.Locale;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;

import nl.koers.domain.Contribution;
import nl.koers.domain.CoreValue;
import nl.koers.domain.Direction;
import nl.koers.domain.Dossier;
import nl.koers.domain.Firmness;
import nl.koers.domain.Interest;
import nl.koers.domain.Level;
import nl.koers.domain.Partner;
import nl.koers.instrument.api.swt.kit.Parts;
import nl.koers.instrument.api.swt.kit.Scroll;

/**
 * The conversation step's answers of the partner who has the floor, large: essence, interests, core values, what
 * it brings and gets, demands in red. Kept as drawn while an edit elsewhere in the dossier leaves them the same.
 */
final class SpeakerAnswers {
    /**
     * At most this many lines are made in one dispatch: GTK measures each wrapped line when it is placed and again
     * when it allocates and draws it (twelve lines held a dispatch 60-120 ms at the desk).
     */
    static final int SLICE = 6;

    private final Ui ui;
    private final Scroll answers;
    private final Font large;
    private final Font largeBold;
    /** The partner who had the floor when the answers were last drawn, and what they were drawn from. */
    private String shownSpeaker;
    private Answers shownAnswers;
    /** The lines of the answers, in the order of their labels: the first {@link #made} have theirs already. */
    private List<Line> shownLines = List.of();
    private int made;
    /** The answers made a slice per dispatch, the first at once: all of them in one go held the click 200 ms. */
    private final Parts slices;

    /** One line of the answers: what it is, its words, and its id (null: none). */
    private record Line(Kind kind, String text, String id) {
    }

    /** What a line of the answers is; a text line is quiet when there is no answer, red for a demand. */
    private enum Kind {
        HEADING, HINT, SECTION, TEXT, QUIET, DEMAND, BUTTON
    }

    /** What the answers are drawn from: the partner who has the floor (null: none), and whether there are any. */
    private record Answers(Partner speaker, boolean noPartners) {
    }

    SpeakerAnswers(Ui ui, Composite parent) {
        this.ui = ui;
        large = Ui.scaled(parent, ui.ctx.font(), ui.ctx.projector() ? 1.15 : 1.35, SWT.NORMAL);
        largeBold = Ui.scaled(parent, ui.ctx.font(), ui.ctx.projector() ? 1.15 : 1.35, SWT.BOLD);
        answers = new Scroll(parent, true);
        answers.scrolled.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        Ui.id(answers.scrolled, "answers");
        slices = new Parts(answers.scrolled, Integer.MAX_VALUE, this::makeSlice);
    }

    /** Shows the answers of the partner {@code who} (null: none has the floor). */
    void show(Dossier d, String who) {
        // the answers show one partner: an edit elsewhere in the dossier (notes, another partner) leaves them as
        // they are, scrolled; at hundreds of partners most edits are elsewhere
        Answers now = new Answers(who == null ? null : d.partner(who).orElse(null), d.partners().isEmpty());
        boolean otherSpeaker = !java.util.Objects.equals(who, shownSpeaker);
        if (otherSpeaker || !now.equals(shownAnswers)) {
            Point origin = answers.scrolled.getOrigin();
            showAnswers(d, who);
            answers.scrolled.setOrigin(otherSpeaker ? new Point(0, 0) : origin);
            shownAnswers = now;
            shownSpeaker = who;
        }
    }

    /**
     * Shows the answers of the partner {@code who}: the lines' texts set in the labels there when the answers have
     * the same lines as before (an edit of that partner's words), else the lines made anew (another partner), the
     * name and the essence at once and the rest a slice per dispatch after.
     */
    private void showAnswers(Dossier d, String who) {
        List<Line> lines = answerLines(d, who);
        Control[] shown = answers.content.getChildren();
        if (shown.length == made && shape(lines).equals(shape(shownLines))) {
            // the slices still to come make their lines from the newest words
            shownLines = lines;
            List<Control> changed = new java.util.ArrayList<>();
            for (int i = 0; i < made; i++) {
                if (shown[i] instanceof Label l && !l.getText().equals(Ui.plain(lines.get(i).text()))) {
                    l.setText(Ui.plain(lines.get(i).text()));
                    changed.add(l);
                }
            }
            answers.reflow(changed.toArray(Control[]::new));
        } else {
            for (Control child : shown) {
                child.dispose();
            }
            shownLines = lines;
            made = 0;
            slices.start();
        }
    }

    /**
     * Makes the next slice of the lines and lays out only its labels: the first (a step just built is laid out
     * whole when it gets its size), then one per dispatch until every line is made.
     */
    private void makeSlice(int slice) {
        if (answers.content.isDisposed()) {
            return;
        }
        int end = sliceEnd(shownLines, made);
        // a wrapping line is measured at its width hint, then again at its column's width when they differ: once
        // the answers have a width, a line is hinted at the width it gets and measured once
        int width = answers.content.getSize().x - 2 * ((GridLayout) answers.content.getLayout()).marginWidth;
        Control[] fresh = new Control[end - made];
        for (int i = made; i < end; i++) {
            fresh[i - made] = make(shownLines.get(i), width);
        }
        made = end;
        if (slice == 0) {
            answers.reflow();
        } else {
            answers.reflow(fresh);
        }
        if (made >= shownLines.size()) {
            slices.cancel();
        }
    }

    /**
     * {@return where the slice of {@code lines} from {@code from} ends} A slice holds one part of the answers (the
     * first: the name and the essence), up to the next section's title, and at most {@link #SLICE} lines.
     */
    private static int sliceEnd(List<Line> lines, int from) {
        int sections = 0;
        int i = from;
        for (; i < lines.size() && i - from < SLICE; i++) {
            if (lines.get(i).kind() == Kind.SECTION && ++sections > 1) {
                break;
            }
        }
        return i;
    }

    /** {@return what each line is and is named, without its words} */
    private static List<String> shape(List<Line> lines) {
        return lines.stream().map(l -> l.kind() + " " + l.id()).toList();
    }

    /** {@return the widget of {@code line}, at the end of the answers; {@code width}: the answers' own, if known} */
    private Control make(Line line, int width) {
        Composite c = answers.content;
        Control made = switch (line.kind()) {
            case HEADING -> ui.heading(c, line.text());
            case HINT -> ui.hint(c, line.text());
            case SECTION -> ui.section(c, line.text());
            case TEXT, QUIET, DEMAND -> text(c, line.text(), line.kind() == Kind.QUIET, line.kind() == Kind.DEMAND);
            case BUTTON -> ui.button(c, line.text(), line.id(), () -> ui.ctx.goToStep(4));
        };
        if (line.id() != null && line.kind() != Kind.BUTTON) {
            Ui.id(made, line.id());
        }
        if (made instanceof Label && width > 0) {
            GridData data = (GridData) made.getLayoutData();
            data.widthHint = Math.max(1, width - data.horizontalIndent);
        }
        return made;
    }

    /** The answers of the partner {@code who} as lines, the texts in the dossier's words. */
    private List<Line> answerLines(Dossier d, String who) {
        List<Line> out = new java.util.ArrayList<>();
        Partner p = who == null ? null : d.partner(who).orElse(null);
        if (p == null) {
            out.add(new Line(Kind.HINT, ui.say.get(d.partners().isEmpty() ? "screen.noPartners"
                    : "screen.clock.finishedHint"), null));
            if (!d.partners().isEmpty()) {
                out.add(new Line(Kind.BUTTON, ui.say.get("screen.toCommonalities"), "toCommonalities"));
            }
            return out;
        }
        out.add(new Line(Kind.HEADING, ui.say.name(p), "answers.name"));
        out.add(new Line(Kind.HINT, representatives(p), null));

        out.add(new Line(Kind.SECTION, ui.say.get("screen.answers.essence"), null));
        out.add(p.essence().isBlank() ? empty() : new Line(Kind.TEXT, p.essence(), null));

        out.add(new Line(Kind.SECTION, ui.say.get("screen.answers.interests"), null));
        List<Interest> interests = p.interests().stream()
                .sorted(java.util.Comparator.comparing((Interest i) -> i.level() == Level.NETWORK)).toList();
        if (interests.isEmpty()) {
            out.add(empty());
        }
        for (Interest i : interests) {
            out.add(i.firmness() == Firmness.DEMAND ? new Line(Kind.DEMAND, ui.say.format("screen.answers.marked",
                    ui.say.interest(i), ui.say.word(i.firmness())), null)
                    : new Line(Kind.TEXT, ui.say.interest(i), null));
        }

        // the core values: as the homework gave them, and the interests the partner marked as one
        out.add(new Line(Kind.SECTION, ui.say.get("screen.answers.coreValue"), null));
        List<String> values = new java.util.ArrayList<>(p.coreValues().stream().map(CoreValue::text).toList());
        p.interests().stream().filter(Interest::coreValue).map(Interest::text).forEach(values::add);
        if (values.isEmpty()) {
            out.add(empty());
        }
        values.forEach(v -> out.add(new Line(Kind.TEXT, v, null)));

        for (Direction direction : Direction.values()) {
            out.add(new Line(Kind.SECTION, ui.say.get("screen.answers." + direction.name().toLowerCase(Locale.ROOT)),
                    null));
            List<Contribution> items = p.contributions(direction).stream()
                    .sorted(java.util.Comparator.comparing(Contribution::category)).toList();
            if (items.isEmpty()) {
                out.add(empty());
            }
            for (Contribution item : items) {
                // demands say so and stand out; a wish is what an item is unless said otherwise
                boolean demand = item.firmness() == Firmness.DEMAND;
                String line = demand ? ui.say.format("screen.answers.marked", ui.say.item(item),
                        ui.say.word(item.firmness())) : ui.say.item(item);
                if (!item.isConcrete()) {
                    line = ui.say.format("screen.answers.vague", line);
                }
                out.add(new Line(demand ? Kind.DEMAND : Kind.TEXT, line, "answers.item." + item.id()));
            }
        }
        return out;
    }

    private Line empty() {
        return new Line(Kind.QUIET, ui.say.get("screen.answers.empty"), null);
    }

    private String representatives(Partner p) {
        String role = ui.say.word(p.role());
        if (p.representatives().isEmpty()) {
            return role;
        }
        return role + " \u00b7 " + String.join(", ", p.representatives().stream()
                .map(r -> r.function().isBlank() ? r.name() : r.name() + " (" + r.function() + ")").toList());
    }

    /** A line of the answers, in the large type; demands in red, empty answers quiet. */
    private Label text(Composite c, String value, boolean quiet, boolean demand) {
        Label l = new Label(c, SWT.WRAP);
        l.setFont(demand ? largeBold : large);
        l.setText(Ui.plain(value));
        if (quiet) {
            l.setForeground(Ui.HINT);
        } else if (demand) {
            l.setForeground(Ui.DEMAND);
        }
        GridData data = Ui.fill();
        data.horizontalIndent = ui.charWidth();
        l.setLayoutData(data);
        return l;
    }
}
