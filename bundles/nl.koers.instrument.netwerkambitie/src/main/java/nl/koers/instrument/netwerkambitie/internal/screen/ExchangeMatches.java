package nl.koers.instrument.netwerkambitie.internal.screen;

import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

import nl.koers.domain.Dossier;
import nl.koers.domain.MatchDecision;
import nl.koers.domain.analysis.ContributionRef;
import nl.koers.domain.analysis.Match;
import nl.koers.domain.analysis.MatchesShown;
import nl.koers.domain.edit.MatchEdits;

/**
 * The matches of the exchange, best first: the few best per item brought (and every confirmed one), with why
 * they match, and buttons to confirm or dismiss each. A dismissed match is gone until the facilitator asks for
 * the dismissed ones; "show all" shows the rest. Both choices are the view's, not the dossier's.
 */
final class ExchangeMatches {
    /** At most this many matches per item brought, until "show all". */
    static final int PER_ITEM = 5;

    private final Ui ui;
    private final Runnable redraw;
    private final BiConsumer<Composite, List<ContributionRef>> select;
    private boolean all;
    private boolean dismissed;

    /** @param select marks the items of a match on the cards when its row is clicked */
    ExchangeMatches(Ui ui, Runnable redraw, BiConsumer<Composite, List<ContributionRef>> select) {
        this.ui = ui;
        this.redraw = redraw;
        this.select = select;
    }

    void fill(Composite panel, Dossier d) {
        MatchesShown shown = MatchesShown.of(d, PER_ITEM, all, dismissed, List.of());

        Composite choices = Ui.column(panel, 2);
        ui.check(choices, ui.say.get("screen.matches.all"), "matches.all", on -> {
            all = on;
            panel.getDisplay().asyncExec(redraw);
        }).setSelection(all);
        ui.check(choices, ui.say.get("screen.matches.dismissed"), "matches.dismissed", on -> {
            dismissed = on;
            panel.getDisplay().asyncExec(redraw);
        }).setSelection(dismissed);
        if (shown.matches().isEmpty() && shown.hidden() == 0) {
            ui.hint(panel, ui.say.get("screen.matches.none"));
        }
        for (int i = 0; i < shown.matches().size(); i++) {
            row(panel, d, shown.matches().get(i), "match." + i);
        }
        if (shown.hidden() > 0) {
            Ui.id(ui.hint(panel, ui.say.format("screen.matches.more", shown.hidden())), "matches.more");
        }
    }

    /** The sentence (click to mark its items), why it matches, and the facilitator's buttons. */
    private void row(Composite panel, Dossier d, Match m, String id) {
        Composite row = Ui.column(panel, 1);
        row.setBackgroundMode(SWT.INHERIT_FORCE);
        boolean confirmed = confirmed(d, m);
        boolean gone = decision(d, m).map(MatchDecision::dismissed).orElse(false);
        Label sentence = Ui.id(new Label(row, SWT.WRAP), id);
        sentence.setFont(confirmed ? ui.bold() : ui.font());
        String text = ui.say.match(d, m);
        sentence.setText(Ui.plain(confirmed ? ui.say.format("screen.match.confirmedMark", text)
                : gone ? ui.say.format("screen.match.dismissedMark", text) : text));
        sentence.setForeground(confirmed ? Ui.ADDED : gone ? Ui.HINT : null);
        sentence.setLayoutData(Ui.fill());
        sentence.setCursor(panel.getDisplay().getSystemCursor(SWT.CURSOR_HAND));
        sentence.setToolTipText(ui.say.get("screen.findings.click"));
        List<ContributionRef> refs = List.of(m.bring(), m.get());
        sentence.addListener(SWT.MouseDown, e -> select.accept(row, refs));
        Ui.id(ui.hint(row, m.reason().describe(ui.say.locale())), id + ".reason");

        Composite buttons = new Composite(row, SWT.NONE);
        GridLayout layout = new GridLayout(2, false);
        layout.marginWidth = 0;
        layout.marginHeight = 0;
        buttons.setLayout(layout);
        String bring = m.bring().contributionId();
        String get = m.get().contributionId();
        ui.button(buttons, ui.say.get(confirmed ? "screen.match.unconfirm" : "screen.match.confirm"), id + ".confirm",
                () -> ui.apply(confirmed ? MatchEdits.undecide(bring, get) : MatchEdits.confirm(bring, get)));
        ui.button(buttons, ui.say.get(gone ? "screen.match.restore" : "screen.match.dismiss"), id + ".dismiss",
                () -> ui.apply(gone ? MatchEdits.undecide(bring, get) : MatchEdits.dismiss(bring, get)));
    }

    private static Optional<MatchDecision> decision(Dossier d, Match m) {
        return d.matchDecision(m.bring().contributionId(), m.get().contributionId());
    }

    private static boolean confirmed(Dossier d, Match m) {
        return decision(d, m).map(MatchDecision::confirmed).orElse(false);
    }
}
