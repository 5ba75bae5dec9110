package nl.koers.instrument.belangendialoog.internal.screen;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;

import nl.koers.domain.Dossier;
import nl.koers.domain.Partner;
import nl.koers.instrument.api.figure.PageSize;
import nl.koers.instrument.api.swt.WorkContext;
import nl.koers.instrument.api.swt.kit.Pager;
import nl.koers.instrument.api.swt.kit.Rows;
import nl.koers.instrument.api.swt.kit.Scroll;
import nl.koers.instrument.belangendialoog.internal.DialogueData.Block;
import nl.koers.instrument.belangendialoog.internal.DialogueData.Logic;
import nl.koers.instrument.belangendialoog.internal.DialogueData;
import nl.koers.instrument.belangendialoog.internal.TableLogic;
import nl.koers.instrument.belangendialoog.internal.print.LogicFigure;

/**
 * Step 1, dialoog, geen discussie: the building blocks of a good dialogue as a checklist the facilitator ticks
 * while the table talks, and the logic of the table: per partner, on each of the seven characteristics of
 * figure 1, whether it acts in the logic of the hierarchy or of the network, with a summary per partner, a page of
 * partners at a time. An edit says again only the texts that changed, and lays out only when one did.
 */
final class DialogueStep {
    private static final PageSize FIGURE = PageSize.A4_LANDSCAPE;

    private final Ui ui;
    private final Composite parent;
    private final Scroll scroll;
    private final Map<Block, Button> blocks = new EnumMap<>(Block.class);
    private final Label ticked;
    /** The partner whose answers are shown: a choice of every name, filled when the facilitator comes to it. */
    private final LazyChoice partner;
    private final List<Button[]> rows = new ArrayList<>();
    private final Pager pager;
    private final Rows<Partner> summary;
    /** The answers figure 1 was last drawn with. */
    private Map<Integer, Logic> drawn;
    /** The answers the score lines are worked out from: the dossier's as of the last refresh. */
    private DialogueData scores;
    private final Label noPartners;
    /** Figure 1, which the hint refers to: the chosen partner's answers marked in it. */
    private final Canvas figure;
    private String partnerId;

    DialogueStep(Composite parent, WorkContext ctx) {
        this.parent = parent;
        this.ui = new Ui(ctx, parent);
        parent.setLayout(new FillLayout());
        scroll = new Scroll(parent, true);
        Composite content = scroll.content;

        ui.section(content, ui.say.get("screen.blocks"));
        ui.hint(content, ui.say.get("screen.blocks.hint"));
        for (Block b : Block.values()) {
            String key = b.name().toLowerCase(Locale.ROOT);
            Button check = ui.check(content, ui.say.get("block." + key), "block." + key,
                    on -> ui.apply(DialogueData.tick(b, on)));
            check.setToolTipText(ui.say.get("block." + key + ".hint"));
            blocks.put(b, check);
        }
        ticked = ui.hint(content, "");
        Ui.id(ticked, "blocks.count");

        ui.section(content, ui.say.get("screen.logic"));
        ui.hint(content, ui.say.get("screen.logic.hint"));
        figure = figure(content);
        Composite choose = Ui.column(content, 2);
        ui.label(choose, ui.say.get("screen.logic.partner"));
        Combo choice = ui.choice(choose, "logic.partner", new String[0], i -> {
        });
        choice.setLayoutData(Ui.width(ui.charWidth() * 40));
        partner = new LazyChoice(choice, i -> {
            List<Partner> ps = ui.ctx.dossier().partners();
            if (i < ps.size()) {
                partnerId = ps.get(i).id();
                refresh();
            }
        });
        noPartners = ui.hint(content, ui.say.get("screen.noPartners"));
        grid(content);

        ui.section(content, ui.say.get("screen.logic.summary"));
        pager = new Pager(ui, content, "logic.scores", LevelStep.PAGE, this::refresh);
        Composite lines = Ui.column(content, 1);
        summary = new Rows<>(Partner::id, p -> new ScoreLine(lines, p));
        ui.follow(parent, this::refresh);
        refresh();
    }

    /** Figure 1 as it is printed, as high as its page needs at the width it gets. */
    private Canvas figure(Composite content) {
        Canvas canvas = Ui.id(new Canvas(content, SWT.DOUBLE_BUFFERED), "logic.figure");
        canvas.setBackground(Ui.WHITE);
        GridData data = new GridData(SWT.FILL, SWT.TOP, true, false);
        data.widthHint = 200;
        data.heightHint = ui.textWidth("M") * 16;
        canvas.setLayoutData(data);
        canvas.addListener(SWT.Paint, e -> paintFigure(canvas, e.gc));
        canvas.addListener(SWT.Resize, e -> {
            int height = Math.min(ui.textWidth("M") * 30,
                    (int) (canvas.getClientArea().width * FIGURE.heightMm() / FIGURE.widthMm()));
            if (height > 0 && data.heightHint != height) {
                data.heightHint = height;
                parent.getDisplay().asyncExec(scroll::reflow);
            }
            canvas.redraw();
        });
        return canvas;
    }

