package nl.koers.instrument.brengenhalen.internal.screen;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;

import nl.koers.instrument.brengenhalen.internal.screen.BalanceView.PartnerLine;

/**
 * The table of each partner's bring against get in the balance: the name, the counts, and the sums per unit
 * brought and got. While the partners stay the same, an edit sets the texts that changed and makes no widget.
 */
final class BalancePartners {
    private final Ui ui;
    private final Composite table;
    /** The partners drawn, in order, and their cells: name, counts, brings, gets. */
    private final List<String> drawn = new ArrayList<>();
    private final List<Label[]> cells = new ArrayList<>();
    private final List<PartnerLine> lines = new ArrayList<>();

    BalancePartners(Composite parent, Ui ui) {
        this.ui = ui;
        table = new Composite(parent, SWT.NONE);
        GridLayout layout = new GridLayout(ui.stacked() ? 1 : 4, false);
        layout.marginWidth = 0;
        layout.horizontalSpacing = ui.charWidth() * 2;
        table.setLayout(layout);
        table.setLayoutData(Ui.fill());
    }

    /**
     * Shows the partners' lines; the labels whose text changed go to {@code changed}.
     *
     * @return whether the table was made anew (other partners, or in another order)
     */
    boolean show(List<PartnerLine> now, List<Control> changed) {
        List<String> ids = now.stream().map(PartnerLine::id).toList();
        if (!ids.equals(drawn)) {
            build(now);
            return true;
        }
        for (int i = 0; i < now.size(); i++) {
            PartnerLine was = lines.get(i);
            PartnerLine line = now.get(i);
            if (!line.equals(was)) {
                Label[] row = cells.get(i);
                set(row[0], line.name(), changed);
                set(row[1], line.counts(), changed);
                row[1].setForeground(line.countsColour());
                row[1].setToolTipText(line.tip());
                set(row[2], line.brings(), changed);
                set(row[3], line.gets(), changed);
                lines.set(i, line);
            }
        }
        return false;
    }

    private static void set(Label l, String text, List<Control> changed) {
        String plain = Ui.plain(text);
        if (!Objects.equals(plain, l.getText())) {
            l.setText(plain);
            changed.add(l);
        }
    }

    private void build(List<PartnerLine> now) {
        for (Control c : table.getChildren()) {
            c.dispose();
        }
        drawn.clear();
        cells.clear();
        lines.clear();
        if (!ui.stacked()) {
            for (String key : new String[] {"screen.balance.partner", "screen.balance.counts", "screen.balance.brings",
                "screen.balance.gets"}) {
                Label head = ui.label(table, ui.say.get(key));
                head.setForeground(Ui.HINT);
            }
        }
        for (PartnerLine line : now) {
            Label name = Ui.id(ui.label(table, line.name()), "balance.partner." + line.id());
            name.setFont(ui.bold());
            Label counts = Ui.id(ui.label(table, line.counts()), "balance.partner." + line.id() + ".counts");
            counts.setForeground(line.countsColour());
            counts.setToolTipText(line.tip());
            cells.add(new Label[] {name, counts, wrapping(line.brings()), wrapping(line.gets())});
            drawn.add(line.id());
            lines.add(line);
        }
    }

    private Label wrapping(String text) {
        Label l = new Label(table, SWT.WRAP);
        l.setFont(ui.font());
        l.setText(Ui.plain(text));
        GridData data = new GridData(SWT.FILL, SWT.TOP, true, false);
        data.widthHint = 100;
        l.setLayoutData(data);
        return l;
    }
}
