package nl.koers.instrument.netwerkambitie.internal.screen;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

import nl.koers.domain.Category;
import nl.koers.domain.Contribution;
import nl.koers.domain.Direction;
import nl.koers.domain.Dossier;
import nl.koers.domain.Firmness;
import nl.koers.domain.Partner;
import nl.koers.domain.edit.Edits;
import nl.koers.instrument.api.swt.WorkContext;
import nl.koers.instrument.api.swt.kit.PartnerChoice;
import nl.koers.instrument.api.swt.kit.Rows;
import nl.koers.instrument.netwerkambitie.internal.Phrases;

/**
 * Step 2, brengen en halen: the second part of a partner's interest card. What it comes to bring and what it
 * comes to get: a category, a description, an amount and unit where it can be made concrete, wish or demand.
 */
final class BringGetStep extends PartnerStep {
    private final Map<Direction, Rows<Contribution>> rows = new EnumMap<>(Direction.class);
    private int categoryWidth;
    private int amountWidth;
    private int unitWidth;
    private int firmnessWidth;

    BringGetStep(Composite parent, WorkContext ctx, PartnerChoice choice) {
        super(parent, ctx, choice);
        start();
    }

    @Override
    void buildCard(Composite content) {
        categoryWidth = ui.choiceWidth(categories());
        amountWidth = ui.textWidth("000.000,00");
        unitWidth = ui.choiceWidth(units());
        firmnessWidth = ui.choiceWidth(firmnesses());
        for (Direction direction : Direction.values()) {
            String d = direction.name().toLowerCase(java.util.Locale.ROOT);
            ui.section(content, ui.say.get("screen." + d));
            ui.hint(content, ui.say.get("screen." + d + "Hint"));
            header(content);
            Composite list = Ui.column(content, 1);
            rows.put(direction, new Rows<>(Contribution::id, c -> new ItemRow(list, c)));
            newItem(content, direction, d);
        }
        ui.hint(content, ui.say.get("screen.firmnessHint"));
    }

    @Override
    boolean showCard(Dossier dossier, Partner partner) {
        boolean changed = false;
        for (Direction direction : Direction.values()) {
            changed |= rows.get(direction).show(partner.contributions(direction));
        }
        return changed;
    }

    private String[] categories() {
        Category[] values = Category.values();
        String[] out = new String[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = ui.say.word(values[i]);
        }
        return out;
    }

    private String[] firmnesses() {
        return new String[] {ui.say.word(Firmness.WISH), ui.say.word(Firmness.DEMAND)};
    }

    private String[] units() {
        return ui.say.get("unit.suggestions").split("\\|");
    }

    /** Six cells that line up with the rows below: category, description, amount, unit, wish/demand, remove. */
    private Composite cells(Composite parent) {
        Composite row = new Composite(parent, SWT.NONE);
        GridLayout layout = new GridLayout(6, false);
        layout.marginWidth = 0;
        layout.marginHeight = 1;
        if (ui.stacked()) {
            layout.marginBottom = ui.charWidth(); // on the projector, items stand apart
        }
        row.setLayout(layout);
        row.setLayoutData(Ui.fill());
        return row;
    }

    private String removeText() {
        return ui.say.get("screen.remove");
    }
    /** Column headings that line up with the fields below, whatever border the fields draw. */
    private void header(Composite content) {
        Composite row = cells(content);
        int[] widths = {Ui.widthIn(new Combo(row, SWT.READ_ONLY), categoryWidth), -1,
            Ui.widthIn(new Text(row, SWT.BORDER | SWT.SINGLE), amountWidth),
            Ui.widthIn(new Combo(row, SWT.DROP_DOWN), unitWidth),
            Ui.widthIn(new Combo(row, SWT.READ_ONLY), firmnessWidth)};
        String[] keys = {"screen.column.category", "screen.column.description", "screen.column.amount",
                "screen.column.unit", "screen.column.firmness"};
        Label description = null;
        for (int i = 0; i < keys.length; i++) {
            Label l = ui.label(row, ui.say.get(keys[i]));
            l.setForeground(Ui.HINT);
            l.setLayoutData(widths[i] < 0 ? Ui.fill() : Ui.width(widths[i]));
            description = widths[i] < 0 ? l : description;
        }
        Label spacer = new Label(row, SWT.NONE);
        spacer.setLayoutData(Ui.width(Ui.widthIn(new org.eclipse.swt.widgets.Button(row, SWT.PUSH),
                ui.rowButtonWidth())));
        stack(row, description, spacer);
    }

    /**
     * In projector mode, puts the description on a line of its own above the other cells, and pushes the last
     * cell (the button) to the right.
     */
    private void stack(Composite row, Control description, Control last) {
        if (!ui.stacked()) {
            return;
        }
        description.moveAbove(null);
        ((GridData) description.getLayoutData()).horizontalSpan = 6;
        Label filler = new Label(row, SWT.NONE);
        filler.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        filler.moveAbove(last);
    }

