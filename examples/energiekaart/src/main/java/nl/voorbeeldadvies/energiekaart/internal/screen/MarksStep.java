package nl.voorbeeldadvies.energiekaart.internal.screen;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;

import nl.koers.instrument.api.swt.WorkContext;
import nl.koers.instrument.api.swt.kit.Scroll;
import nl.voorbeeldadvies.energiekaart.internal.EnergyData;
import nl.voorbeeldadvies.energiekaart.internal.Involvement;
import nl.voorbeeldadvies.energiekaart.internal.Participant;
import nl.voorbeeldadvies.energiekaart.internal.Theme;

/**
 * Step 2: every participant, partner by partner, marks per theme whether they want to know, think along, take
 * part or co-decide. A grid of choices: people down, themes across. It is built again only when people or themes
 * change; a mark only moves a choice, so the grid keeps its place while the room calls out.
 */
final class MarksStep {
    private final Ui ui;
    private final Scroll scroll;
    private final Label empty;
    private final Composite grid;
    private final Map<String, Combo> choices = new HashMap<>();
    private String shape = "";

    MarksStep(Composite parent, WorkContext ctx) {
        this.ui = new Ui(ctx, parent);
        scroll = ui.page(parent, false, "screen.marks");
        Composite content = scroll.content;
        empty = ui.hint(content, "");
        ui.named(empty, "marks.empty");
        grid = new Composite(content, SWT.NONE);
        grid.setLayoutData(new GridData(SWT.LEFT, SWT.TOP, false, false));
        ui.follow(parent, this::refresh);
        refresh();
    }

    private void refresh() {
        var dossier = ui.ctx.dossier();
        EnergyData data = EnergyData.of(dossier);
        List<Theme> themes = data.themes();
        List<Participant> people = Participant.of(dossier);
        String missing = people.isEmpty() ? ui.say.get("screen.marks.noPeople")
                : themes.isEmpty() ? ui.say.get("screen.marks.noThemes") : "";
        empty.setText(missing);
        ((GridData) empty.getLayoutData()).exclude = missing.isEmpty();
        empty.setVisible(!missing.isEmpty());

        String now = shapeOf(people, themes);
        if (!now.equals(shape)) {
            shape = now;
            build(people, themes);
        }
        for (Participant p : people) {
            for (Theme t : themes) {
                Combo c = choices.get(key(p, t));
                Ui.show(c, data.mark(p.id(), t.id()).map(i -> i.ordinal() + 1).orElse(0));
            }
        }
        scroll.reflow();
    }

    /** Who and what the grid shows, in order: when this changes the grid is built again. */
    private String shapeOf(List<Participant> people, List<Theme> themes) {
        StringBuilder sb = new StringBuilder();
        people.forEach(p -> sb.append(p.partnerId()).append('/').append(p.id()).append('=').append(p.name())
                .append('@').append(p.partnerName()).append(';'));
        sb.append('|');
        themes.forEach(t -> sb.append(t.id()).append('=').append(t.name()).append(';'));
        return sb.toString();
    }

    private void build(List<Participant> people, List<Theme> themes) {
        for (Control c : grid.getChildren()) {
            c.dispose();
        }
        choices.clear();
        if (people.isEmpty() || themes.isEmpty()) {
            grid.setLayout(new GridLayout(1, false));
            return;
        }
        GridLayout layout = new GridLayout(1 + themes.size(), false);
        layout.marginWidth = 0;
        layout.horizontalSpacing = ui.charWidth() * 2;
        grid.setLayout(layout);
        String[] items = ui.marks();
        int choice = ui.choiceWidth(items);
        Map<String, Integer> widths = new HashMap<>();

        new Label(grid, SWT.NONE);
        for (Theme t : themes) {
            // a long theme name widens its column a little, then wraps
            int width = Math.max(choice, Math.min(ui.textWidth(ui.say.name(t)) + ui.charWidth() * 2, choice * 8 / 5));
            widths.put(t.id(), width);
            Label l = new Label(grid, SWT.WRAP);
            l.setFont(ui.bold());
            l.setText(Ui.plain(ui.say.name(t)));
            GridData d = new GridData(SWT.FILL, SWT.END, false, false);
            d.widthHint = width;
            l.setLayoutData(d);
            l.setToolTipText(ui.say.name(t));
        }
        String partner = null;
        for (Participant p : people) {
            if (!p.partnerId().equals(partner)) {
                partner = p.partnerId();
                Label heading = ui.label(grid, ui.say.partnerName(p));
                heading.setFont(ui.bold());
                GridData d = new GridData(SWT.FILL, SWT.CENTER, true, false, 1 + themes.size(), 1);
                d.verticalIndent = ui.charWidth();
                heading.setLayoutData(d);
            }
            ui.label(grid, ui.say.name(p));
            for (Theme t : themes) {
                Combo c = ui.choice(grid, "mark." + p.id() + "." + t.id(), items,
                        i -> ui.apply(EnergyData.mark(p.id(), t.id(), i <= 0 ? null : Involvement.values()[i - 1])));
                c.setLayoutData(Ui.width(widths.get(t.id())));
                choices.put(key(p, t), c);
            }
        }
    }

    private static String key(Participant p, Theme t) {
        return p.id() + "/" + t.id();
    }
}
