package nl.koers.instrument.api.swt.kit;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

import nl.koers.domain.Dossier;
import nl.koers.domain.EditRefused;
import nl.koers.domain.Firmness;
import nl.koers.domain.Interest;
import nl.koers.domain.Level;
import nl.koers.domain.Partner;
import nl.koers.domain.Texts;
import nl.koers.domain.edit.Edits;

/**
 * The card of a partner's interests at the three levels: its own (of the person at the table or of the
 * organisation, a choice per interest) and what it wants from the collaboration as a whole (level network), each
 * a wish or a demand (a demand in red), changed where it stands, with a row to add one below each list. Put it in
 * a {@link PartnerEditor}, alone or, to add parts of your own below it, from a {@link PartnerEditor.Card} that
 * builds and shows it first.
 * <p>
 * A new interest never inherits the row before it: its level starts at "kies niveau" and must be chosen (add asks
 * for it), and it starts as a wish, the negotiable and so the less harmful default; both are reset after each add
 * and when another partner is shown.
 * <p>
 * Changes go through the interests' {@code with} methods, so what this card does not show of an interest (such as
 * its mark as a core value) is kept. Widget ids, after the {@link Ui}'s prefix: {@code interest.own.new},
 * {@code interest.own.newLevel}, {@code interest.own.newFirmness}, {@code interest.own.add},
 * {@code interest.network.new}, {@code interest.network.newFirmness}, {@code interest.network.add}; per interest
 * {@code interest.<id>.text}, {@code .level}, {@code .firmness} and {@code .remove}. Used on the UI thread.
 * <p>
 * The rows of a partner shown come a few at a time, the top of the card in the dispatch that shows it and the next
 * ones in the dispatches after it (since 1.5), so the window answers between them: a row further down is there once
 * the display has run what it queued.
 */
public final class InterestsEditor implements PartnerEditor.Card {
    private static final Level[] OWN_LEVELS = {Level.INDIVIDUAL, Level.ORGANISATION};

    private final Ui ui;
    private final PartnerEditor partners;
    private final Section own;
    private final Section network;
    private final EditorParts parts;
    private final Texts say;
    private Rows<Interest> ownRows;
    private Rows<Interest> networkRows;
    private Combo newLevel;
    private Combo ownFirmness;
    private Combo networkFirmness;
    /** In projector mode: the choices below each interest go on more lines where the card is narrow. */
    private StackedCells stacking;
    /** The rows in view made in the click that shows a partner, the others a few per dispatch after it. */
    private RowTurns turns;
    /** The partner whose interests are shown: another one starts the new rows afresh. */
    private String shownPartnerId;

    /**
     * The card of one partner's interests.
     *
     * @param ui the step's kit: its prefix starts the widget ids
     * @param partners the editor this card is shown in: the interests are those of its chosen partner
     * @param own the words above the partner's own interests
     * @param network the words above what it wants from the collaboration as a whole
     */
    public InterestsEditor(Ui ui, PartnerEditor partners, Section own, Section network) {
        this.ui = ui;
        this.partners = partners;
        this.own = own;
        this.network = network;
        this.parts = new EditorParts(ui);
        this.say = parts.say;
    }

    @Override
    public void build(Composite content) {
        stacking = new StackedCells(ui.stacked(), () -> 0);
        stacking.follow(content, partners::reflow);
        turns = new RowTurns(content, ui, partners, this);
        ui.section(content, own.heading());
        ui.hint(content, own.hint());
        Composite ownList = Ui.column(content, 1);
        ownRows = new Rows<>(Interest::id, i -> new InterestRow(ownList, i));
        newOwn(content);

        ui.section(content, network.heading());
        ui.hint(content, network.hint());
        Composite networkList = Ui.column(content, 1);
        networkRows = new Rows<>(Interest::id, i -> new InterestRow(networkList, i));
        newNetwork(content);
        ui.hint(content, say.get("firmnessHint"));
    }

    @Override
    public boolean show(Dossier dossier, Partner partner) {
        if (!partner.id().equals(shownPartnerId)) {
            shownPartnerId = partner.id();
            startNewRows();
        }
        List<Interest> mine = partner.interests().stream().filter(i -> i.level() != Level.NETWORK).toList();
        List<Interest> shared = partner.interests().stream().filter(i -> i.level() == Level.NETWORK).toList();
        turns.begin();
        boolean a = turns.show(ownRows, mine);
        boolean b = turns.show(networkRows, shared);
        return a || b;
    }


    private String[] levels(Level... levels) {
        String[] out = new String[levels.length];
        for (int i = 0; i < levels.length; i++) {
            out[i] = parts.words.label(levels[i]);
        }
        return out;
    }

    /**
     * The row for a new interest of the partner itself. Its level starts at "kies niveau" and has to be chosen
     * for each interest: a level carried over from the row before filed organisations' interests as a person's.
     */
    private void newOwn(Composite content) {
        Composite row = Ui.column(content, 4);
        Text[] text = new Text[1];
        Runnable add = () -> {
            int chosen = newLevel.getSelectionIndex();
            if (chosen <= 0) {
                Ui.refused(newLevel, say.get("chooseLevel.first"));
                newLevel.setFocus();
                return;
            }
            add(text[0], OWN_LEVELS[chosen - 1], ownFirmness);
        };
        text[0] = ui.newField(row, "interest.own.new", own.prompt(), add);
        text[0].setLayoutData(textData());
        if (ui.stacked()) {
            Ui.filler(row);
        }
        String[] choices = new String[OWN_LEVELS.length + 1];
        choices[0] = say.get("chooseLevel");
        System.arraycopy(levels(OWN_LEVELS), 0, choices, 1, OWN_LEVELS.length);
        newLevel = ui.choice(row, "interest.own.newLevel", choices, i -> Ui.refused(newLevel, null));
        newLevel.setLayoutData(Ui.width(ui.choiceWidth(withChoose(levels(Level.values())))));
        ownFirmness = newFirmness(row, "interest.own.newFirmness");
        parts.rowButton(row, say.get("add"), "interest.own.add", add);
        fitted(row, text[0]);
    }

