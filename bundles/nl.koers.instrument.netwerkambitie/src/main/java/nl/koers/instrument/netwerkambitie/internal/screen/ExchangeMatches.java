package nl.koers.instrument.netwerkambitie.internal.screen;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;

import nl.koers.domain.Dossier;
import nl.koers.domain.MatchDecision;
import nl.koers.domain.analysis.ContributionRef;
import nl.koers.domain.analysis.Match;
import nl.koers.domain.analysis.MatchRanking;
import nl.koers.domain.analysis.MatchesShown;
import nl.koers.domain.edit.MatchEdits;
import nl.koers.instrument.api.swt.kit.Analysis;
import nl.koers.instrument.api.swt.kit.Pager;
import nl.koers.instrument.api.swt.kit.Rows;
import nl.koers.instrument.api.swt.kit.Scroll;

/**
 * The matches of the exchange, best first: the few best per item brought (and every confirmed one), with why
 * they match, and buttons to confirm or dismiss each. A dismissed match is gone until the facilitator asks for
 * the dismissed ones; "show all" shows the rest. Both choices are the view's, not the dossier's.
 */
final class ExchangeMatches {
    /** At most this many matches per item brought, until "show all". */
    static final int PER_ITEM = 5;
    /** Keeps what it ranked: after an edit only what the edit changed is ranked again. */
    private final MatchRanking ranking = new MatchRanking();
    /**
     * The matches a page shows: each is a sentence, a reason and two buttons, and a hundred of them drawn at once
     * made the step's first draw wait; the bar above them turns to the others.
     */
    static final int ROWS = 20;
    /**
     * The new rows a turn of the event loop draws: a row is two wrapping sentences and two buttons, and a page of
     * them drawn at once held the window for about half a second; the rest follow, a few a turn.
     */
    static final int ROWS_A_TURN = 5;

    private final Ui ui;
    private final Composite panel;
    private final Composite list;
    private final Scroll scroll;
    private final Pager pager;
    /** The matches drawn last, shown again when a page is turned. */
    private Found found;
    private final BiConsumer<Composite, List<ContributionRef>> select;
    private final Runnable unmark;
    /** Matching compares every item brought with every item asked for: worked out off the UI thread. */
    private final Analysis<Found> analysis;
    private volatile boolean all;
    private volatile boolean dismissed;
    /** The rows of the matches drawn, by their pair of items; a row's id says its place ({@code match.<i>}). */
    private final Rows<Match> rows;
    private final Map<String, Integer> index = new HashMap<>();
    /** The dossier the matches drawn were found in: their decisions. */
    private Dossier drawnFrom;
    /** "No matches" or "and n more", after the rows. */
    private Label lastLine;
    /** The widgets whose text changed while the rows were shown, to lay out again. */
    private final List<Control> changed = new ArrayList<>();
    /** How many rows of the page are drawn; an edit keeps them, a page turned starts again with a few. */
    private int drawnRows;
    private boolean moreQueued;
    /** Whether rows are only added below the ones drawn: the row marked keeps its marks. */
    private boolean appending;

    /** The matches shown for one dossier, with the dossier they were found in (their decisions are in it). */
    private record Found(Dossier dossier, MatchesShown shown) {
    }

    /**
     * The matches panel: its two choices now, its rows when the first analysis is ready.
     *
     * @param select marks the items of a match on the cards when its row is clicked
     * @param unmark takes the marks away when the rows are drawn again
     */
    ExchangeMatches(Ui ui, Scroll panel, BiConsumer<Composite, List<ContributionRef>> select, Runnable unmark) {
        this.ui = ui;
        this.panel = panel.content;
        this.scroll = panel;
        this.select = select;
        this.unmark = unmark;
        // side by side, or one above the other in the projector's large type
        Composite choices = Ui.column(this.panel, ui.stacked() ? 1 : 2);
        ui.check(choices, ui.say.get("screen.matches.all"), "matches.all", on -> {
            all = on;
            again();
        });
        ui.check(choices, ui.say.get("screen.matches.dismissed"), "matches.dismissed", on -> {
            dismissed = on;
            again();
        });
        pager = new Pager(ui, this.panel, "matches", ROWS, () -> {
            drawnRows = 0;
            show(found);
            scroll.scrolled.setOrigin(0, 0);
        });
        list = Ui.column(this.panel, 1);
        rows = new Rows<>(ExchangeMatches::key, MatchRow::new);
        analysis = new Analysis<>(ui.ctx, list, d -> new Found(d, MatchesShown.of(ranking, d, PER_ITEM, all, dismissed,
                List.of())), this::show);
    }

    /** Asks for the matches of the dossier as it is now; they are drawn when ready. */
    void update(Dossier d) {
        analysis.update(d);
    }

    private void again() {
        analysis.again();
        analysis.update(ui.ctx.dossier());
    }

