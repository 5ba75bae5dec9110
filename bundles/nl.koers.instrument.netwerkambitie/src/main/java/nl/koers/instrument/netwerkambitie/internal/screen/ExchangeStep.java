package nl.koers.instrument.netwerkambitie.internal.screen;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;

import nl.koers.domain.Dossier;
import nl.koers.domain.Partner;
import nl.koers.domain.analysis.Balance;
import nl.koers.domain.analysis.BringGet;
import nl.koers.domain.analysis.ContributionRef;
import nl.koers.instrument.api.swt.WorkContext;
import nl.koers.instrument.api.swt.kit.Pager;
import nl.koers.instrument.api.swt.kit.PartnerChoice;
import nl.koers.instrument.api.swt.kit.Parts;
import nl.koers.instrument.api.swt.kit.Rows;
import nl.koers.instrument.api.swt.kit.Scroll;
import nl.koers.instrument.netwerkambitie.internal.screen.CardLines.CardLine;
import nl.koers.instrument.netwerkambitie.internal.screen.CardLines.Kind;

/**
 * Step 3, uitwisselen: every partner's card side by side, large enough for the back of the room, and what
 * Koers notices in them: demands nobody answers, demands that pull against each other, offers nobody asks for,
 * and where one partner brings what another comes to get ({@link ExchangeMatches}, to confirm or dismiss).
 * Clicking a finding or a match marks the items it comes from.
 */
final class ExchangeStep {
    private final Ui ui;
    /** What a card says, line by line. */
    private final CardLines cardLines;
    /** Makes a card's labels for its lines. */
    private final CardLabels labels;
    private final Composite parent;
    private final Scroll cards;
    private final Scroll findings;
    private final Scroll matches;
    /**
     * At most this many cards side by side: a page of them is what fits on the wall, and what the window can lay
     * out at once (a card has some forty wrapping lines; 24 made the first draw wait seconds); the facilitator pages
     * through the rest.
     */
    static final int CARDS = 8;
    /** At most this many findings are drawn: at hundreds of partners a longer list helps nobody in the room. */
    static final int PAGE = 100;

    private final Map<String, Composite> cardOf = new HashMap<>();
    private final Map<ContributionRef, Label> itemOf = new HashMap<>();
    private final CardMarks marks = new CardMarks();
    private final ExchangeMatches matchRows;
    private final Rows<Partner> cardRows;
    private final ExchangeFindings findingRows;
    private Label noPartners;
    /** Pages through the cards, {@link #CARDS} at a time. */
    private final Pager pager;
    /** The columns of the row of cards: one a card of the page. */
    private int columns;
    private Map<String, Balance> balances = Map.of();
    /** The cards drawn again since the cards were laid out: only they are laid out again. */
    private final List<Control> redrawn = new ArrayList<>();
    /**
     * New cards not filled yet, leftmost first. A card is up to some forty wrapping lines and GTK measures each of
     * them as it places it, several milliseconds a line: a page filled at once froze the click for most of a second,
     * a whole card a dispatch for more than a tenth of one. So each dispatch puts {@link #LINES_AT_ONCE} lines on one
     * card, and the card waits behind the others for its next lines: the tops of the cards in view come first.
     */
    private final Parts.Queue<CardRow> toFill;
    /** Lines put on a new card in one dispatch. */
    static final int LINES_AT_ONCE = 8;

    ExchangeStep(Composite parent, WorkContext ctx, PartnerChoice choice) {
        this.parent = parent;
        this.ui = new Ui(ctx, parent);
        this.cardLines = new CardLines(ui);
        this.labels = new CardLabels(ui, choice);
        this.toFill = new Parts.Queue<>(parent, this::fillCard);
        parent.setLayout(new FillLayout());
        SashForm sash = new SashForm(parent, SWT.VERTICAL);
        Composite top = new Composite(sash, SWT.NONE);
        GridLayout topLayout = new GridLayout(1, false);
        topLayout.marginWidth = 0;
        topLayout.marginHeight = 0;
        top.setLayout(topLayout);
        pager = new Pager(ui, top, "cards", CARDS, this::turned);
        cards = new Scroll(top, false);
        cards.scrolled.setLayoutData(roomFromTheSash());
        Ui.id(cards.scrolled, "exchange.cards");

        Composite bottom = new Composite(sash, SWT.NONE);
        GridLayout bottomLayout = new GridLayout(2, true);
        bottomLayout.marginWidth = 0;
        bottom.setLayout(bottomLayout);
        findings = panel(bottom, ui.say.get("screen.findings"));
        matches = panel(bottom, ui.say.get("screen.matches"));
        sash.setWeights(62, 38);

        cardRows = new Rows<>(Partner::id, CardRow::new);
        matchRows = new ExchangeMatches(ui, matches, this::select, marks::clear);
        findingRows = new ExchangeFindings(ui, findings, this::select, this::unmarkFindings);
        ui.follow(parent, this::refresh);
        refresh();
    }

