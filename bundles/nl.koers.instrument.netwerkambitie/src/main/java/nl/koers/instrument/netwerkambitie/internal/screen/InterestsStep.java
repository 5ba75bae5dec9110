package nl.koers.instrument.netwerkambitie.internal.screen;

import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

import nl.koers.domain.Dossier;
import nl.koers.domain.Firmness;
import nl.koers.domain.Interest;
import nl.koers.domain.Level;
import nl.koers.domain.Partner;
import nl.koers.domain.edit.Edits;
import nl.koers.instrument.api.swt.WorkContext;
import nl.koers.instrument.api.swt.kit.PartnerChoice;
import nl.koers.instrument.api.swt.kit.Rows;

/**
 * Step 1, belangen: the first part of a partner's interest card. Its own interests (of the person at the
 * table or of the organisation) and its view of the overarching interest of the collaboration (level network),
 * each a wish or a demand.
 */
final class InterestsStep extends PartnerStep {
    private static final Level[] OWN_LEVELS = {Level.INDIVIDUAL, Level.ORGANISATION};

    private Rows<Interest> own;
    private Rows<Interest> network;

    InterestsStep(Composite parent, WorkContext ctx, PartnerChoice choice) {
        super(parent, ctx, choice);
        start();
    }

    @Override
    void buildCard(Composite content) {
        ui.section(content, ui.say.get("screen.interests.own"));
        ui.hint(content, ui.say.get("screen.interests.ownHint"));
        Composite ownRows = Ui.column(content, 1);
        own = new Rows<>(Interest::id, i -> new InterestRow(ownRows, i));
        newOwn(content);

        ui.section(content, ui.say.get("screen.interests.network"));
        ui.hint(content, ui.say.get("screen.interests.networkHint"));
        Composite networkRows = Ui.column(content, 1);
        network = new Rows<>(Interest::id, i -> new InterestRow(networkRows, i));
        newNetwork(content);
        ui.hint(content, ui.say.get("screen.firmnessHint"));
    }

    @Override
    boolean showCard(Dossier dossier, Partner partner) {
        List<Interest> mine = partner.interests().stream().filter(i -> i.level() != Level.NETWORK).toList();
        List<Interest> shared = partner.interests().stream().filter(i -> i.level() == Level.NETWORK).toList();
        boolean a = own.show(mine);
        boolean b = network.show(shared);
        return a || b;
    }

    private String[] levels(Level... levels) {
        String[] out = new String[levels.length];
        for (int i = 0; i < levels.length; i++) {
            out[i] = ui.say.word(levels[i]);
        }
        return out;
    }

    private String[] firmnesses() {
        return new String[] {ui.say.word(Firmness.WISH), ui.say.word(Firmness.DEMAND)};
    }

    private void newOwn(Composite content) {
        Composite row = Ui.column(content, 4);
        Text[] text = new Text[1];
        Combo[] level = new Combo[1];
        Combo[] firmness = new Combo[1];
        Runnable add = () -> add(text[0], OWN_LEVELS[Math.max(0, level[0].getSelectionIndex())],
                firmness[0].getSelectionIndex());
        text[0] = ui.newField(row, "interest.own.new", ui.say.get("screen.interests.ownNew"), add);
        text[0].setLayoutData(textData());
        if (ui.stacked()) {
            Ui.filler(row);
        }
        level[0] = ui.choice(row, "interest.own.newLevel", levels(OWN_LEVELS), i -> {
        });
        level[0].setLayoutData(Ui.width(ui.choiceWidth(levels(Level.values()))));
        level[0].select(1);
        firmness[0] = ui.choice(row, "interest.own.newFirmness", firmnesses(), i -> {
        });
        firmness[0].setLayoutData(Ui.width(ui.choiceWidth(firmnesses())));
        firmness[0].select(0);
        ui.rowButton(row, ui.say.get("screen.add"), "interest.own.add", add);
    }

