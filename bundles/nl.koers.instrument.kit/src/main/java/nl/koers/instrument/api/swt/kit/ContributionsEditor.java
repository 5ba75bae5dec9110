package nl.koers.instrument.api.swt.kit;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

import nl.koers.domain.Amounts;
import nl.koers.domain.Category;
import nl.koers.domain.Contribution;
import nl.koers.domain.Direction;
import nl.koers.domain.Dossier;
import nl.koers.domain.EditRefused;
import nl.koers.domain.Firmness;
import nl.koers.domain.Partner;
import nl.koers.domain.Texts;
import nl.koers.domain.edit.Edits;

/**
 * The card of what a partner brings into the collaboration and what it comes to get from it: per direction a
 * list of items, each with a category, a description, an amount and unit where it can be made concrete, and wish
 * or demand (a demand's description in red), changed where it stands, and a row to add one. Put it in a
 * {@link PartnerEditor}: {@code editor.start(new ContributionsEditor(ui, editor, bring, get, units, false))}.
 * <p>
 * Widget ids, after the {@link Ui}'s prefix: {@code bring.new.category}, {@code .description}, {@code .amount},
 * {@code .unit}, {@code .firmness} and {@code bring.add} for the new item (and the same with {@code get});
 * {@code item.<contribution id>.category}, {@code .description}, {@code .amount}, {@code .unit},
 * {@code .firmness} and {@code .remove} for each item. Used on the UI thread.
 * <p>
 * The rows of a partner shown come a few at a time, the top of the card in the dispatch that shows it and the next
 * ones in the dispatches after it (since 1.5), so the window answers between them: a row further down is there once
 * the display has run what it queued.
 */
public final class ContributionsEditor implements PartnerEditor.Card {
    private static final Color VAGUE = new Color(255, 240, 200);
    /** What a row's grid keeps between two cells: GridLayout's own. */
    private static final int CELL_SPACING = 5;

    private final Ui ui;
    private final PartnerEditor partners;
    private final Map<Direction, Section> sections = new EnumMap<>(Direction.class);
    private final String[] units;
    private final boolean askConcrete;
    private final EditorParts parts;
    private final Texts say;
    private final Texts words;
    private final Map<Direction, Rows<Contribution>> rows = new EnumMap<>(Direction.class);
    private int categoryWidth;
    private int amountWidth;
    private int unitWidth;
    private int firmnessWidth;
    private StackedCells stacking;
    /** The rows in view made in the click that shows a partner, the others a few per dispatch after it. */
    private RowTurns turns;

    /**
     * The card of one partner's bring and get.
     *
     * @param ui the step's kit: its prefix starts the widget ids
     * @param partners the editor this card is shown in: the items are those of its chosen partner
     * @param bring the words above what the partner brings
     * @param get the words above what the partner comes to get
     * @param units the units offered in the unit field, which also takes any other
     * @param askConcrete true: an item without an amount or a unit has both fields marked, with a tooltip that
     *        asks to make it concrete (for homework, where concrete is the point)
     */
    public ContributionsEditor(Ui ui, PartnerEditor partners, Section bring, Section get, List<String> units,
            boolean askConcrete) {
        this.ui = ui;
        this.partners = partners;
        this.sections.put(Direction.BRING, bring);
        this.sections.put(Direction.GET, get);
        this.units = units.toArray(String[]::new);
        this.askConcrete = askConcrete;
        this.parts = new EditorParts(ui);
        this.say = parts.say;
        this.words = parts.words;
    }

    @Override
    public void build(Composite content) {
        categoryWidth = ui.choiceWidth(categories());
        amountWidth = ui.textWidth("000.000,00");
        unitWidth = ui.choiceWidth(units);
        firmnessWidth = ui.choiceWidth(parts.firmnesses());
        stacking = new StackedCells(ui.stacked(), this::sideBySide);
        stacking.follow(content, partners::reflow);
        turns = new RowTurns(content, ui, partners, this);
        for (Direction direction : Direction.values()) {
            Section section = sections.get(direction);
            ui.section(content, section.heading());
            ui.hint(content, section.hint());
            header(content);
            Composite list = Ui.column(content, 1);
            rows.put(direction, new Rows<>(Contribution::id, c -> new ItemRow(list, c)));
            newItem(content, direction, section);
        }
        ui.hint(content, say.get("firmnessHint"));
    }

    @Override
    public boolean show(Dossier dossier, Partner partner) {
        boolean changed = false;
        turns.begin();
        for (Direction direction : Direction.values()) {
            changed |= turns.show(rows.get(direction), partner.contributions(direction));
        }
        return changed;
    }


    private String[] categories() {
        Category[] values = Category.values();
        String[] out = new String[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = words.label(values[i]);
        }
        return out;
    }

    /** Six cells that line up with the rows below: category, description, amount, unit, wish/demand, button. */
    private Composite cells(Composite parent) {
        return parts.row(parent, 6);
    }

    /** Column headings that line up with the fields below, whatever border the fields draw. */
    private void header(Composite content) {
        Composite row = cells(content);
        int[] widths = {Ui.widthIn(new Combo(row, SWT.READ_ONLY), categoryWidth), -1,
            Ui.widthIn(new Text(row, SWT.BORDER | SWT.SINGLE), amountWidth),
            Ui.widthIn(new Combo(row, SWT.DROP_DOWN), unitWidth),
            Ui.widthIn(new Combo(row, SWT.READ_ONLY), firmnessWidth)};
        String[] keys = {"column.category", "column.description", "column.amount", "column.unit",
            "column.firmness"};
        Label[] labels = new Label[keys.length];
        for (int i = 0; i < keys.length; i++) {
            labels[i] = ui.label(row, say.get(keys[i]));
            labels[i].setForeground(Ui.HINT);
            labels[i].setLayoutData(widths[i] < 0 ? Ui.fill() : Ui.width(widths[i]));
        }
        Label spacer = new Label(row, SWT.NONE);
        spacer.setLayoutData(Ui.width(Ui.widthIn(new Button(row, SWT.PUSH), parts.rowButtonWidth())));
        stack(row, labels[1], labels[3], spacer);
    }

