package nl.koers.instrument.partnermodel.internal.screen;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.DateTime;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

import nl.koers.domain.CanvasNote;
import nl.koers.domain.CanvasSnapshot;
import nl.koers.domain.Dossier;
import nl.koers.domain.SnapshotKind;
import nl.koers.domain.analysis.CanvasChange.Kind;
import nl.koers.domain.analysis.CanvasCompare;
import nl.koers.domain.edit.CanvasEdits;
import nl.koers.instrument.api.swt.WorkContext;
import nl.koers.instrument.api.swt.kit.FittedList;
import nl.koers.instrument.api.swt.kit.Scroll;
import nl.koers.instrument.partnermodel.internal.template.TemplateCatalogue;

/**
 * Checking and revisiting: a dated snapshot of the canvas with a name and a kind (first design, evaluation,
 * re-think), and two pictures of the canvas compared, with what was added, moved, reworded and taken off
 * marked on the canvas itself.
 */
final class SnapshotStep {
    private final Ui ui;
    private final TemplateCatalogue templates;
    private final Text name;
    private final Combo kind;
    private final DateTime date;
    private final org.eclipse.swt.widgets.List list;
    /** The snapshots' labels whole: in projector mode the list shows a long one in smaller type or shortened. */
    private final FittedList listItems;
    private final Combo before;
    private final Combo after;
    private final Label summary;
    private final Scroll side;
    private final CanvasFigure figure;
    private List<CanvasSnapshot> snapshots = List.of();
    /**
     * The comparison's wall, kept while its template stays chosen: laid out again (an edit, another choice of
     * pictures) it plans only the blocks whose notes or marks changed.
     */
    private CanvasWall wall;

    /** @param widths the text the instrument's canvases measured on this display */
    SnapshotStep(Composite parent, WorkContext ctx, TemplateCatalogue templates, TextWidths widths) {
        this.templates = templates;
        this.ui = new Ui(ctx, parent);
        parent.setLayout(new GridLayout(2, false));

        // the panel scrolls: on a laptop of 768 or 800 pixels high the comparison is below the fold
        side = new Scroll(parent, true);
        GridData l = new GridData(SWT.FILL, SWT.FILL, false, true);
        l.widthHint = ui.charWidth() * 32;
        side.scrolled.setLayoutData(l);
        Composite left = side.content;
        ui.section(left, ui.say.get("snapshot.take"));
        ui.label(left, ui.say.get("snapshot.name"));
        name = ui.named(new Text(left, SWT.BORDER | SWT.SINGLE), "snapshot.name");
        name.setFont(ui.font());
        name.setMessage(ui.say.get("snapshot.nameMessage"));
        name.setLayoutData(Ui.fill());
        ui.label(left, ui.say.get("snapshot.kind"));
        String[] kinds = java.util.Arrays.stream(SnapshotKind.values()).map(ui.say::word).toArray(String[]::new);
        kind = ui.choice(left, "snapshot.kind", kinds, i -> {
        });
        kind.select(ctx.dossier().canvasSnapshots().isEmpty() ? 0 : 1);
        ui.label(left, ui.say.get("snapshot.date"));
        date = ui.named(new DateTime(left, SWT.DATE | SWT.DROP_DOWN | SWT.BORDER), "snapshot.date");
        date.setFont(ui.font());
        // as wide as the fields above: GTK sizes it for the desk's type and cut the year in projector mode
        date.setLayoutData(Ui.fill());
        ui.button(left, ui.say.get("snapshot.takeButton"), "snapshot.takeButton", this::take);

        ui.section(left, ui.say.get("snapshot.list"));
        list = ui.named(new org.eclipse.swt.widgets.List(left, SWT.BORDER | SWT.SINGLE | SWT.V_SCROLL), "snapshot.list");
        list.setFont(ui.font());
        listItems = new FittedList(list);
        GridData ld = Ui.fill();
        ld.heightHint = list.getItemHeight() * 5;
        list.setLayoutData(ld);
        ui.button(left, ui.say.get("snapshot.remove"), "snapshot.remove", () -> {
            int i = list.getSelectionIndex();
            if (i >= 0 && i < snapshots.size()) {
                ui.apply(CanvasEdits.removeSnapshot(snapshots.get(i).id()));
            }
        });

        ui.section(left, ui.say.get("compare.title"));
        ui.label(left, ui.say.get("compare.before"));
        before = ui.choice(left, "compare.before", new String[0], i -> figureChanged());
        before.setLayoutData(Ui.fill());
        ui.label(left, ui.say.get("compare.after"));
        after = ui.choice(left, "compare.after", new String[0], i -> figureChanged());
        after.setLayoutData(Ui.fill());
        summary = ui.named(new Label(left, SWT.WRAP), "compare.summary");
        summary.setFont(ui.font());
        summary.setLayoutData(Ui.fill());
        ui.hint(left, ui.say.get("compare.hint"));

        Composite right = Ui.growing(parent, 1);
        int notePx = CanvasFigure.notePx(ctx);
        // laid out for the view like the canvas itself: every note and its mark whole, the wall scrolls if need be
        wall = new CanvasWall(widths, ui.say, templates.chosen(ctx.dossier()), CanvasFigure.sizeFor(ctx),
                !ctx.projector(), notePx);
        figure = new CanvasFigure(right, ui, "compare.canvas", (view, measure) -> {
            wall = wall.of(templates.chosen(ctx.dossier()));
            return wall.compared(ctx.dossier(), notes(before), notes(after), subtitle(), view);
        }, notePx, widths);

        ui.follow(parent, this::refresh);
        refresh();
    }