    private void paintFigure(Canvas canvas, GC gc) {
        Map<Integer, Logic> answers = partnerId == null ? Map.of()
                : DialogueData.of(ui.ctx.dossier()).answers(partnerId);
        ui.paintFigure(canvas, gc, FIGURE, pt -> LogicFigure.page(ui.say, answers, FIGURE, pt));
    }

    /** The seven rows: the hierarchy's way on the left, the network's on the right, one to choose. */
    private void grid(Composite content) {
        Composite grid = new Composite(content, SWT.NONE);
        GridLayout layout = new GridLayout(ui.stacked() ? 1 : 2, true);
        layout.marginWidth = 0;
        layout.horizontalSpacing = ui.charWidth() * 2;
        grid.setLayout(layout);
        grid.setLayoutData(Ui.fill());
        if (!ui.stacked()) {
            ui.label(grid, ui.say.get("logic.hierarchy")).setFont(ui.bold());
            ui.label(grid, ui.say.get("logic.network")).setFont(ui.bold());
        }
        for (int row = 1; row <= TableLogic.ROWS; row++) {
            Composite pair = new Composite(grid, SWT.NONE);
            GridLayout pairLayout = new GridLayout(ui.stacked() ? 1 : 2, true);
            pairLayout.marginWidth = 0;
            pairLayout.marginHeight = 1;
            pairLayout.horizontalSpacing = ui.charWidth() * 2;
            pair.setLayout(pairLayout);
            GridData data = Ui.fill();
            data.horizontalSpan = ui.stacked() ? 1 : 2;
            pair.setLayoutData(data);
            int r = row;
            Button hierarchy = radio(pair, "logic." + row + ".hierarchy", Logic.HIERARCHY, r);
            Button network = radio(pair, "logic." + row + ".network", Logic.NETWORK, r);
            rows.add(new Button[] {hierarchy, network});
        }
    }

    private Button radio(Composite pair, String key, Logic logic, int row) {
        Button b = Ui.id(new Button(pair, SWT.RADIO | SWT.WRAP), key);
        b.setFont(ui.font());
        String text = ui.say.get(key);
        if (ui.stacked()) {
            // on the projector the two stand one below the other: each says which logic it is
            text = ui.say.format("screen.logic.stacked",
                    ui.say.get(logic == Logic.HIERARCHY ? "logic.hierarchy.short" : "logic.network.short"), text);
        }
        b.setText(Ui.plain(text));
        b.setLayoutData(Ui.fill());
        b.addListener(SWT.Selection, e -> {
            if (b.getSelection() && partnerId != null) {
                ui.apply(DialogueData.answer(partnerId, row, logic));
            }
        });
        return b;
    }

    private void refresh() {
        if (parent.isDisposed()) {
            return;
        }
        Dossier d = ui.ctx.dossier();
        DialogueData data = DialogueData.of(d);
        blocks.forEach((b, check) -> Ui.show(check, data.ticked(b)));
        boolean changed = Ui.say(ticked, ui.say.format("screen.blocks.count", data.tickedCount(),
                Block.values().length));

        if (partnerId == null || d.partner(partnerId).isEmpty()) {
            partnerId = d.partners().isEmpty() ? null : d.partners().get(0).id();
        }
        boolean none = partnerId == null;
        changed |= Ui.visible(noPartners, none);
        int index = none ? -1 : d.partners().indexOf(d.partner(partnerId).orElseThrow());
        partner.show(d.partners().stream().map(ui.say::name).toArray(String[]::new), index);
        for (int row = 1; row <= TableLogic.ROWS; row++) {
            Logic answer = none ? null : data.answer(partnerId, row).orElse(null);
            Button[] pair = rows.get(row - 1);
            Ui.show(pair[0], answer == Logic.HIERARCHY);
            Ui.show(pair[1], answer == Logic.NETWORK);
            pair[0].setEnabled(!none);
            pair[1].setEnabled(!none);
        }
        Map<Integer, Logic> answers = none ? Map.of() : data.answers(partnerId);
        if (!answers.equals(drawn)) {
            drawn = answers;
            figure.redraw();
        }
        scores = data;
        Pager.Page<Partner> page = pager.of(d.partners());
        changed |= summary.show(page.items()) | page.barChanged();
        if (changed) {
            scroll.reflow();
        }
    }

    /** One partner's score: how many of the seven it acts on in the logic of the network. */
    private final class ScoreLine implements Rows.Row<Partner> {
        private final Label line;

        ScoreLine(Composite parent, Partner p) {
            line = ui.label(parent, "");
            Ui.id(line, "logic.score." + p.id());
            line.setLayoutData(Ui.fill());
        }

        @Override
        public Control control() {
            return line;
        }

        @Override
        public void show(Partner p) {
            TableLogic.Score s = TableLogic.score(scores, p.id());
            if (Ui.say(line, ui.say.score(p, s))) {
                line.setForeground(s.started() ? null : Ui.HINT);
            }
        }
    }
}
