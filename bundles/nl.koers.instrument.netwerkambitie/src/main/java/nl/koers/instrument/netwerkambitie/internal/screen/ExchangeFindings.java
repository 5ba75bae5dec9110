package nl.koers.instrument.netwerkambitie.internal.screen;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;

import nl.koers.domain.Dossier;
import nl.koers.domain.analysis.BringGet;
import nl.koers.domain.analysis.ContributionRef;
import nl.koers.domain.analysis.Finding;
import nl.koers.instrument.api.swt.kit.Analysis;
import nl.koers.instrument.api.swt.kit.Rows;
import nl.koers.instrument.api.swt.kit.Scroll;

/**
 * The findings of the exchange: demands nobody answers, demands that pull against each other, offers nobody asks
 * for; the first {@link ExchangeStep#PAGE}, the rest counted. Worked out off the UI thread; a finding keeps its row
 * from one edit to the next, so an edit redraws only the sentences it changed. Clicking a finding marks the items
 * it comes from.
 */
final class ExchangeFindings {
    private final Ui ui;
    private final Scroll panel;
    private final BiConsumer<Composite, List<ContributionRef>> select;
    private final Runnable unmark;
    /** Findings compare every demand with every offer: worked out off the UI thread, drawn when ready. */
    private final Analysis<Found> analysis;
    private final Rows<Line> rows;
    /** The labels whose sentence changed while the rows were shown, to lay out again. */
    private final List<Control> changed = new ArrayList<>();
    /** "No findings" or "and n more", after the rows. */
    private Label lastLine;

    /** One finding as it reads, with its place and a key that stays while the finding does. */
    private record Line(String key, int index, Finding finding, String sentence) {
    }

    /** The findings of one dossier, the first {@link ExchangeStep#PAGE} as they read, and how many more. */
    private record Found(List<Line> lines, int more) {
    }

    /**
     * @param select marks the items of a finding on the cards when its row is clicked
     * @param unmark takes the marks away when rows come or go
     */
    ExchangeFindings(Ui ui, Scroll panel, BiConsumer<Composite, List<ContributionRef>> select, Runnable unmark) {
        this.ui = ui;
        this.panel = panel;
        this.select = select;
        this.unmark = unmark;
        this.rows = new Rows<>(Line::key, FindingRow::new);
        this.analysis = new Analysis<>(ui.ctx, panel.content, this::find, this::show);
    }

    /** Asks for the findings of the dossier as it is now; they are drawn when ready. */
    void update(Dossier d) {
        analysis.update(d);
    }

    /** On the background thread: the findings and how they read, from the dossier they were found in. */
    private Found find(Dossier d) {
        List<Finding> all = BringGet.findings(d);
        List<Line> lines = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < Math.min(ExchangeStep.PAGE, all.size()); i++) {
            Finding f = all.get(i);
            String key = f.kind() + " " + f.refs();
            // the same finding twice gets a key of its own each time
            key += "#" + seen.merge(key, 1, Integer::sum);
            lines.add(new Line(key, i, f, ui.say.finding(d, f)));
        }
        return new Found(lines, all.size() - lines.size());
    }

    private void show(Found found) {
        changed.clear();
        boolean moved = rows.show(found.lines());
        String last = found.lines().isEmpty() ? ui.say.get("screen.findings.none")
                : found.more() > 0 ? ui.say.format("screen.findings.more", found.more()) : "";
        if (!last.equals(lastLine == null ? "" : lastLine.getText())) {
            if (lastLine != null) {
                lastLine.dispose();
                lastLine = null;
            }
            if (!last.isEmpty()) {
                lastLine = Ui.id(ui.hint(panel.content, last), found.lines().isEmpty() ? "findings.none"
                        : "findings.more");
                lastLine.moveBelow(null);
            }
            moved = true;
        }
        if (moved) {
            unmark.run();
            panel.reflow();
        } else {
            panel.reflow(changed.toArray(Control[]::new));
        }
    }

    /** One finding: click it to mark the items it comes from, click again to unmark. */
    private final class FindingRow implements Rows.Row<Line> {
        private final Composite row;
        private final Label sentence;
        private List<ContributionRef> refs = List.of();

        FindingRow(Line line) {
            row = new Composite(panel.content, SWT.NONE);
            row.setLayout(new FillLayout());
            row.setLayoutData(Ui.fill());
            row.setBackgroundMode(SWT.INHERIT_FORCE);
            sentence = new Label(row, SWT.WRAP);
            sentence.setFont(ui.font());
            sentence.setCursor(row.getDisplay().getSystemCursor(SWT.CURSOR_HAND));
            sentence.setToolTipText(ui.say.get("screen.findings.click"));
            sentence.addListener(SWT.MouseDown, e -> select.accept(row, refs));
            row.addListener(SWT.MouseDown, e -> select.accept(row, refs));
        }

        @Override
        public Control control() {
            return row;
        }

        @Override
        public void show(Line line) {
            refs = line.finding().refs();
            Ui.id(sentence, "finding." + line.index());
            String text = Ui.plain(line.sentence());
            if (!text.equals(sentence.getText())) {
                sentence.setText(text);
                changed.add(sentence);
            }
        }
    }
}
