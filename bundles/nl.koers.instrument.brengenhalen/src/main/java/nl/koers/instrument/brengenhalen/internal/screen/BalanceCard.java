package nl.koers.instrument.brengenhalen.internal.screen;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;

import nl.koers.domain.Dossier;
import nl.koers.domain.analysis.Match;
import nl.koers.instrument.api.swt.kit.Rows;
import nl.koers.instrument.brengenhalen.internal.ConversationData;
import nl.koers.instrument.brengenhalen.internal.screen.BalanceView.CardView;
import nl.koers.instrument.brengenhalen.internal.screen.BalanceView.Line;

/**
 * One category's card in the balance: who brings and who gets, the sums per unit, the gaps, and its matches, the
 * agreed ones always and the others on request. Drawn again only when what it shows reads differently.
 */
final class BalanceCard implements Rows.Row<CardView> {
    private final Composite card;
    private final Ui ui;
    private final MatchRows matches;
    /** The dossier the card's view was made from: its match rows are made from it. */
    private final Supplier<Dossier> dossier;
    /** Told of the card when it was drawn again, so it is laid out again. */
    private final Consumer<Control> changed;
    /** Lays out the card after its match rows were unfolded or folded by hand. */
    private final Consumer<Control[]> reflow;
    private CardView drawn;
    /** The labels of the card's own lines, before its match rows, in order; and the one that says its status. */
    private final List<Label> own = new ArrayList<>();
    private Label status;
    /** The match rows shown, by their place among the card's matches. */
    private final Map<Integer, MatchRow> shownMatches = new HashMap<>();
    /** Shows or hides the match rows as they are agreed now; {@return whether rows came or went} */
    private Fold fold = layOut -> false;

    private interface Fold {
        /** {@code layOut}: lay the card out when rows came or went; no when its caller lays it out anyway. */
        boolean run(boolean layOut);
    }

    BalanceCard(Composite grid, Ui ui, MatchRows matches, Supplier<Dossier> dossier, Consumer<Control> changed,
            Consumer<Control[]> reflow) {
        this.ui = ui;
        this.matches = matches;
        this.dossier = dossier;
        this.changed = changed;
        this.reflow = reflow;
        card = new Composite(grid, SWT.BORDER);
        card.setBackground(Ui.WHITE);
        card.setBackgroundMode(SWT.INHERIT_FORCE);
        card.setLayout(new GridLayout(1, false));
        GridData data = new GridData(SWT.FILL, SWT.FILL, true, false);
        data.widthHint = 200;
        card.setLayoutData(data);
    }

    @Override
    public Control control() {
        return card;
    }

    /** Shows or hides the match rows as they are agreed now; {@return whether rows came or went} */
    boolean fold() {
        return fold.run(true);
    }

    @Override
    public void show(CardView v) {
        if (v.equals(drawn)) {
            return;
        }
        if (drawn != null && sameShape(drawn, v)) {
            // the same lines and matches, some worded differently: those labels get their new words; made anew, the
            // card had GTK measure every long line of it again (40-90 ms at 200 partners for one reworded item)
            reword(v);
            drawn = v;
            return;
        }
        drawn = v;
        own.clear();
        shownMatches.clear();
        for (Control c : card.getChildren()) {
            c.dispose();
        }
        Ui.id(card, "balance." + v.key());
        Composite title = Ui.column(card, 2);
        Label name = ui.label(title, v.title());
        name.setFont(ui.ctx.headingFont());
        status = Ui.id(new Label(title, SWT.WRAP), "balance." + v.key() + ".status");
        status.setFont(ui.bold());
        status.setLayoutData(new GridData(SWT.END, SWT.CENTER, true, false));
        status.setText(Ui.plain(v.status()));
        status.setForeground(v.statusColour());
        // the lines after the card's own are the matches' sentences, made into rows below
        for (Line l : v.lines().subList(0, v.lines().size() - v.kept().size())) {
            line(l);
        }
        fold = v.kept().isEmpty() ? layOut -> false : matchRows(v);
        // the balance lays the card out with the other changes, once: a layout here, and one more for the match
        // rows, each took a card half a second at 200 partners
        fold.run(false);
        changed.accept(card);
    }