    private Scroll panel(Composite parent, String title) {
        Composite c = new Composite(parent, SWT.NONE);
        GridLayout layout = new GridLayout(1, false);
        layout.marginWidth = 0;
        c.setLayout(layout);
        c.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        ui.section(c, title);
        Scroll s = new Scroll(c, true);
        s.scrolled.setLayoutData(roomFromTheSash());
        return s;
    }

    /**
     * Layout data for a scrolling area that takes the room the sash gives it. It asks for no room of its own: what
     * it would like is what every card or row in it would like, and measuring that was a pass over all of them each
     * time the window was laid out.
     */
    private static GridData roomFromTheSash() {
        GridData data = new GridData(SWT.FILL, SWT.FILL, true, true);
        data.widthHint = 1;
        data.heightHint = 1;
        return data;
    }

    /** Shows the dossier as it is now: only the cards whose partner changed are drawn again. */
    private void refresh() {
        if (parent.isDisposed()) {
            return;
        }
        Dossier d = ui.ctx.dossier();
        balances = BringGet.balances(d).stream().collect(Collectors.toMap(Balance::partnerId, b -> b));
        Pager.Page<Partner> page = pager.of(d.partners());
        List<Partner> shown = page.items();
        boolean changed = cardRows.show(shown);
        if (page.barChanged()) {
            // the bar and what moves with it; the cards below are laid out once, with their page
            pager.bar().getParent().layout(new Control[] {pager.bar()});
        }
        if (columns != Math.max(1, shown.size())) {
            columns = Math.max(1, shown.size());
            GridLayout row = new GridLayout(columns, false);
            row.horizontalSpacing = ui.charWidth();
            cards.content.setLayout(row);
            changed = true;
        }
        if (d.partners().isEmpty() != (noPartners != null)) {
            if (noPartners == null) {
                noPartners = ui.hint(cards.content, ui.say.get("screen.noPartners"));
            } else {
                noPartners.dispose();
                noPartners = null;
            }
            changed = true;
        }
        if (changed) {
            cards.reflow();
        } else {
            // one card of a page changed: lay out that card, not the page
            cards.reflow(redrawn.toArray(Control[]::new));
        }
        redrawn.clear();
        findingRows.update(d);
        matchRows.update(d);
    }

    /**
     * Puts the next lines on a new card and lays out that card alone; the rest of the row keeps its measured sizes.
     * A card with lines left waits behind the others for its next turn.
     */
    private void fillCard(CardRow row) {
        if (!row.card.isDisposed()) {
            boolean more = row.fillSome();
            if (!cards.scrolled.getClientArea().isEmpty()) {
                cards.reflow(row.card); // not on screen yet: its first size lays out every card at once
            }
            if (more) {
                toFill.add(row);
            }
        }
    }

    /** Shows the page of cards turned to, from its top. */
    private void turned() {
        refresh();
        cards.scrolled.setOrigin(0, 0);
    }

    /** Takes the marks off when they came from a finding, whose rows are about to move. */
    private void unmarkFindings() {
        if (marks.row() != null && marks.row().getParent() == findings.content) {
            marks.clear();
        }
    }

    /** One partner's interest card, as a column; drawn again only when the partner or its sums change. */
    private final class CardRow implements Rows.Row<Partner> {
        private final Composite card;
        /** The partner as it is now; drawn when its turn to be filled comes. */
        private Partner latest;
        /** The partner as the card shows it, once the card has all its lines. */
        private Partner drawn;
        private Balance drawnBalance;
        private List<CardLine> drawnLines;
        /** The lines a new card is getting, a few per dispatch, for this partner and balance; null when none. */
        private List<CardLine> filling;
        private Partner fillingFor;
        private Balance fillingBalance;
        private int filled;

        CardRow(Partner p) {
            card = Ui.id(new Composite(cards.content, SWT.BORDER), "exchange.card." + p.id());
            card.setBackground(Ui.WHITE);
            card.setBackgroundMode(SWT.INHERIT_FORCE);
            card.setLayout(new GridLayout(1, false));
            // as high as its own lines: stretched to the row, every card was sized again (and GTK placed all their
            // lines again) each time the highest card grew
            GridData data = new GridData(SWT.FILL, SWT.TOP, false, false);
            data.widthHint = labels.cardWidth();
            card.setLayoutData(data);
            cardOf.put(p.id(), card);
            card.addDisposeListener(e -> {
                toFill.remove(this);
                forget(p.id());
                cardOf.remove(p.id(), card);
            });
        }