    /**
     * Puts the description on a line of its own above the other cells, and pushes the last cell (the button) to the
     * right, on the projector and when the card is too narrow for all six side by side.
     */
    private void stack(Composite row, Control description, Control unit, Control last) {
        stacking.add(row, description, unit, last);
    }

    /** The width the six cells need side by side, with room for a few words of description. */
    private int sideBySide() {
        int buttons = parts.rowButtonWidth() + 3 * ui.charWidth();
        return categoryWidth + 16 * ui.charWidth() + amountWidth + unitWidth + firmnessWidth + buttons
                + 5 * CELL_SPACING;
    }

    private void newItem(Composite content, Direction direction, Section section) {
        Composite row = cells(content);
        String d = direction.name().toLowerCase(Locale.ROOT);
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
        description[0] = ui.newField(row, id + ".description", section.prompt(), add);
        description[0].setLayoutData(Ui.fill());
        amount[0] = ui.newField(row, id + ".amount", "", add);
        amount[0].setLayoutData(Ui.width(amountWidth));
        unit[0] = ui.openChoice(row, id + ".unit", units, null);
        unit[0].setLayoutData(Ui.width(unitWidth));
        firmness[0] = ui.choice(row, id + ".firmness", parts.firmnesses(), i -> {
        });
        firmness[0].setLayoutData(Ui.width(firmnessWidth));
        firmness[0].select(0);
        stack(row, description[0], unit[0], parts.rowButton(row, say.get("add"), d + ".add", add));
    }

    private void add(Direction direction, Combo category, Text description, Text amount, Combo unit,
            Combo firmness) {
        String text = description.getText().strip();
        String partnerId = partners.partnerId();
        if (text.isEmpty() || partnerId == null) {
            description.setFocus();
            return;
        }
        Optional<BigDecimal> value;
        try {
            value = Amounts.parse(amount.getText());
            Ui.refused(amount, null);
        } catch (NumberFormatException e) {
            Ui.refused(amount, say.get("notANumber"));
            amount.setFocus();
            return;
        } catch (EditRefused e) {
            Ui.refused(amount, e.message(ui.ctx.locale()));
            amount.setFocus();
            return;
        }
        Contribution item;
        try {
            item = new Contribution(null, direction, Category.values()[Math.max(0, category.getSelectionIndex())],
                    text, value.orElse(null), unit.getText().strip(), EditorParts.firmness(firmness.getSelectionIndex()));
            Ui.refused(description, null);
        } catch (EditRefused e) {
            Ui.refused(description, e.message(ui.ctx.locale())); // a description or unit too long
            description.setFocus();
            return;
        }
        ui.apply(Edits.addContribution(partnerId, item));
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
            Consumer<String> describe = v -> change(c -> new Contribution(c.id(), c.direction(), c.category(), v,
                    c.amount(), c.unit(), c.firmness()));
            if (ui.stacked()) {
                description = ui.paragraphField(row, id + ".description", 2, describe);
            } else {
                description = ui.field(row, SWT.SINGLE, id + ".description", describe);
                description.setLayoutData(Ui.fill());
            }
            amount = ui.field(row, SWT.SINGLE, id + ".amount", this::amount);
            amount.setLayoutData(Ui.width(amountWidth));
            unit = ui.openChoice(row, id + ".unit", units, v -> change(c -> c.withAmount(c.amount(), v.strip())));
            unit.setLayoutData(Ui.width(unitWidth));
            firmness = ui.choice(row, id + ".firmness", parts.firmnesses(),
                    i -> change(c -> c.withFirmness(EditorParts.firmness(i))));
            firmness.setLayoutData(Ui.width(firmnessWidth));
            stack(row, description, unit, parts.rowButton(row, say.get("remove"), id + ".remove",
                    () -> ui.apply(Edits.removeContribution(partners.partnerId(), itemId))));
        }

        private void amount(String typed) {
            try {
                BigDecimal value = Amounts.parse(typed).orElse(null);
                Ui.refused(amount, null);
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
                Ui.refused(amount, say.get("notANumber"));
            }
        }

        private Optional<Contribution> current() {
            return ui.ctx.dossier().partner(partners.partnerId()).flatMap(p -> p.contributions().stream()
                    .filter(c -> c.id().equals(itemId)).findFirst());
        }

        private void change(UnaryOperator<Contribution> change) {
            current().ifPresent(c -> ui.apply(Edits.updateContribution(partners.partnerId(), change.apply(c))));
        }

        @Override
        public Control control() {
            return row;
        }

        @Override
        public void show(Contribution c) {
            Ui.show(category, c.category().ordinal());
            Ui.show(description, c.description());
            Ui.show(amount, Amounts.format(c.amount(), ui.ctx.locale()));
            Ui.refused(amount, null);
            Ui.show(unit, c.unit());
            Ui.show(firmness, EditorParts.index(c.firmness()));
            description.setForeground(c.firmness() == Firmness.DEMAND ? EditorParts.DEMAND : null);
            if (askConcrete) {
                // not yet concrete: the amount and unit ask for it
                String vague = c.isConcrete() ? null : say.get("makeConcrete");
                amount.setBackground(vague == null ? null : VAGUE);
                amount.setToolTipText(vague);
                unit.setBackground(vague == null ? null : VAGUE);
                unit.setToolTipText(vague);
            }
        }
    }
}
