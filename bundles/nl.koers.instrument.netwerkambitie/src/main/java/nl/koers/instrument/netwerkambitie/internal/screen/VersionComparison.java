package nl.koers.instrument.netwerkambitie.internal.screen;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

import nl.koers.domain.AmbitionVersion;
import nl.koers.domain.Dossier;
import nl.koers.domain.Fact;
import nl.koers.domain.analysis.Segment;
import nl.koers.domain.analysis.TextDiff;

/**
 * The ambition step's second tab: two versions of the shared ambition side by side, with what the later one
 * removed struck out and what it added underlined. Its widgets are made when the tab is first chosen, and it follows
 * the dossier only while it is in view: most rounds are run without it, and making it with the step held the click
 * that opened the step for a fifth of its time.
 */
final class VersionComparison {
    private final Ui ui;
    private final CTabFolder tabs;
    private final CTabItem compareTab;
    private Combo left;
    private Combo right;
    private Label compareHint;
    private StyledText leftText;
    private StyledText rightText;
    private String leftId;
    private String rightId;
    private int compared = -1;

    VersionComparison(Ui ui, CTabFolder tabs) {
        this.ui = ui;
        this.tabs = tabs;
        compareTab = new CTabItem(tabs, SWT.NONE);
        compareTab.setText(ui.say.get("screen.compare.tab"));
        tabs.addListener(SWT.Selection, e -> {
            if (e.item == compareTab) {
                refresh(ui.ctx.dossier());
            }
        });
    }

    private void build() {
        Composite compare = new Composite(tabs, SWT.NONE);
        Ui.id(compare, "compare");
        compare.setLayout(new GridLayout(1, false));
        Composite pick = Ui.column(compare, 4);
        ui.label(pick, ui.say.get("screen.compare.left"));
        left = ui.choice(pick, "compare.left", new String[0], i -> {
            leftId = idAt(i);
            renderCompare();
        });
        ui.label(pick, ui.say.get("screen.compare.right"));
        right = ui.choice(pick, "compare.right", new String[0], i -> {
            rightId = idAt(i);
            renderCompare();
        });
        compareHint = ui.hint(compare, ui.say.get("screen.compare.legend"));
        SashForm sides = new SashForm(compare, SWT.HORIZONTAL);
        sides.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        leftText = styled(sides, "compare.leftText");
        rightText = styled(sides, "compare.rightText");
        compareTab.setControl(compare);
    }

    private StyledText styled(Composite parent, String id) {
        StyledText t = Ui.id(new StyledText(parent, SWT.BORDER | SWT.WRAP | SWT.V_SCROLL | SWT.READ_ONLY), id);
        t.setFont(ui.font());
        t.setMargins(8, 8, 8, 8);
        return t;
    }

    private String idAt(int index) {
        List<AmbitionVersion> vs = ui.ctx.dossier().ambition().versions();
        return index >= 0 && index < vs.size() ? vs.get(index).id() : null;
    }

    /**
     * Offers the dossier's versions and shows the two chosen; a round that came or went starts again. Nothing while
     * the tab is not in view: choosing it shows the dossier as it is then.
     */
    void refresh(Dossier d) {
        if (compareTab.isDisposed() || tabs.getSelection() != compareTab) {
            return;
        }
        if (compareTab.getControl() == null) {
            build();
        }
        List<AmbitionVersion> vs = d.ambition().versions();
        String[] titles = vs.stream().map(ui.say::version).toArray(String[]::new);
        if (!Arrays.equals(titles, left.getItems())) {
            left.setItems(titles);
            right.setItems(titles);
            left.setVisibleItemCount(Math.max(1, titles.length));
            right.setVisibleItemCount(Math.max(1, titles.length));
            left.getParent().layout(true);
        }
        if (vs.size() != compared) {
            // a round came or went: compare the newest with the one before, as a facilitator would first
            compared = vs.size();
            leftId = null;
            rightId = null;
        }
        if (leftId == null || d.ambition().version(leftId).isEmpty()) {
            leftId = vs.size() >= 2 ? vs.get(vs.size() - 2).id() : vs.isEmpty() ? null : vs.get(0).id();
        }
        if (rightId == null || d.ambition().version(rightId).isEmpty()) {
            rightId = vs.isEmpty() ? null : vs.get(vs.size() - 1).id();
        }
        renderCompare();
    }

