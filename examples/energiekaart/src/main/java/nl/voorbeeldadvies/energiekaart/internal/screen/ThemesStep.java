package nl.voorbeeldadvies.energiekaart.internal.screen;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

import nl.koers.instrument.api.swt.WorkContext;
import nl.koers.instrument.api.swt.kit.Rows;
import nl.koers.instrument.api.swt.kit.Scroll;
import nl.voorbeeldadvies.energiekaart.internal.EnergyData;
import nl.voorbeeldadvies.energiekaart.internal.Theme;

/** Step 1: the themes the collaboration could take up, added, renamed and removed. */
final class ThemesStep {
    private final Ui ui;
    private final Scroll scroll;
    private final Rows<Theme> rows;
    private final Label none;
    private final Text newTheme;

    ThemesStep(Composite parent, WorkContext ctx) {
        this.ui = new Ui(ctx, parent);
        scroll = ui.page(parent, true, "screen.themes");
        Composite content = scroll.content;
        Composite list = Ui.column(content, 1);
        rows = new Rows<>(Theme::id, t -> new ThemeRow(list, t));
        none = ui.hint(content, ui.say.get("screen.themes.none"));

        Composite add = Ui.column(content, 2);
        newTheme = ui.newField(add, "theme.new", ui.say.get("screen.themes.new"), this::add);
        newTheme.setLayoutData(Ui.fill());
        ui.button(add, ui.say.get("screen.add"), "theme.add", this::add);

        ui.follow(parent, this::refresh);
        refresh();
    }

    private void add() {
        String name = newTheme.getText().strip();
        if (name.isEmpty()) {
            return;
        }
        ui.apply(EnergyData.addTheme(name));
        newTheme.setText("");
    }

    private void refresh() {
        var themes = EnergyData.of(ui.ctx.dossier()).themes();
        boolean changed = rows.show(themes);
        none.setVisible(themes.isEmpty());
        ((org.eclipse.swt.layout.GridData) none.getLayoutData()).exclude = !themes.isEmpty();
        if (changed) {
            scroll.reflow();
        }
        scroll.content.layout(true, true);
    }

    /** One theme: its name, to change where it stands, and a button to remove it. */
    private final class ThemeRow implements Rows.Row<Theme> {
        private final Composite row;
        private final Text name;

        ThemeRow(Composite list, Theme theme) {
            row = new Composite(list, SWT.NONE);
            GridLayout layout = new GridLayout(2, false);
            layout.marginWidth = 0;
            row.setLayout(layout);
            row.setLayoutData(Ui.fill());
            String id = theme.id();
            name = ui.field(row, SWT.SINGLE, "theme." + id + ".name",
                    text -> ui.apply(EnergyData.renameTheme(id, text)));
            name.setLayoutData(Ui.fill());
            ui.button(row, ui.say.get("screen.remove"), "theme." + id + ".remove",
                    () -> ui.apply(EnergyData.removeTheme(id)));
        }

        @Override
        public Control control() {
            return row;
        }

        @Override
        public void show(Theme theme) {
            Ui.show(name, theme.name());
        }
    }
}