    private void newItem(Composite content, Direction direction, String d) {
        Composite row = cells(content);
        String id = d + ".new";
        Combo category = ui.choice(row, id + ".category", categories(), i -> {
        });
        category.setLayoutData(Ui.width(categoryWidth));
        category.select(0);
        Text[] description = new Text[1];
        Text[] amount = new Text[1];
        Combo[] unit = new Combo[1];
        Combo[] firmness = new Combo[1];
        Runnable add = () -> add(direction, category, description[0], amount[0], unit[0], firmness[0]);
        description[0] = ui.newField(row, id + ".description", ui.say.get("screen." + d + "New"), add);
        description[0].setLayoutData(Ui.fill());
        amount[0] = ui.newField(row, id + ".amount", "", add);
        amount[0].setLayoutData(Ui.width(amountWidth));
        unit[0] = ui.openChoice(row, id + ".unit", units(), null);
        unit[0].setLayoutData(Ui.width(unitWidth));
        firmness[0] = ui.choice(row, id + ".firmness", firmnesses(), i -> {
        });
        firmness[0].setLayoutData(Ui.width(firmnessWidth));
        firmness[0].select(0);
        stack(row, description[0], ui.rowButton(row, ui.say.get("screen.add"), d + ".add", add));
    }

    private void add(Direction direction, Combo category, Text description, Text amount, Combo unit,
            Combo firmness) {
        String text = description.getText().strip();
        if (text.isEmpty() || partnerId() == null) {
            description.setFocus();
            return;
        }
        Optional<BigDecimal> value;
        try {
            value = Phrases.parseAmount(amount.getText());
            Ui.wrong(amount, null);
        } catch (NumberFormatException e) {
            Ui.wrong(amount, ui.say.get("screen.notANumber"));
            amount.setFocus();
            return;
        }
        ui.apply(Edits.addContribution(partnerId(), new Contribution(null, direction,
                Category.values()[Math.max(0, category.getSelectionIndex())], text, value.orElse(null),
                unit.getText().strip(), firmness.getSelectionIndex() == 1 ? Firmness.DEMAND : Firmness.WISH)));
        description.setText("");
        amount.setText("");
        unit.setText("");
        description.setFocus();
    }

    /** One item brought or got, changed where it stands. */
    private final class ItemRow implements Rows.Row<Contribution> {
        private final String itemId;
        private final Composite row;
        private final Combo category;
        private final Text description;
        private final Text amount;
        private final Combo unit;
        private final Combo firmness;

        ItemRow(Composite parent, Contribution item) {
            itemId = item.id();
            row = cells(parent);
            String id = "item." + itemId;
            category = ui.choice(row, id + ".category", categories(), i -> change(c -> new Contribution(c.id(),
                    c.direction(), Category.values()[i], c.description(), c.amount(), c.unit(), c.firmness())));
            category.setLayoutData(Ui.width(categoryWidth));
            java.util.function.Consumer<String> describe = v -> change(c -> new Contribution(c.id(),
                    c.direction(), c.category(), v, c.amount(), c.unit(), c.firmness()));
            if (ui.stacked()) {
                description = ui.paragraphField(row, id + ".description", 2, describe);
            } else {
                description = ui.field(row, SWT.SINGLE, id + ".description", describe);
                description.setLayoutData(Ui.fill());
            }
            amount = ui.field(row, SWT.SINGLE, id + ".amount", this::amount);
            amount.setLayoutData(Ui.width(amountWidth));
            unit = ui.openChoice(row, id + ".unit", units(), v -> change(c -> c.withAmount(c.amount(), v.strip())));
            unit.setLayoutData(Ui.width(unitWidth));
            firmness = ui.choice(row, id + ".firmness", firmnesses(),
                    i -> change(c -> c.withFirmness(i == 1 ? Firmness.DEMAND : Firmness.WISH)));
            firmness.setLayoutData(Ui.width(firmnessWidth));
            stack(row, description, ui.rowButton(row, removeText(), id + ".remove",
                    () -> ui.apply(Edits.removeContribution(partnerId(), itemId))));
        }

        private void amount(String typed) {
            try {
                BigDecimal value = Phrases.parseAmount(typed).orElse(null);
                Ui.wrong(amount, null);
                current().ifPresent(c -> {
                    boolean same = c.amount() == null ? value == null
                            : value != null && c.amount().compareTo(value) == 0;
                    if (same) {
                        show(c); // "2,50" typed for 2.5: show it as it is kept
                    } else {
                        change(x -> x.withAmount(value, x.unit()));
                    }
                });
            } catch (NumberFormatException e) {
                Ui.wrong(amount, ui.say.get("screen.notANumber"));
            }
        }

        private Optional<Contribution> current() {
            return ui.ctx.dossier().partner(partnerId()).flatMap(p -> p.contributions().stream()
                    .filter(c -> c.id().equals(itemId)).findFirst());
        }

        private void change(UnaryOperator<Contribution> change) {
            current().ifPresent(c -> ui.apply(Edits.updateContribution(partnerId(), change.apply(c))));
        }

        @Override
        public Control control() {
            return row;
        }

        @Override
        public void show(Contribution c) {
            Ui.show(category, c.category().ordinal());
            Ui.show(description, c.description());
            Ui.show(amount, ui.say.amount(c.amount()));
            Ui.wrong(amount, null);
            Ui.show(unit, c.unit());
            Ui.show(firmness, c.firmness() == Firmness.DEMAND ? 1 : 0);
            description.setForeground(c.firmness() == Firmness.DEMAND ? Ui.DEMAND : null);
        }
    }
}