    private void renderCompare() {
        Dossier d = ui.ctx.dossier();
        List<AmbitionVersion> vs = d.ambition().versions();
        Optional<AmbitionVersion> a = leftId == null ? Optional.empty() : d.ambition().version(leftId);
        Optional<AmbitionVersion> b = rightId == null ? Optional.empty() : d.ambition().version(rightId);
        Ui.show(left, a.map(vs::indexOf).orElse(-1));
        Ui.show(right, b.map(vs::indexOf).orElse(-1));
        compareHint.setText(ui.say.get(vs.size() < 2 ? "screen.compare.oneVersion" : "screen.compare.legend"));
        if (a.isEmpty() || b.isEmpty()) {
            leftText.setText("");
            rightText.setText("");
            return;
        }
        Diff before = new Diff();
        Diff after = new Diff();
        before.heading(ui.say.version(a.get()));
        after.heading(ui.say.version(b.get()));
        part("screen.ambition.statement", a.get().statement(), b.get().statement(), before, after);
        part("screen.ambition.concretisation", a.get().concretisation(), b.get().concretisation(), before, after);
        part("screen.ambition.facts", facts(a.get()), facts(b.get()), before, after);
        before.show(leftText);
        after.show(rightText);
    }

    private void part(String key, String a, String b, Diff before, Diff after) {
        before.heading(ui.say.get(key));
        after.heading(ui.say.get(key));
        if (a.isBlank()) {
            before.text("\u2014", null);
        }
        if (b.isBlank()) {
            after.text("\u2014", null);
        }
        for (Segment s : TextDiff.words(a, b)) {
            switch (s.change()) {
                case SAME -> {
                    before.text(s.text(), null);
                    after.text(s.text(), null);
                }
                case REMOVED -> before.text(s.text(), Segment.Change.REMOVED);
                case ADDED -> after.text(s.text(), Segment.Change.ADDED);
            }
        }
        before.text("\n", null);
        after.text("\n", null);
    }

    private String facts(AmbitionVersion v) {
        List<String> lines = new ArrayList<>();
        for (Fact f : v.facts()) {
            lines.add(f.source().isBlank() ? f.text() : ui.say.format("screen.ambition.factWithSource", f.text(),
                    f.source()));
        }
        return String.join("\n", lines);
    }

    /** One side of the comparison: text with its marks. */
    private final class Diff {
        private final StringBuilder text = new StringBuilder();
        private final List<StyleRange> ranges = new ArrayList<>();

        void heading(String h) {
            if (!text.isEmpty()) {
                text.append('\n');
            }
            StyleRange r = new StyleRange();
            r.start = text.length();
            r.length = h.length();
            r.font = ui.bold();
            ranges.add(r);
            text.append(h).append('\n');
        }

        void text(String s, Segment.Change change) {
            if (change != null && !s.isBlank()) {
                // mark the words, not the white space around them
                int lead = s.length() - s.stripLeading().length();
                StyleRange r = new StyleRange();
                r.start = text.length() + lead;
                r.length = s.strip().length();
                if (change == Segment.Change.ADDED) {
                    r.foreground = Ui.ADDED;
                    r.underline = true;
                } else {
                    r.foreground = Ui.REMOVED;
                    r.strikeout = true;
                }
                ranges.add(r);
            }
            text.append(s);
        }

        void show(StyledText target) {
            target.setText(text.toString());
            target.setStyleRanges(ranges.toArray(StyleRange[]::new));
        }
    }
}
