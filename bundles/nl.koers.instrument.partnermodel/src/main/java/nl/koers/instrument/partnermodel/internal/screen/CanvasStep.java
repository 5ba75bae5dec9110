package nl.koers.instrument.partnermodel.internal.screen;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;

import nl.koers.domain.CanvasNote;
import nl.koers.domain.Dossier;
import nl.koers.domain.edit.CanvasEdits;
import nl.koers.instrument.api.swt.WorkContext;
import nl.koers.instrument.partnermodel.internal.template.CanvasTemplate;
import nl.koers.instrument.partnermodel.internal.template.CanvasTemplate.Direction;
import nl.koers.instrument.partnermodel.internal.template.TemplateBlock;
import nl.koers.instrument.partnermodel.internal.template.TemplateCatalogue;

/**
 * One step on the canvas: the whole canvas with the blocks of this step standing out, the choice of
 * template, zoom, and the notes. A note moves by dragging it to another block, with Alt and an arrow key, from
 * its menu, or with the choice beside the canvas; each move is one edit, so Ctrl+Z puts it back.
 */
final class CanvasStep {
    private final Ui ui;
    private final TemplateCatalogue templates;
    private final int step;
    private final Combo templateChoice;
    private final Label problems;
    private final Label zoomLevel;
    private final CanvasFigure figure;
    private final NotePanel panel;
    private List<CanvasTemplate> offered = List.of();
    /** The wall of the chosen template, kept while it stays chosen: it remembers how it planned each block. */
    private CanvasWall wall;
    /**
     * Whether the step is built: until then nothing is laid out, as the window lays the page out once when it shows
     * it (laying the half-built page out for the panel and for the problems' line held the click twice as long).
     */
    private boolean built;

    /**
     * @param step 1-based: the step of the instrument whose blocks stand out
     * @param widths the text the instrument's canvases measured on this display
     */
    CanvasStep(Composite parent, WorkContext ctx, TemplateCatalogue templates, int step, TextWidths widths) {
        this.templates = templates;
        this.step = step;
        this.ui = new Ui(ctx, parent);
        parent.setLayout(new GridLayout(1, false));

        // on the projector the notes' switch goes to a second line: in its large type the bar is wider than 1024
        Composite bar = Ui.column(parent, ui.stacked() ? 7 : 8);
        ui.label(bar, ui.say.get("template.label"));
        templateChoice = ui.choice(bar, "template", new String[0], i -> {
            if (i >= 0 && i < offered.size()) {
                ui.apply(TemplateCatalogue.choose(offered.get(i).id()));
            }
        });
        ui.button(bar, ui.say.get("zoom.out"), "zoom.out", () -> zoom(1 / 1.25));
        zoomLevel = ui.named(ui.label(bar, "100 %"), "zoom.level");
        zoomLevel.setLayoutData(Ui.width(ui.textWidth("400 %") + ui.charWidth()));
        ui.button(bar, ui.say.get("zoom.in"), "zoom.in", () -> zoom(1.25));
        ui.button(bar, ui.say.get("zoom.fit"), "zoom.fit", () -> figure().zoom().fit());
        Ui.filler(bar);
        Button showPanel = ui.check(bar, ui.say.get("panel.show"), "panel.show", this::showPanel);
        problems = ui.named(new Label(parent, SWT.WRAP), "template.problems");
        problems.setFont(ui.font());
        problems.setForeground(Ui.PROBLEM);
        GridData hidden = Ui.fill();
        hidden.exclude = true;
        problems.setLayoutData(hidden);
        problems.setVisible(false);

        Composite body = Ui.growing(parent, 2);
        int notePx = CanvasFigure.notePx(ctx);
        wall = new CanvasWall(widths, ui.say, templates.chosen(ctx.dossier()), CanvasFigure.sizeFor(ctx),
                !ctx.projector(), notePx);
        figure = new CanvasFigure(body, ui, "canvas", (view, measure) -> {
            Dossier d = ctx.dossier();
            wall = wall.of(templates.chosen(d));
            return wall.filled(d, step, ui.say.get("sheet.screen"), view);
        }, notePx, widths);
        panel = new NotePanel(body, ui);
        figure.onSelect(id -> showNote());
        figure.onMove((note, block) -> ui.apply(CanvasEdits.moveNote(note, block)));
        figure.zoom().onChange(this::showZoom);
        figure.canvas.addListener(SWT.KeyDown, this::keys);
        figure.canvas.addListener(SWT.MouseDoubleClick, e -> panel.editText());
        figure.canvas.setMenu(menu());
        panel.onAdded(id -> {
            figure.refresh();
            figure.select(id);
        });

        // in projector mode the canvas takes the whole width; the panel comes back with one click
        boolean panelShown = !ctx.projector();
        showPanel.setSelection(panelShown);
        showPanel(panelShown);

        ui.follow(parent, this::refresh);
        Runnable templatesChanged = () -> parent.getDisplay().asyncExec(() -> {
            if (!parent.isDisposed()) {
                refresh();
            }
        });
        templates.onChange(templatesChanged);
        parent.addDisposeListener(e -> templates.removeListener(templatesChanged));
        refresh();
        blocksOfStep().stream().findFirst().ifPresent(b -> panel.preferBlock(b.id()));
        built = true;
    }

    private CanvasFigure figure() {
        return figure;
    }

    private void zoom(double factor) {
        figure.zoom().by(factor);
    }

