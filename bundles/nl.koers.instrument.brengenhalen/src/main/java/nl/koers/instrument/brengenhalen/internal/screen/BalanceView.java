package nl.koers.instrument.brengenhalen.internal.screen;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;

import nl.koers.domain.Category;
import nl.koers.domain.Contribution;
import nl.koers.domain.Direction;
import nl.koers.domain.Dossier;
import nl.koers.domain.MatchDecision;
import nl.koers.domain.Partner;
import nl.koers.domain.analysis.Balance;
import nl.koers.domain.analysis.BringGet;
import nl.koers.domain.analysis.CategoryBalance;
import nl.koers.domain.analysis.CategoryBalance.UnitSum;
import nl.koers.domain.analysis.ContributionRef;
import nl.koers.domain.analysis.Match;
import nl.koers.domain.analysis.MatchRanking;
import nl.koers.instrument.api.swt.kit.Analysis;
import nl.koers.instrument.api.swt.kit.Rows;
import nl.koers.instrument.api.swt.kit.Scroll;
import nl.koers.instrument.brengenhalen.internal.ConversationData;
import nl.koers.instrument.brengenhalen.internal.screen.VagueRow.Vague;

/**
 * The balance of bring and get: per category who brings and who wants to get, what is wanted and brought by
 * nobody (a gap), what is brought and wanted by nobody, and how the amounts add up per unit; each partner's
 * bring against get; the items still to be made concrete; and the matches, with a box to tick when agreed.
 *
 * <p>Worked out off the UI thread, with the best {@value #PER_ITEM} matches per item brought and every agreed one
 * (every match is in the commonalities, "show all"); an edit redraws the category cards, partners' lines and items
 * to make concrete that read differently, and keeps the widgets of the rest. Drawn once its tab is chosen: the step
 * opens on the figure, and making the balance's hundreds of widgets then held the opening for a tenth of a second.
 */
final class BalanceView {
    static final Color GAP = new Color(165, 25, 25);
    static final Color UNASKED = new Color(160, 95, 0);
    /** The matches per item brought that a category can unfold. */
    static final int PER_ITEM = 5;
    /** Keeps what it ranked: after an edit only what the edit changed is ranked again. */
    private final MatchRanking ranking = new MatchRanking();
    /**
     * The partners' lines and the items to make concrete shown at first, and how many more each press of "more"
     * shows: hundreds of rows of wrapping text take the window seconds to lay out.
     */
    static final int PAGE = 50;

    private final Ui ui;
    private final Composite parent;
    private final Scroll scroll;
    private final MatchRows matches;
    private final Analysis<Seen> seen;
    /** The parts of the balance while there is something to balance; null while the step says why not. */
    private Parts parts;
    private final List<BalanceCard> cards = new ArrayList<>();
    private Seen last;
    private int vagueShown = PAGE;
    private int partnersShown = PAGE;
    /** The newest analysis while the balance's tab is not chosen: drawn when it is; null when none waits. */
    private Seen waiting;
    /** The widgets that changed while the balance was drawn: only they are laid out again. */
    private final List<Control> changed = new ArrayList<>();

    /** One line of text on a card: its words, its id (or null) and its colour (or null). */
    record Line(String text, String id, Color colour) {
    }

    /** What one category's card shows; the card is drawn again only when this changes. */
    record CardView(Category category, String key, String title, String status, Color statusColour, List<Line> lines,
            List<Match> kept, long total) {
    }

    /** One partner's row in the table of bring against get. */
    record PartnerLine(String id, String name, String counts, Color countsColour, String tip, String brings,
            String gets) {
    }

    /** What the balance shows of one dossier, worked out on the background thread. */
    private record Seen(Dossier dossier, String none, List<CardView> cards, List<PartnerLine> partners,
            List<Vague> vague) {
    }

    /** The widgets of the balance, made once while there is something to balance. */
    private record Parts(boolean stacked, Rows<CardView> cards, BalancePartners partners, Button morePartners,
            Composite vagueList, Rows<Vague> vague, Button moreVague) {
    }