    /** In projector mode, {@code row}'s cells below its {@code text} go on more lines where the card is narrow. */
    private void fitted(Composite row, Control text) {
        if (ui.stacked()) {
            stacking.addStacked(row, text);
        }
    }

    private String[] withChoose(String[] levels) {
        String[] out = java.util.Arrays.copyOf(levels, levels.length + 1);
        out[levels.length] = say.get("chooseLevel");
        return out;
    }

    /** The new rows as for a first interest: level not chosen, a wish (negotiable), no mark of a refusal. */
    private void startNewRows() {
        newLevel.select(0);
        Ui.refused(newLevel, null);
        ownFirmness.select(0);
        networkFirmness.select(0);
    }

    private void newNetwork(Composite content) {
        Composite row = Ui.column(content, 4);
        Text[] text = new Text[1];
        Runnable add = () -> add(text[0], Level.NETWORK, networkFirmness);
        text[0] = ui.newField(row, "interest.network.new", network.prompt(), add);
        text[0].setLayoutData(textData());
        if (ui.stacked()) {
            Ui.filler(row);
        }
        // where the other rows choose the level: this one is the network's
        int levelWidth = ui.choiceWidth(withChoose(levels(Level.values())));
        Label level = ui.label(row, " " + parts.words.label(Level.NETWORK));
        level.setLayoutData(Ui.width(Ui.widthIn(new Combo(row, SWT.READ_ONLY), levelWidth)));
        networkFirmness = newFirmness(row, "interest.network.newFirmness");
        parts.rowButton(row, say.get("add"), "interest.network.add", add);
        fitted(row, text[0]);
    }

    private Combo newFirmness(Composite row, String id) {
        Combo firmness = ui.choice(row, id, parts.firmnesses(), i -> {
        });
        firmness.setLayoutData(Ui.width(ui.choiceWidth(parts.firmnesses())));
        firmness.select(0);
        return firmness;
    }

    /** The text of a row: beside its choices, or in projector mode on a line of its own above them. */
    private GridData textData() {
        GridData d = Ui.fill();
        d.horizontalSpan = ui.stacked() ? 4 : 1;
        return d;
    }

    private void add(Text text, Level level, Combo firmness) {
        String value = text.getText().strip();
        String partnerId = partners.partnerId();
        if (value.isEmpty() || partnerId == null) {
            text.setFocus();
            return;
        }
        Interest interest;
        try {
            interest = Interest.of(value, level, EditorParts.firmness(firmness.getSelectionIndex()));
            Ui.refused(text, null);
        } catch (EditRefused e) {
            Ui.refused(text, e.message(ui.ctx.locale())); // too long: what was typed stays
            text.setFocus();
            return;
        }
        ui.apply(Edits.addInterest(partnerId, interest));
        startNewRows(); // the next interest is chosen afresh, not inherited from this one
        text.setText("");
        text.setFocus();
    }

    /** One interest: its text, level and wish or demand, changed where it stands; and a way to remove it. */
    private final class InterestRow implements Rows.Row<Interest> {
        private final String interestId;
        private final Composite row;
        private final Text text;
        private final Combo level;
        private final Combo firmness;

        InterestRow(Composite parent, Interest interest) {
            interestId = interest.id();
            row = parts.row(parent, 4);
            String id = "interest." + interestId;
            Consumer<String> commit = v -> change(i -> i.withText(v));
            if (ui.stacked()) {
                text = ui.paragraphField(row, id + ".text", 2, commit);
                ((GridData) text.getLayoutData()).horizontalSpan = 4;
                Ui.filler(row);
            } else {
                text = ui.field(row, SWT.SINGLE, id + ".text", commit);
                text.setLayoutData(Ui.fill());
            }
            level = ui.choice(row, id + ".level", levels(Level.values()),
                    index -> change(i -> i.withLevel(Level.values()[index])));
            level.setLayoutData(Ui.width(ui.choiceWidth(levels(Level.values()))));
            firmness = ui.choice(row, id + ".firmness", parts.firmnesses(),
                    index -> change(i -> i.withFirmness(EditorParts.firmness(index))));
            firmness.setLayoutData(Ui.width(ui.choiceWidth(parts.firmnesses())));
            parts.rowButton(row, say.get("remove"), id + ".remove",
                    () -> ui.apply(Edits.removeInterest(partners.partnerId(), interestId)))
                    .setToolTipText(say.get("remove.interest"));
            fitted(row, text);
        }

        private void change(UnaryOperator<Interest> change) {
            String partnerId = partners.partnerId();
            ui.ctx.dossier().partner(partnerId).flatMap(p -> p.interests().stream()
                    .filter(i -> i.id().equals(interestId)).findFirst())
                    .ifPresent(i -> ui.apply(Edits.updateInterest(partnerId, change.apply(i))));
        }

        @Override
        public Control control() {
            return row;
        }

        @Override
        public void show(Interest interest) {
            Ui.show(text, interest.text());
            Ui.show(level, interest.level().ordinal());
            Ui.show(firmness, EditorParts.index(interest.firmness()));
            text.setForeground(interest.firmness() == Firmness.DEMAND ? EditorParts.DEMAND : null);
        }
    }
}