    private void newNetwork(Composite content) {
        Composite row = Ui.column(content, 4);
        Text[] text = new Text[1];
        Combo[] firmness = new Combo[1];
        Runnable add = () -> add(text[0], Level.NETWORK, firmness[0].getSelectionIndex());
        text[0] = ui.newField(row, "interest.network.new", ui.say.get("screen.interests.networkNew"), add);
        text[0].setLayoutData(textData());
        if (ui.stacked()) {
            Ui.filler(row);
        }
        // where the other rows choose the level: this one is the network's
        int levelWidth = ui.choiceWidth(levels(Level.values()));
        Label level = ui.label(row, " " + ui.say.word(Level.NETWORK));
        level.setLayoutData(Ui.width(Ui.widthIn(new Combo(row, SWT.READ_ONLY), levelWidth)));
        firmness[0] = ui.choice(row, "interest.network.newFirmness", firmnesses(), i -> {
        });
        firmness[0].setLayoutData(Ui.width(ui.choiceWidth(firmnesses())));
        firmness[0].select(0);
        ui.rowButton(row, ui.say.get("screen.add"), "interest.network.add", add);
    }

    /** The text of a row: beside its choices, or in projector mode on a line of its own above them. */
    private GridData textData() {
        GridData d = Ui.fill();
        d.horizontalSpan = ui.stacked() ? 4 : 1;
        return d;
    }

    private void add(Text text, Level level, int firmness) {
        String value = text.getText().strip();
        if (value.isEmpty() || partnerId() == null) {
            text.setFocus();
            return;
        }
        ui.apply(Edits.addInterest(partnerId(), Interest.of(value, level,
                firmness == 1 ? Firmness.DEMAND : Firmness.WISH)));
        text.setText("");
        text.setFocus();
    }

    private static GridData withSpan(GridData d) {
        d.horizontalSpan = 4;
        return d;
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
            row = new Composite(parent, SWT.NONE);
            GridLayout layout = new GridLayout(4, false);
            layout.marginWidth = 0;
            layout.marginHeight = 1;
            if (ui.stacked()) {
                layout.marginBottom = ui.charWidth(); // on the projector, items stand apart
            }
            row.setLayout(layout);
            row.setLayoutData(Ui.fill());
            String id = "interest." + interestId;
            java.util.function.Consumer<String> commit = v -> change(i -> new Interest(i.id(), v, i.level(),
                    i.firmness()));
            if (ui.stacked()) {
                text = ui.paragraphField(row, id + ".text", 2, commit);
                text.setLayoutData(withSpan((GridData) text.getLayoutData()));
                Ui.filler(row);
            } else {
                text = ui.field(row, SWT.SINGLE, id + ".text", commit);
                text.setLayoutData(Ui.fill());
            }
            level = ui.choice(row, id + ".level", levels(Level.values()), index -> change(
                    i -> new Interest(i.id(), i.text(), Level.values()[index], i.firmness())));
            level.setLayoutData(Ui.width(ui.choiceWidth(levels(Level.values()))));
            firmness = ui.choice(row, id + ".firmness", firmnesses(), index -> change(
                    i -> new Interest(i.id(), i.text(), i.level(), index == 1 ? Firmness.DEMAND : Firmness.WISH)));
            firmness.setLayoutData(Ui.width(ui.choiceWidth(firmnesses())));
            Button remove = ui.rowButton(row, ui.say.get("screen.remove"), id + ".remove",
                    () -> ui.apply(Edits.removeInterest(partnerId(), interestId)));
            remove.setToolTipText(ui.say.get("screen.remove.interest"));
        }

        private void change(java.util.function.UnaryOperator<Interest> change) {
            ui.ctx.dossier().partner(partnerId()).flatMap(p -> p.interests().stream()
                    .filter(i -> i.id().equals(interestId)).findFirst())
                    .ifPresent(i -> ui.apply(Edits.updateInterest(partnerId(), change.apply(i))));
        }

        @Override
        public Control control() {
            return row;
        }

        @Override
        public void show(Interest interest) {
            Ui.show(text, interest.text());
            Ui.show(level, interest.level().ordinal());
            Ui.show(firmness, interest.firmness() == Firmness.DEMAND ? 1 : 0);
            text.setForeground(interest.firmness() == Firmness.DEMAND ? Ui.DEMAND : null);
        }
    }
}