    /** Whether {@code b} has the lines of {@code a} (their ids too) and the same matches, worded as they may be. */
    private static boolean sameShape(CardView a, CardView b) {
        int ownA = a.lines().size() - a.kept().size();
        if (!a.key().equals(b.key()) || !a.title().equals(b.title()) || a.lines().size() != b.lines().size()
                || !a.kept().equals(b.kept()) || a.total() != b.total()) {
            return false;
        }
        for (int i = 0; i < ownA; i++) {
            if (!Objects.equals(a.lines().get(i).id(), b.lines().get(i).id())) {
                return false;
            }
        }
        return true;
    }

    /** Puts the new words in the status, the own lines and the match rows that read differently. */
    private void reword(CardView v) {
        String said = Ui.plain(v.status());
        if (!said.equals(status.getText())) {
            status.setText(said);
            changed.accept(status);
        }
        status.setForeground(v.statusColour());
        for (int i = 0; i < own.size(); i++) {
            Line line = v.lines().get(i);
            if (!line.equals(drawn.lines().get(i))) {
                Label l = own.get(i);
                l.setText(Ui.plain(line.text()));
                l.setForeground(line.colour());
                changed.accept(l);
            }
        }
        if (!v.lines().subList(own.size(), v.lines().size())
                .equals(drawn.lines().subList(own.size(), drawn.lines().size()))) {
            shownMatches.forEach((at, row) -> row.show(dossier.get(), v.kept().get(at), matchId(v.key(), at),
                    changed));
        }
    }

    private static String matchId(String key, int at) {
        return "balance." + key + ".match." + at;
    }

    private void line(Line line) {
        Label l = new Label(card, SWT.WRAP);
        own.add(l);
        if (line.id() != null) {
            Ui.id(l, line.id());
        }
        l.setFont(ui.font());
        l.setText(Ui.plain(line.text()));
        if (line.colour() != null) {
            l.setForeground(line.colour());
        }
        l.setLayoutData(Ui.fill());
    }

    /**
     * The agreed matches are always shown; the others on request, so the balance stays a summary; the dismissed
     * ones not at all. A row is made only when it is shown: a large table has thousands of matches, most of them
     * folded away.
     */
    private Fold matchRows(CardView v) {
        List<Match> kept = v.kept();
        String key = v.key();
        Map<Integer, Composite> rows = new HashMap<>();
        Button more = ui.button(card, "", "balance." + key + ".matches", () -> {
        });
        more.setLayoutData(new GridData(SWT.LEFT, SWT.CENTER, false, false));
        Label lesser = Ui.id(ui.hint(card, ui.say.format("screen.balance.lesserMatches", v.total() - kept.size())),
                "balance." + key + ".lesser");
        boolean[] open = {false};
        Fold show = layOut -> {
            boolean moved = false;
            int visible = 0;
            ConversationData now = ConversationData.of(ui.ctx.dossier());
            for (int at = 0; at < kept.size(); at++) {
                Match m = kept.get(at);
                boolean wanted = open[0] || now.agreed(m);
                Composite row = rows.get(at);
                if (wanted && row == null) {
                    MatchRow match = matches.row(card);
                    match.show(dossier.get(), m, matchId(key, at), c -> {
                    });
                    shownMatches.put(at, match);
                    row = match.control();
                    row.moveAbove(more);
                    rows.put(at, row);
                    moved = true;
                } else if (!wanted && row != null) {
                    row.dispose();
                    rows.remove(at);
                    shownMatches.remove(at);
                    moved = true;
                }
                visible += wanted ? 1 : 0;
            }
            // in the order of the matches, whatever order they were made in
            Composite after = null;
            for (int at = 0; at < kept.size(); at++) {
                Composite row = rows.get(at);
                if (row != null) {
                    if (after != null) {
                        row.moveBelow(after);
                    }
                    after = row;
                }
            }
            long hidden = v.total() - visible;
            String text = ui.say.format(open[0] ? "screen.balance.fewerMatches" : "screen.balance.moreMatches", hidden,
                    kept.size());
            moved |= !text.equals(more.getText());
            more.setText(text);
            moved |= Ui.visible(more, open[0] || hidden > 0);
            // beyond the best per item: every match is in the commonalities
            moved |= Ui.visible(lesser, open[0] && v.total() > kept.size());
            if (moved && layOut) {
                card.layout(true);
            }
            return moved;
        };
        more.addListener(SWT.Selection, e -> {
            open[0] = !open[0];
            if (show.run(true)) {
                reflow.accept(new Control[] {card});
            }
        });
        return show;
    }
}