        @Override
        public Control control() {
            return card;
        }

        @Override
        public void show(Partner p) {
            latest = p;
            if (drawn == null) {
                toFill.add(this);
                return;
            }
            draw(p);
        }

        /**
         * Puts the next {@link #LINES_AT_ONCE} lines of the partner as it is now on this new card; starts again when
         * the partner or its sums changed since the first. {@return whether lines are left for a later dispatch}
         */
        boolean fillSome() {
            Partner p = latest;
            Balance balance = balances.get(p.id());
            if (filling == null || !p.equals(fillingFor) || !balance.equals(fillingBalance)) {
                if (filling != null) {
                    clear(p);
                }
                filling = cardLines.of(p, balance);
                fillingFor = p;
                fillingBalance = balance;
                filled = 0;
            }
            int end = Math.min(filling.size(), filled + LINES_AT_ONCE);
            labels.fill(card, p, filling.subList(filled, end), itemOf);
            filled = end;
            if (filled < filling.size()) {
                return true;
            }
            drawn = p;
            drawnBalance = balance;
            drawnLines = filling;
            filling = null;
            return false;
        }

        /** Takes the card's lines away, and the marks on them. */
        private void clear(Partner p) {
            marks.clear();
            forget(p.id());
            for (Control child : card.getChildren()) {
                child.dispose();
            }
        }

        /**
         * Draws a card that has all its lines again for the partner as it is now: only the changed lines when they
         * are of the same kinds as before.
         */
        void draw(Partner p) {
            Balance balance = balances.get(p.id());
            if (p.equals(drawn) && balance.equals(drawnBalance)) {
                return;
            }
            List<CardLine> now = cardLines.of(p, balance);
            if (drawnLines != null && CardLines.kinds(now).equals(CardLines.kinds(drawnLines))) {
                // the same lines, some worded differently: those labels get their new words, the rest stays
                drawn = p;
                drawnBalance = balance;
                List<Label> lines = CardLabels.lines(card);
                forget(p.id());
                for (int i = 0; i < now.size(); i++) {
                    CardLine line = now.get(i);
                    Label label = lines.get(i);
                    if (!line.equals(drawnLines.get(i))) {
                        label.setText(Ui.plain(line.text()));
                        if (line.kind() == Kind.ITEM) {
                            label.setForeground(line.colour());
                        }
                        Ui.id(label, line.id());
                        redrawn.add(label);
                    }
                    if (line.ref() != null) {
                        itemOf.put(line.ref(), label);
                    }
                }
                drawnLines = now;
                return;
            }
            clear(p);
            drawn = p;
            drawnBalance = balance;
            drawnLines = now;
            cardOf.put(p.id(), card);
            labels.fill(card, p, now, itemOf);
            // a new card is laid out with its page, in one pass; a card drawn anew in its place is not
            card.layout(true);
            redrawn.add(card);
        }
    }

    /** Forgets the marked items of a partner whose card is drawn again or gone. */
    private void forget(String partnerId) {
        itemOf.keySet().removeIf(ref -> ref.partnerId().equals(partnerId));
    }

    private void select(Composite row, List<ContributionRef> refs) {
        boolean again = row == marks.row();
        marks.clear();
        if (again) {
            return;
        }
        marks.row(row);
        pageOf(refs);
        toFill.finish(); // what the click marks is on its card
        Control first = null;
        for (ContributionRef ref : refs) {
            Composite card = cardOf.get(ref.partnerId());
            if (card != null) {
                marks.card(card);
            }
            Label item = itemOf.get(ref);
            if (item != null) {
                marks.item(item);
                first = first == null ? item : first;
            }
        }
        if (first != null) {
            cards.scrolled.showControl(first);
        }
    }

    /** Shows the page of cards with the first of {@code refs}, so what a finding is about is in view. */
    private void pageOf(List<ContributionRef> refs) {
        if (refs.isEmpty() || cardOf.containsKey(refs.get(0).partnerId())) {
            return;
        }
        List<Partner> all = ui.ctx.dossier().partners();
        for (int i = 0; i < all.size(); i++) {
            if (all.get(i).id().equals(refs.get(0).partnerId())) {
                Composite keep = marks.row();
                pager.showPlace(i);
                turned();
                marks.keep(keep);
                return;
            }
        }
    }
}
