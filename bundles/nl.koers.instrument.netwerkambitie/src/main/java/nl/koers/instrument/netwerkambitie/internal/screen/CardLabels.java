package nl.koers.instrument.netwerkambitie.internal.screen;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;

import nl.koers.domain.Partner;
import nl.koers.domain.analysis.ContributionRef;
import nl.koers.instrument.api.swt.kit.PartnerChoice;
import nl.koers.instrument.netwerkambitie.internal.screen.CardLines.CardLine;
import nl.koers.instrument.netwerkambitie.internal.screen.CardLines.Kind;

/** The labels of an exchange card: its partner's name, which leads back to the card's step, and its lines. */
final class CardLabels {
    private final Ui ui;
    private final PartnerChoice choice;

    CardLabels(Ui ui, PartnerChoice choice) {
        this.ui = ui;
        this.choice = choice;
    }

    /** {@return the width a card asks for inside its border} */
    int cardWidth() {
        return ui.charWidth() * 34;
    }

    /**
     * Makes the card's labels for its lines, in a composite of their own at the card's end: GTK measures every
     * wrapped label directly in a composite again when that composite changes size, so lines put straight on a card
     * a few at a time cost more with every few. {@code itemOf} learns the label of each wish or demand.
     */
    void fill(Composite card, Partner p, List<CardLine> lines, Map<ContributionRef, Label> itemOf) {
        // a wrapping line is measured at its width hint, then again at its column's width when they differ: hinted
        // at the width it gets, each line is measured once
        int lineWidth = cardWidth() - 2 * ((GridLayout) card.getLayout()).marginWidth;
        Composite these = Ui.column(card, 1);
        for (CardLine line : lines) {
            Label l = switch (line.kind()) {
                case NAME -> name(these, p, line.text());
                case HINT, SUMS -> ui.hint(these, line.text());
                case SECTION -> ui.section(these, line.text());
                case ITEM -> item(these, line.text(), line.colour());
            };
            ((GridData) l.getLayoutData()).widthHint = lineWidth;
            if (line.id() != null) {
                Ui.id(l, line.id());
            }
            if (line.ref() != null) {
                itemOf.put(line.ref(), l);
            }
            if (line.kind() == Kind.SUMS) {
                ((GridData) l.getLayoutData()).verticalIndent = ui.charWidth();
            }
        }
    }

    /** {@return the labels of a card's lines, in order} */
    static List<Label> lines(Composite card) {
        List<Label> out = new ArrayList<>();
        for (Control these : card.getChildren()) {
            for (Control line : ((Composite) these).getChildren()) {
                out.add((Label) line);
            }
        }
        return out;
    }

    private Label name(Composite card, Partner p, String text) {
        Label name = ui.heading(card, text);
        // from the exchange back to the card, to fill in what came up
        name.setToolTipText(ui.say.get("screen.exchange.edit"));
        name.addListener(SWT.MouseDoubleClick, e -> {
            choice.set(ui.ctx.dossier(), p.id());
            ui.ctx.goToStep(0);
        });
        return name;
    }

    /** A line on a card, with its wish or demand; demands stand out. */
    private Label item(Composite card, String text, Color colour) {
        Label l = new Label(card, SWT.WRAP);
        l.setFont(ui.font());
        l.setText(Ui.plain(text));
        if (colour != null) {
            l.setForeground(colour);
        }
        l.setLayoutData(Ui.fill());
        return l;
    }
}