    BalanceView(Composite parent, Ui ui) {
        this.parent = parent;
        this.ui = ui;
        this.matches = new MatchRows(ui);
        scroll = new Scroll(parent, true);
        Ui.id(scroll.scrolled, "balance");
        seen = new Analysis<>(ui.ctx, scroll.content, this::see, this::draw);
        // SWT says Show before the tab's control counts as visible: drawn in the dispatch after, once it does
        parent.addListener(SWT.Show, e -> parent.getDisplay().asyncExec(() -> {
            if (waiting != null && !parent.isDisposed()) {
                Seen s = waiting;
                waiting = null;
                draw(s);
            }
        }));
        ui.follow(parent, this::refresh);
        refresh();
    }

    private void refresh() {
        if (parent.isDisposed()) {
            return;
        }
        // a tick shows at once; what it changes in the counts follows with the analysis
        List<Control> folded = fold();
        if (!folded.isEmpty()) {
            scroll.reflow(folded.toArray(Control[]::new));
        }
        seen.update(ui.ctx.dossier());
    }

    /** Shows or hides each category's match rows as they are agreed now; {@return the cards that changed} */
    private List<Control> fold() {
        List<Control> folded = new ArrayList<>();
        for (BalanceCard card : cards) {
            if (card.fold()) {
                folded.add(card.control());
            }
        }
        // after the rows are made: a row is made from the dossier its card was drawn from, the ticks are of now
        matches.show(ConversationData.of(ui.ctx.dossier()));
        return folded;
    }

    // ---- on the background thread

    private Seen see(Dossier d) {
        List<CategoryBalance> categories = CategoryBalance.of(ranking, d, PER_ITEM);
        if (d.partners().isEmpty() || categories.isEmpty()) {
            return new Seen(d, d.partners().isEmpty() ? "screen.noPartners" : "screen.balance.none", List.of(),
                    List.of(), List.of());
        }
        Map<Category, Long> counts = BringGet.counts(d);
        Map<Category, List<Match>> agreed = Decisions.agreed(d);
        Map<Category, Long> gone = new EnumMap<>(Category.class);
        BringGet.matches(d, d.matchDecisions().stream().filter(MatchDecision::dismissed).toList())
                .forEach(m -> gone.merge(m.category(), 1L, Long::sum));
        List<CardView> cards = new ArrayList<>();
        Set<ContributionRef> vague = new HashSet<>();
        for (CategoryBalance b : categories) {
            List<Match> kept = new ArrayList<>(b.matches());
            for (Match m : agreed.getOrDefault(b.category(), List.of())) {
                if (kept.stream().noneMatch(m::samePair)) {
                    kept.add(m);
                }
            }
            long all = counts.getOrDefault(b.category(), 0L);
            cards.add(card(d, b, kept, all, all - gone.getOrDefault(b.category(), 0L)));
            vague.addAll(b.vague());
        }
        return new Seen(d, null, cards, partners(d), vague(d, vague));
    }

