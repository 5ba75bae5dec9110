package nl.koers.instrument.brengenhalen.internal.screen;

import java.util.List;
import java.util.Locale;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;

import nl.koers.domain.Contribution;
import nl.koers.domain.Direction;
import nl.koers.domain.Dossier;
import nl.koers.domain.Partner;
import nl.koers.domain.analysis.Balance;
import nl.koers.domain.analysis.BringGet;
import nl.koers.domain.analysis.CategoryBalance.UnitSum;
import nl.koers.domain.analysis.CategoryBalance;
import nl.koers.domain.analysis.ContributionRef;
import nl.koers.domain.analysis.Match;
import nl.koers.instrument.api.swt.kit.Scroll;
import nl.koers.instrument.brengenhalen.internal.ConversationData;

/**
 * The balance of bring and get: per category who brings and who wants to get, what is wanted and brought by
 * nobody (a gap), what is brought and wanted by nobody, and how the amounts add up per unit; each partner's
 * bring against get; the items still to be made concrete; and the matches, with a box to tick when agreed.
 */
final class BalanceView {
    private static final org.eclipse.swt.graphics.Color GAP = new org.eclipse.swt.graphics.Color(165, 25, 25);
    private static final org.eclipse.swt.graphics.Color UNASKED = new org.eclipse.swt.graphics.Color(160, 95, 0);

    private final Ui ui;
    private final Composite parent;
    private final Scroll scroll;
    private final MatchRows matches;
    /** Per category, shows or hides its match rows as they are agreed now. */
    private final java.util.List<Runnable> folds = new java.util.ArrayList<>();
    private Dossier drawn;

    BalanceView(Composite parent, Ui ui) {
        this.parent = parent;
        this.ui = ui;
        this.matches = new MatchRows(ui);
        scroll = new Scroll(parent, true);
        Ui.id(scroll.scrolled, "balance");
        ui.follow(parent, this::refresh);
        refresh();
    }

    private void refresh() {
        if (parent.isDisposed()) {
            return;
        }
        Dossier d = ui.ctx.dossier();
        Dossier content = ConversationData.content(d);
        if (content.equals(drawn)) {
            matches.show(ConversationData.of(d));
            folds.forEach(Runnable::run);
            scroll.reflow();
            return;
        }
        drawn = content;
        Point origin = scroll.scrolled.getOrigin();
        for (Control c : scroll.content.getChildren()) {
            c.dispose();
        }
        matches.clear();
        folds.clear();
        Composite c = scroll.content;
        List<CategoryBalance> categories = CategoryBalance.of(d);
        if (d.partners().isEmpty() || categories.isEmpty()) {
            ui.hint(c, ui.say.get(d.partners().isEmpty() ? "screen.noPartners" : "screen.balance.none"));
            scroll.reflow();
            return;
        }
        ui.section(c, ui.say.get("screen.balance.categories"));
        ui.hint(c, ui.say.get("screen.balance.categoriesHint"));
        Composite grid = new Composite(c, SWT.NONE);
        GridLayout gridLayout = new GridLayout(ui.stacked() ? 1 : 2, true);
        gridLayout.marginWidth = 0;
        gridLayout.horizontalSpacing = ui.charWidth() * 2;
        gridLayout.verticalSpacing = ui.charWidth();
        grid.setLayout(gridLayout);
        grid.setLayoutData(Ui.fill());
        for (CategoryBalance b : categories) {
            category(grid, d, b);
        }
        partners(c, d);
        vague(c, d, categories);
        scroll.reflow();
        scroll.scrolled.setOrigin(origin);
    }