    /**
     * The zoom beside its buttons, said again only when it changed: GTK lays the whole window out again for a label
     * given a text, the same text too, and the figure tells its zoom on every edit.
     */
    private void showZoom() {
        String shown = Math.round(figure.zoom().value() * 100) + " %";
        if (!shown.equals(zoomLevel.getText())) {
            zoomLevel.setText(shown);
        }
    }

    private void showPanel(boolean shown) {
        ((GridData) panel.scroll.scrolled.getLayoutData()).exclude = !shown;
        panel.scroll.scrolled.setVisible(shown);
        if (built) {
            panel.scroll.scrolled.getParent().layout(true, true);
            panel.scroll.reflow();
        }
    }

    private List<TemplateBlock> blocksOfStep() {
        return templates.chosen(ui.ctx.dossier()).blocksOfStep(step);
    }

    private void refresh() {
        Dossier d = ui.ctx.dossier();
        CanvasTemplate chosen = templates.chosen(d);
        offered = templates.templates();
        String[] names = offered.stream().map(ui.say::name).toArray(String[]::new);
        if (!List.of(names).equals(List.of(templateChoice.getItems()))) {
            templateChoice.setItems(names);
        }
        Ui.show(templateChoice, offered.indexOf(chosen));
        String text = templates.problems().stream().map(ui.say::problem).collect(Collectors.joining("\n"));
        String missing = TemplateCatalogue.choiceOf(d).equals(chosen.id()) ? ""
                : ui.say.get("template.notInstalled", TemplateCatalogue.choiceOf(d));
        long elsewhere = d.canvasNotes().stream().filter(n -> chosen.block(n.blockId()).isEmpty()).count();
        String hidden = elsewhere == 0 ? "" : ui.say.get("template.hiddenNotes", elsewhere);
        String all = (missing + "\n" + hidden + "\n" + text).strip();
        if (!Ui.plain(all).equals(problems.getText()) || problems.getVisible() == all.isEmpty()) {
            problems.setText(Ui.plain(all));
            ((GridData) problems.getLayoutData()).exclude = all.isEmpty();
            problems.setVisible(!all.isEmpty());
            if (built) {
                problems.getParent().layout(true, true);
            }
        }
        figure.refresh();
        showNote();
    }

    private Optional<CanvasNote> selectedNote() {
        return figure.selected().flatMap(ui.ctx.dossier()::canvasNote);
    }

    private void showNote() {
        panel.show(templates.chosen(ui.ctx.dossier()), ui.ctx.dossier(), selectedNote());
    }

    private void keys(Event e) {
        boolean alt = (e.stateMask & SWT.ALT) != 0;
        Direction direction = switch (e.keyCode) {
            case SWT.ARROW_LEFT -> Direction.LEFT;
            case SWT.ARROW_RIGHT -> Direction.RIGHT;
            case SWT.ARROW_UP -> Direction.UP;
            case SWT.ARROW_DOWN -> Direction.DOWN;
            default -> null;
        };
        if (direction != null && alt) {
            selectedNote().ifPresent(n -> templates.chosen(ui.ctx.dossier()).neighbour(n.blockId(), direction)
                    .ifPresent(b -> ui.apply(CanvasEdits.moveNote(n.id(), b.id()))));
            e.doit = false;
        } else if (direction != null) {
            int by = direction == Direction.LEFT || direction == Direction.UP ? -1 : 1;
            figure.neighbour(by).ifPresent(figure::select);
            e.doit = false;
        } else if (e.keyCode == SWT.DEL || e.keyCode == SWT.BS) {
            selectedNote().ifPresent(n -> ui.apply(CanvasEdits.removeNote(n.id())));
        } else if (e.keyCode == SWT.CR || e.keyCode == SWT.KEYPAD_CR) {
            panel.editText();
        }
    }

    /** The note's menu: move it to any block, or take it off. */
    private Menu menu() {
        Menu menu = new Menu(figure.canvas);
        menu.addListener(SWT.Show, e -> {
            for (MenuItem item : menu.getItems()) {
                item.dispose();
            }
            Optional<CanvasNote> note = selectedNote();
            if (note.isEmpty()) {
                MenuItem none = new MenuItem(menu, SWT.PUSH);
                none.setText(ui.say.get("menu.noNote"));
                none.setEnabled(false);
                return;
            }
            MenuItem moveTo = new MenuItem(menu, SWT.CASCADE);
            moveTo.setText(ui.say.get("menu.moveTo"));
            Menu blocks = new Menu(moveTo);
            moveTo.setMenu(blocks);
            for (TemplateBlock b : templates.chosen(ui.ctx.dossier()).blocks()) {
                MenuItem item = new MenuItem(blocks, SWT.PUSH);
                item.setText(Ui.plain(ui.say.name(b)));
                item.setEnabled(!b.id().equals(note.get().blockId()));
                item.addListener(SWT.Selection, x -> ui.apply(CanvasEdits.moveNote(note.get().id(), b.id())));
            }
            MenuItem remove = new MenuItem(menu, SWT.PUSH);
            remove.setText(ui.say.get("note.remove"));
            remove.addListener(SWT.Selection, x -> ui.apply(CanvasEdits.removeNote(note.get().id())));
        });
        return menu;
    }

    /** For tests: the canvas widget's figure. */
    CanvasFigure canvas() {
        return figure;
    }
}