    private CardView card(Dossier d, CategoryBalance b, List<Match> kept, long all, long total) {
        String key = b.category().name().toLowerCase(Locale.ROOT);
        String status;
        Color colour;
        if (b.bringers().isEmpty()) {
            status = ui.say.get("screen.balance.gap");
            colour = GAP;
        } else if (b.getters().isEmpty()) {
            status = ui.say.get("screen.balance.unasked");
            colour = UNASKED;
        } else {
            status = ui.say.format("screen.balance.matchCount", all);
            colour = Ui.AGREED;
        }
        List<Line> lines = new ArrayList<>();
        lines.add(new Line(ui.say.format("screen.balance.bringers", b.bringers().isEmpty()
                ? ui.say.get("screen.balance.nobody") : ui.say.names(d, b.bringers(), CommonalitiesStep.MAX_NAMES)),
                "balance." + key + ".bringers", null));
        lines.add(new Line(ui.say.format("screen.balance.getters", b.getters().isEmpty()
                ? ui.say.get("screen.balance.nobody") : ui.say.names(d, b.getters(), CommonalitiesStep.MAX_NAMES)),
                "balance." + key + ".getters", null));
        for (UnitSum u : b.units()) {
            String text = u.shortfall().signum() > 0
                    ? ui.say.format("screen.balance.unitShort", u.unit(), ui.say.amount(u.brought()),
                            ui.say.amount(u.wanted()), ui.say.amount(u.shortfall()))
                    : ui.say.format("screen.balance.unit", u.unit(), ui.say.amount(u.brought()),
                            ui.say.amount(u.wanted()));
            lines.add(new Line(text, null, u.shortfall().signum() > 0 ? GAP : Ui.HINT));
        }
        int i = 0;
        for (ContributionRef ref : b.gaps()) {
            lines.add(new Line(ui.say.format("screen.balance.gapItem", ui.say.partnerName(d, ref.partnerId()),
                    ui.say.description(d, ref)), "balance." + key + ".gap." + i++, GAP));
        }
        i = 0;
        for (ContributionRef ref : b.unasked()) {
            lines.add(new Line(ui.say.format("screen.balance.unaskedItem", ui.say.partnerName(d, ref.partnerId()),
                    ui.say.description(d, ref)), "balance." + key + ".unasked." + i++, UNASKED));
        }
        // the sentences of the matches read from the dossier: a card whose matches read differently is drawn again
        List<Match> shown = List.copyOf(kept);
        return new CardView(b.category(), key, ui.say.word(b.category()), status, colour,
                Stream.concat(lines.stream(), shown.stream().map(m -> new Line(ui.say.match(d, m), null, null)))
                        .toList(), shown, total);
    }

    private List<PartnerLine> partners(Dossier d) {
        List<PartnerLine> out = new ArrayList<>();
        List<Balance> balances = BringGet.balances(d);
        for (int i = 0; i < balances.size(); i++) {
            Balance b = balances.get(i);
            Partner p = d.partners().get(i);
            boolean odd = b.bring() == 0 || b.get() == 0;
            out.add(new PartnerLine(p.id(), ui.say.name(p), ui.say.format("balance.counts", b.bring(), b.get()),
                    odd ? UNASKED : null, !odd ? null : ui.say.get(b.bring() == 0 ? "screen.balance.bringsNothing"
                            : "screen.balance.getsNothing"),
                    b.bringByUnit().isEmpty() ? "\u2014" : ui.say.sums(b.bringByUnit()),
                    b.getByUnit().isEmpty() ? "\u2014" : ui.say.sums(b.getByUnit())));
        }
        return out;
    }

    private List<Vague> vague(Dossier d, Set<ContributionRef> vague) {
        List<Vague> out = new ArrayList<>();
        for (Partner p : d.partners()) {
            for (Contribution item : p.contributions()) {
                if (vague.contains(new ContributionRef(p.id(), item.id()))) {
                    String direction = ui.say.get(item.direction() == Direction.BRING ? "screen.balance.vagueBrings"
                            : "screen.balance.vagueGets");
                    out.add(new Vague(p.id() + "/" + item.id() + "#" + out.size(), out.size(), ui.say.format(
                            "screen.balance.vagueItem", ui.say.name(p), direction, ui.say.item(item))));
                }
            }
        }
        return out;
    }

    // ---- on the UI thread

    private void draw(Seen s) {
        if (!parent.getVisible()) {
            waiting = s; // its tab is not chosen
            return;
        }
        last = s;
        Point origin = scroll.scrolled.getOrigin();
        if (s.none() != null) {
            parts = null;
            clear();
            ui.hint(scroll.content, ui.say.get(s.none()));
            scroll.reflow();
            return;
        }
        boolean built = parts == null || parts.stacked() != ui.stacked();
        if (built) {
            clear();
            parts = build();
        }
        changed.clear();
        boolean moved = parts.cards().show(s.cards());
        moved |= showPartners(s.partners());
        moved |= showVague(s.vague());
        // the analysis may be of an older dossier than the one shown: the ticks are of now
        matches.show(ConversationData.of(ui.ctx.dossier()));
        if (built || moved) {
            scroll.reflow();
            scroll.scrolled.setOrigin(origin);
        } else {
            scroll.reflow(changed.toArray(Control[]::new));
        }
    }