    private void show(Found found) {
        this.found = found;
        drawnFrom = found.dossier();
        MatchesShown shown = found.shown();
        List<Match> drawn = shown.matches().subList(0, Math.min(ExchangeStep.PAGE, shown.matches().size()));
        Pager.Page<Match> page = pager.of(drawn);
        index.clear();
        for (int i = 0; i < page.items().size(); i++) {
            index.put(key(page.items().get(i)), page.first() + i);
        }
        this.changed.clear();
        drawnRows = Math.min(page.items().size(), Math.max(drawnRows, ROWS_A_TURN));
        boolean changed = rows.show(page.items().subList(0, drawnRows)) | page.barChanged();
        if (drawnRows < page.items().size()) {
            moreSoon();
        }
        long more = shown.hidden() + shown.matches().size() - drawn.size();
        String last = shown.matches().isEmpty() && shown.hidden() == 0 ? ui.say.get("screen.matches.none")
                : more > 0 ? ui.say.format("screen.matches.more", more) : "";
        if (!last.equals(lastLine == null ? "" : lastLine.getText())) {
            if (lastLine != null) {
                lastLine.dispose();
                lastLine = null;
            }
            if (!last.isEmpty()) {
                lastLine = Ui.id(ui.hint(list, last), more > 0 ? "matches.more" : "matches.none");
            }
            changed = true;
        }
        if (changed) {
            if (!appending) {
                unmark.run();
            }
            // rows came or went in the list, the bar may say another page: those and the rows' new texts, not the
            // whole panel measured again
            this.changed.add(list);
            this.changed.add(pager.bar());
        }
        scroll.reflow(this.changed.toArray(Control[]::new));
    }

    /** Draws a few more rows of the page in the next turn of the event loop, from the matches drawn last. */
    private void moreSoon() {
        if (moreQueued) {
            return;
        }
        moreQueued = true;
        list.getDisplay().asyncExec(() -> {
            moreQueued = false;
            if (!list.isDisposed()) {
                drawnRows += ROWS_A_TURN;
                appending = true;
                show(found);
                appending = false;
            }
        });
    }

    private static String key(Match m) {
        return m.bring().contributionId() + "/" + m.get().contributionId();
    }

    /** One match: the sentence (click to mark its items), why it matches, and the facilitator's buttons. */
    private final class MatchRow implements Rows.Row<Match> {
        private final Composite row;
        private final Label sentence;
        private final Label reason;
        private final Button confirm;
        private final Button dismiss;
        private Match match;

        MatchRow(Match m) {
            row = Ui.column(list, 1);
            row.setBackgroundMode(SWT.INHERIT_FORCE);
            sentence = new Label(row, SWT.WRAP);
            sentence.setLayoutData(Ui.fill());
            sentence.setCursor(list.getDisplay().getSystemCursor(SWT.CURSOR_HAND));
            sentence.setToolTipText(ui.say.get("screen.findings.click"));
            sentence.addListener(SWT.MouseDown, e -> select.accept(row, List.of(match.bring(), match.get())));
            reason = ui.hint(row, "");
            Composite buttons = new Composite(row, SWT.NONE);
            GridLayout layout = new GridLayout(2, false);
            layout.marginWidth = 0;
            layout.marginHeight = 0;
            buttons.setLayout(layout);
            // what a button does depends on the decision when it is clicked
            confirm = ui.button(buttons, "", "match.confirm", () -> ui.apply(confirmed(ui.ctx.dossier(), match)
                    ? MatchEdits.undecide(bring(), get()) : MatchEdits.confirm(bring(), get())));
            dismiss = ui.button(buttons, "", "match.dismiss", () -> ui.apply(dismissed(ui.ctx.dossier(), match)
                    ? MatchEdits.undecide(bring(), get()) : MatchEdits.dismiss(bring(), get())));
        }

        private String bring() {
            return match.bring().contributionId();
        }

        private String get() {
            return match.get().contributionId();
        }

        @Override
        public Control control() {
            return row;
        }

        @Override
        public void show(Match m) {
            match = m;
            String id = "match." + index.get(key(m));
            Ui.id(sentence, id);
            Ui.id(reason, id + ".reason");
            Ui.id(confirm, id + ".confirm");
            Ui.id(dismiss, id + ".dismiss");
            boolean confirmed = confirmed(drawnFrom, m);
            boolean gone = dismissed(drawnFrom, m);
            String text = ui.say.match(drawnFrom, m);
            if (sentence.getFont() != (confirmed ? ui.bold() : ui.font())) {
                sentence.setFont(confirmed ? ui.bold() : ui.font());
                changed.add(sentence);
            }
            setText(sentence, Ui.plain(confirmed ? ui.say.format("screen.match.confirmedMark", text)
                    : gone ? ui.say.format("screen.match.dismissedMark", text) : text));
            sentence.setForeground(confirmed ? Ui.ADDED : gone ? Ui.HINT : null);
            setText(reason, m.reason().describe(ui.say.locale()));
            setText(confirm, ui.say.get(confirmed ? "screen.match.unconfirm" : "screen.match.confirm"));
            setText(dismiss, ui.say.get(gone ? "screen.match.restore" : "screen.match.dismiss"));
        }
    }

    /** Sets a text only when it differs: an unchanged row costs no layout. */
    private void setText(Label l, String text) {
        if (!text.equals(l.getText())) {
            l.setText(text);
            changed.add(l);
        }
    }

    private void setText(Button b, String text) {
        if (!text.equals(b.getText())) {
            b.setText(text);
            changed.add(b);
        }
    }

    private static Optional<MatchDecision> decision(Dossier d, Match m) {
        return d.matchDecision(m.bring().contributionId(), m.get().contributionId());
    }

    private static boolean confirmed(Dossier d, Match m) {
        return decision(d, m).map(MatchDecision::confirmed).orElse(false);
    }

    private static boolean dismissed(Dossier d, Match m) {
        return decision(d, m).map(MatchDecision::dismissed).orElse(false);
    }
}