    private void take() {
        Dossier d = ui.ctx.dossier();
        LocalDate on = LocalDate.of(date.getYear(), date.getMonth() + 1, date.getDay());
        SnapshotKind k = SnapshotKind.values()[Math.max(0, kind.getSelectionIndex())];
        String n = name.getText().strip().isEmpty() ? ui.say.word(k) : name.getText().strip();
        ui.apply(CanvasEdits.takeSnapshot(CanvasSnapshot.of(n, k, on, d.canvasNotes(),
                templates.chosen(d).id())));
        name.setText("");
        // the natural next look: what changed since this snapshot
        before.select(snapshots.size() - 1);
        after.select(snapshots.size());
        figureChanged();
    }

    /** The notes of the picture a choice shows: a snapshot, or the canvas now (the last item). */
    private List<CanvasNote> notes(Combo choice) {
        int i = choice.getSelectionIndex();
        return i >= 0 && i < snapshots.size() ? snapshots.get(i).notes() : ui.ctx.dossier().canvasNotes();
    }

    private String subtitle() {
        return ui.say.get("compare.subtitle", before.getText(), after.getText());
    }

    private void refresh() {
        snapshots = ui.ctx.dossier().canvasSnapshots();
        List<String> labels = new ArrayList<>(snapshots.stream().map(ui.say::snapshot).toList());
        if (!labels.equals(List.of(listItems.items()))) {
            listItems.setItems(labels.toArray(String[]::new));
        }
        List<String> choices = new ArrayList<>(labels);
        choices.add(ui.say.get("compare.now"));
        if (!choices.equals(List.of(after.getItems()))) {
            int b = before.getSelectionIndex();
            int a = after.getSelectionIndex();
            before.setItems(choices.toArray(String[]::new));
            after.setItems(choices.toArray(String[]::new));
            before.select(b >= 0 && b < choices.size() ? b : Math.max(0, snapshots.size() - 1));
            after.select(a >= 0 && a < choices.size() ? a : choices.size() - 1);
        }
        figureChanged();
    }

    private void figureChanged() {
        CanvasCompare c = CanvasCompare.of(notes(before), notes(after));
        summary.setText(Ui.plain(c.isEmpty() ? ui.say.get("compare.none")
                : ui.say.get("compare.summary", c.changes(Kind.ADDED).size(), c.changes(Kind.MOVED).size(),
                        c.changes(Kind.EDITED).size(), c.changes(Kind.REMOVED).size())));
        side.reflow();
        figure.refresh();
    }
}