    private void clear() {
        for (Control c : scroll.content.getChildren()) {
            c.dispose();
        }
        cards.clear();
    }

    private Parts build() {
        Composite c = scroll.content;
        ui.section(c, ui.say.get("screen.balance.categories"));
        ui.hint(c, ui.say.get("screen.balance.categoriesHint"));
        Composite grid = new Composite(c, SWT.NONE);
        GridLayout gridLayout = new GridLayout(ui.stacked() ? 1 : 2, true);
        gridLayout.marginWidth = 0;
        gridLayout.horizontalSpacing = ui.charWidth() * 2;
        gridLayout.verticalSpacing = ui.charWidth();
        grid.setLayout(gridLayout);
        grid.setLayoutData(Ui.fill());
        Rows<CardView> cardRows = new Rows<>(CardView::key, v -> {
            BalanceCard card = new BalanceCard(grid, ui, matches, () -> last.dossier(), changed::add, scroll::reflow);
            cards.add(card);
            card.control().addDisposeListener(e -> cards.remove(card));
            return card;
        });

        ui.section(c, ui.say.get("screen.balance.partners"));
        ui.hint(c, ui.say.get("screen.balance.partnersHint"));
        BalancePartners partners = new BalancePartners(c, ui);
        Button moreRows = more(c, "balance.partners.more", () -> {
            partnersShown += PAGE;
            showPartners(last.partners());
            scroll.reflow();
        });

        ui.section(c, ui.say.get("screen.balance.vague"));
        ui.hint(c, ui.say.get("screen.balance.vagueHint"));
        Composite list = Ui.column(c, 1);
        Rows<Vague> vague = new Rows<>(Vague::key, v -> new VagueRow(list, ui, changed::add));
        Button more = more(c, "balance.vague.more", () -> {
            vagueShown += PAGE;
            showVague(last.vague());
            scroll.reflow();
        });
        return new Parts(ui.stacked(), cardRows, partners, moreRows, list, vague, more);
    }

    private Button more(Composite c, String id, Runnable action) {
        Button more = ui.button(c, "", id, action);
        more.setLayoutData(new GridData(SWT.LEFT, SWT.CENTER, false, false));
        return more;
    }

    /** The first partners' lines; {@return whether rows came or went} */
    private boolean showPartners(List<PartnerLine> all) {
        List<PartnerLine> shown = all.subList(0, Math.min(all.size(), partnersShown));
        return parts.partners().show(shown, changed) | more(parts.morePartners(), all.size() - shown.size());
    }

    /** Offers the rows not shown yet, when there are any; {@return whether the button came or went} */
    private boolean more(Button more, int rest) {
        boolean wanted = rest > 0;
        if (wanted) {
            String text = ui.say.format("screen.balance.more", rest);
            if (!text.equals(more.getText())) {
                more.setText(text);
                changed.add(more);
            }
        }
        if (more.getVisible() == wanted) {
            return false;
        }
        more.setVisible(wanted);
        ((GridData) more.getLayoutData()).exclude = !wanted;
        return true;
    }

    /** The first items to make concrete, or that all is concrete; {@return whether rows came or went} */
    private boolean showVague(List<Vague> all) {
        List<Vague> shown = all.subList(0, Math.min(all.size(), vagueShown));
        boolean moved = parts.vague().show(shown.isEmpty() ? List.of(new Vague("", -1, ui.say.get(
                "screen.balance.vagueNone"))) : shown);
        return more(parts.moreVague(), all.size() - shown.size()) | moved;
    }
}