    private void category(Composite grid, Dossier d, CategoryBalance b) {
        String key = b.category().name().toLowerCase(Locale.ROOT);
        Composite card = Ui.id(new Composite(grid, SWT.BORDER), "balance." + key);
        card.setBackground(Ui.WHITE);
        card.setBackgroundMode(SWT.INHERIT_FORCE);
        card.setLayout(new GridLayout(1, false));
        GridData data = new GridData(SWT.FILL, SWT.FILL, true, false);
        data.widthHint = 200;
        card.setLayoutData(data);

        Composite title = Ui.column(card, 2);
        Label name = ui.label(title, ui.say.word(b.category()));
        name.setFont(ui.ctx.headingFont());
        Label status = Ui.id(new Label(title, SWT.WRAP), "balance." + key + ".status");
        status.setFont(ui.bold());
        status.setLayoutData(new GridData(SWT.END, SWT.CENTER, true, false));
        if (b.bringers().isEmpty()) {
            status.setText(Ui.plain(ui.say.get("screen.balance.gap")));
            status.setForeground(GAP);
        } else if (b.getters().isEmpty()) {
            status.setText(Ui.plain(ui.say.get("screen.balance.unasked")));
            status.setForeground(UNASKED);
        } else {
            status.setText(Ui.plain(ui.say.format("screen.balance.matchCount", b.matches().size())));
            status.setForeground(Ui.AGREED);
        }

        line(card, ui.say.format("screen.balance.bringers", b.bringers().isEmpty() ? ui.say.get("screen.balance.nobody")
                : ui.say.names(d, b.bringers())), "balance." + key + ".bringers", null);
        line(card, ui.say.format("screen.balance.getters", b.getters().isEmpty() ? ui.say.get("screen.balance.nobody")
                : ui.say.names(d, b.getters())), "balance." + key + ".getters", null);
        for (UnitSum u : b.units()) {
            String text = u.shortfall().signum() > 0
                    ? ui.say.format("screen.balance.unitShort", u.unit(), ui.say.amount(u.brought()),
                            ui.say.amount(u.wanted()), ui.say.amount(u.shortfall()))
                    : ui.say.format("screen.balance.unit", u.unit(), ui.say.amount(u.brought()),
                            ui.say.amount(u.wanted()));
            line(card, text, null, u.shortfall().signum() > 0 ? GAP : Ui.HINT);
        }
        int i = 0;
        for (ContributionRef ref : b.gaps()) {
            line(card, ui.say.format("screen.balance.gapItem", ui.say.partnerName(d, ref.partnerId()),
                    ui.say.description(d, ref)), "balance." + key + ".gap." + i++, GAP);
        }
        i = 0;
        for (ContributionRef ref : b.unasked()) {
            line(card, ui.say.format("screen.balance.unaskedItem", ui.say.partnerName(d, ref.partnerId()),
                    ui.say.description(d, ref)), "balance." + key + ".unasked." + i++, UNASKED);
        }
        // the agreed matches are always shown; the others on request, so the balance stays a summary; the
        // dismissed ones not at all
        ConversationData said = ConversationData.of(d);
        List<Match> kept = b.matches().stream().filter(m -> !said.dismissed(m)).toList();
        if (kept.isEmpty()) {
            return;
        }
        // a row is made only when it is shown: a large table has thousands of matches, most of them folded away
        java.util.Map<Integer, Composite> rows = new java.util.HashMap<>();
        Button more = ui.button(card, "", "balance." + key + ".matches", () -> {
        });
        more.setLayoutData(new GridData(SWT.LEFT, SWT.CENTER, false, false));
        boolean[] open = {false};
        Runnable show = () -> {
            int hidden = 0;
            ConversationData now = ConversationData.of(ui.ctx.dossier());
            for (int at = 0; at < kept.size(); at++) {
                Match m = kept.get(at);
                boolean visible = open[0] || now.agreed(m);
                Composite row = rows.get(at);
                if (visible && row == null) {
                    row = matches.add(card, ui.ctx.dossier(), m, "balance." + key + ".match." + at);
                    row.moveAbove(more);
                    rows.put(at, row);
                } else if (!visible && row != null) {
                    row.dispose();
                    rows.remove(at);
                }
                hidden += visible ? 0 : 1;
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
            more.setText(ui.say.format(open[0] ? "screen.balance.fewerMatches" : "screen.balance.moreMatches",
                    hidden, kept.size()));
            more.setVisible(open[0] || hidden > 0);
            ((GridData) more.getLayoutData()).exclude = !more.getVisible();
        };
        more.addListener(SWT.Selection, e -> {
            open[0] = !open[0];
            show.run();
            card.getParent().layout(true, true);
            scroll.reflow();
        });
        show.run();
        folds.add(show);
    }

    private void partners(Composite c, Dossier d) {
        ui.section(c, ui.say.get("screen.balance.partners"));
        ui.hint(c, ui.say.get("screen.balance.partnersHint"));
        Composite table = new Composite(c, SWT.NONE);
        GridLayout layout = new GridLayout(ui.stacked() ? 1 : 4, false);
        layout.marginWidth = 0;
        layout.horizontalSpacing = ui.charWidth() * 2;
        table.setLayout(layout);
        table.setLayoutData(Ui.fill());
        if (!ui.stacked()) {
            for (String key : new String[] {"screen.balance.partner", "screen.balance.counts", "screen.balance.brings",
                "screen.balance.gets"}) {
                Label head = ui.label(table, ui.say.get(key));
                head.setForeground(Ui.HINT);
            }
        }
        List<Balance> balances = BringGet.balances(d);
        for (int i = 0; i < balances.size(); i++) {
            Balance b = balances.get(i);
            Partner p = d.partners().get(i);
            Label name = Ui.id(ui.label(table, ui.say.name(p)), "balance.partner." + p.id());
            name.setFont(ui.bold());
            Label counts = ui.label(table, ui.say.format("balance.counts", b.bring(), b.get()));
            Ui.id(counts, "balance.partner." + p.id() + ".counts");
            if (b.bring() == 0 || b.get() == 0) {
                counts.setForeground(UNASKED);
                counts.setToolTipText(ui.say.get(b.bring() == 0 ? "screen.balance.bringsNothing"
                        : "screen.balance.getsNothing"));
            }
            wrapping(table, b.bringByUnit().isEmpty() ? "\u2014" : ui.say.sums(b.bringByUnit()));
            wrapping(table, b.getByUnit().isEmpty() ? "\u2014" : ui.say.sums(b.getByUnit()));
        }
    }

    private void vague(Composite c, Dossier d, List<CategoryBalance> categories) {
        ui.section(c, ui.say.get("screen.balance.vague"));
        ui.hint(c, ui.say.get("screen.balance.vagueHint"));
        int i = 0;
        for (Partner p : d.partners()) {
            for (Contribution item : p.contributions()) {
                boolean listed = categories.stream().anyMatch(b -> b.vague().contains(
                        new ContributionRef(p.id(), item.id())));
                if (!listed) {
                    continue;
                }
                String direction = ui.say.get(item.direction() == Direction.BRING ? "screen.balance.vagueBrings"
                        : "screen.balance.vagueGets");
                line(c, ui.say.format("screen.balance.vagueItem", ui.say.name(p), direction, ui.say.item(item)),
                        "balance.vague." + i++, null);
            }
        }
        if (i == 0) {
            line(c, ui.say.get("screen.balance.vagueNone"), "balance.vague.none", Ui.HINT);
        }
    }

    private Label line(Composite c, String text, String id, org.eclipse.swt.graphics.Color colour) {
        Label l = new Label(c, SWT.WRAP);
        if (id != null) {
            Ui.id(l, id);
        }
        l.setFont(ui.font());
        l.setText(Ui.plain(text));
        if (colour != null) {
            l.setForeground(colour);
        }
        l.setLayoutData(Ui.fill());
        return l;
    }

    private void wrapping(Composite c, String text) {
        Label l = new Label(c, SWT.WRAP);
        l.setFont(ui.font());
        l.setText(Ui.plain(text));
        GridData data = new GridData(SWT.FILL, SWT.TOP, true, false);
        data.widthHint = 100;
        l.setLayoutData(data);
    }
}
