package nl.voorbeeldadvies.energiekaart.internal.screen;

import java.util.Arrays;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;

import nl.koers.instrument.api.swt.WorkContext;
import nl.koers.instrument.api.swt.kit.Scroll;
import nl.voorbeeldadvies.energiekaart.internal.EnergyMap;
import nl.voorbeeldadvies.energiekaart.internal.EnergyMap.ThemeEnergy;
import nl.voorbeeldadvies.energiekaart.internal.Involvement;
import nl.voorbeeldadvies.energiekaart.internal.Theme;

/**
 * Step 3, where the energy is: a heat map of themes by how far people want to be involved, who will pull each
 * theme, and the themes nobody will pull. It only shows, so it is drawn again on every change.
 */
final class MapStep {
    private final Ui ui;
    private final Scroll scroll;
    private final Composite table;
    private final Label noEnergy;

    MapStep(Composite parent, WorkContext ctx) {
        this.ui = new Ui(ctx, parent);
        scroll = ui.page(parent, true, "screen.map");
        Composite content = scroll.content;
        table = new Composite(content, SWT.NONE);
        table.setLayoutData(Ui.fill());
        ui.section(content, ui.say.get("screen.map.noEnergy"));
        noEnergy = ui.hint(content, "");
        ui.named(noEnergy, "map.noEnergy");
        ui.follow(parent, this::refresh);
        refresh();
    }

    private void refresh() {
        EnergyMap map = EnergyMap.of(ui.ctx.dossier());
        for (Control c : table.getChildren()) {
            c.dispose();
        }
        Involvement[] levels = Involvement.values();
        GridLayout layout = new GridLayout(2 + levels.length, false);
        layout.marginWidth = 0;
        layout.horizontalSpacing = 2;
        layout.verticalSpacing = 2;
        table.setLayout(layout);
        if (map.themes().isEmpty()) {
            Label l = ui.hint(table, ui.say.get("screen.map.empty"));
            ((GridData) l.getLayoutData()).horizontalSpan = 2 + levels.length;
        } else {
            header(levels);
            // as wide as the widest level's name (in bold), so the list of pullers keeps the rest of the width
            String[] words = Arrays.stream(levels).map(ui.say::word).toArray(String[]::new);
            int cell = ui.textWidth(words) * 11 / 10 + ui.charWidth() * 2;
            for (ThemeEnergy row : map.themes()) {
                row(row, levels, map.highest(), cell);
            }
        }
        List<Theme> without = map.withoutEnergy();
        noEnergy.setText(Ui.plain(map.themes().isEmpty() ? ""
                : without.isEmpty() ? ui.say.get("screen.map.allHaveEnergy")
                        : ui.say.joined(without.stream().map(ui.say::name).toList())));
        scroll.reflow();
    }

    private void header(Involvement[] levels) {
        ui.label(table, ui.say.get("screen.map.theme")).setFont(ui.bold());
        for (Involvement i : levels) {
            Label l = ui.label(table, ui.say.word(i));
            l.setFont(ui.bold());
            l.setAlignment(SWT.CENTER);
            l.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, false, false));
        }
        // wraps, so a long heading never pushes the list of pullers out of view
        Label pullers = new Label(table, SWT.WRAP);
        pullers.setFont(ui.bold());
        pullers.setText(Ui.plain(ui.say.get("screen.map.pullers")));
        pullers.setLayoutData(Ui.fill());
    }

    private void row(ThemeEnergy row, Involvement[] levels, int highest, int cellWidth) {
        String id = row.theme().id();
        Label name = ui.label(table, ui.say.name(row.theme()));
        name.setLayoutData(new GridData(SWT.FILL, SWT.FILL, false, false));
        for (Involvement i : levels) {
            int n = row.count(i);
            Label cell = ui.named(new Label(table, SWT.CENTER), "map." + id + "." + i.name());
            cell.setFont(n > 0 ? ui.bold() : ui.font());
            cell.setText(String.valueOf(n));
            cell.setBackground(Ui.heat(i, n, highest));
            cell.setForeground(Ui.ink(i, n, highest));
            GridData d = new GridData(SWT.FILL, SWT.FILL, false, false);
            d.widthHint = cellWidth;
            cell.setLayoutData(d);
        }
        Label pullers = ui.named(new Label(table, SWT.WRAP), "map." + id + ".pullers");
        pullers.setFont(ui.font());
        pullers.setText(Ui.plain(row.hasEnergy()
                ? ui.say.joined(row.pullers().stream().map(ui.say::nameWithPartner).toList())
                : ui.say.get("screen.map.nobody")));
        if (!row.hasEnergy()) {
            pullers.setForeground(Ui.HINT);
        }
        pullers.setLayoutData(Ui.fill());
    }
}
