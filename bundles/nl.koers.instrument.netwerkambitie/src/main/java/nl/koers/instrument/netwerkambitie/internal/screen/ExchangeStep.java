package nl.koers.instrument.netwerkambitie.internal.screen;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;

import nl.koers.domain.Contribution;
import nl.koers.domain.Direction;
import nl.koers.domain.Dossier;
import nl.koers.domain.Firmness;
import nl.koers.domain.Interest;
import nl.koers.domain.Level;
import nl.koers.domain.Partner;
import nl.koers.domain.analysis.Balance;
import nl.koers.domain.analysis.BringGet;
import nl.koers.domain.analysis.ContributionRef;
import nl.koers.domain.analysis.Finding;
import nl.koers.instrument.api.swt.WorkContext;
import nl.koers.instrument.api.swt.kit.PartnerChoice;
import nl.koers.instrument.api.swt.kit.Scroll;

/**
 * Step 3, uitwisselen: every partner's card side by side, large enough for the back of the room, and what
 * Koers notices in them: demands nobody answers, demands that pull against each other, offers nobody asks for,
 * and where one partner brings what another comes to get ({@link ExchangeMatches}, to confirm or dismiss).
 * Clicking a finding or a match marks the items it comes from.
 */
final class ExchangeStep {
    private final Ui ui;
    private final PartnerChoice choice;
    private final Composite parent;
    private final Scroll cards;
    private final Scroll findings;
    private final Scroll matches;
    private final Map<String, Composite> cardOf = new HashMap<>();
    private final Map<ContributionRef, Label> itemOf = new HashMap<>();
    private final List<Label> marked = new ArrayList<>();
    private final List<Composite> markedCards = new ArrayList<>();
    private Composite selectedRow;
    private final ExchangeMatches matchRows;

    ExchangeStep(Composite parent, WorkContext ctx, PartnerChoice choice) {
        this.parent = parent;
        this.choice = choice;
        this.ui = new Ui(ctx, parent);
        parent.setLayout(new FillLayout());
        SashForm sash = new SashForm(parent, SWT.VERTICAL);
        cards = new Scroll(sash, false);
        Ui.id(cards.scrolled, "exchange.cards");

        Composite bottom = new Composite(sash, SWT.NONE);
        GridLayout bottomLayout = new GridLayout(2, true);
        bottomLayout.marginWidth = 0;
        bottom.setLayout(bottomLayout);
        findings = panel(bottom, ui.say.get("screen.findings"));
        matches = panel(bottom, ui.say.get("screen.matches"));
        sash.setWeights(62, 38);

        matchRows = new ExchangeMatches(ui, this::refresh, this::select);
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
        s.scrolled.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        return s;
    }

    private void refresh() {
        if (parent.isDisposed()) {
            return;
        }
        Dossier d = ui.ctx.dossier();
        clear(cards.content);
        clear(findings.content);
        clear(matches.content);
        cardOf.clear();
        itemOf.clear();
        marked.clear();
        markedCards.clear();
        selectedRow = null;

        GridLayout row = new GridLayout(Math.max(1, d.partners().size()), false);
        row.horizontalSpacing = ui.charWidth();
        cards.content.setLayout(row);
        if (d.partners().isEmpty()) {
            ui.hint(cards.content, ui.say.get("screen.noPartners"));
        }
        List<Balance> balances = BringGet.balances(d);
        for (int i = 0; i < d.partners().size(); i++) {
            card(d.partners().get(i), balances.get(i));
        }

        List<Finding> found = BringGet.findings(d);
        if (found.isEmpty()) {
            ui.hint(findings.content, ui.say.get("screen.findings.none"));
        }
        for (int i = 0; i < found.size(); i++) {
            Finding f = found.get(i);
            clickable(findings.content, "finding." + i, ui.say.finding(d, f), f.refs());
        }
        matchRows.fill(matches.content, d);
        cards.reflow();
        findings.reflow();
        matches.reflow();
    }

    private static void clear(Composite c) {
        for (Control child : c.getChildren()) {
            child.dispose();
        }
    }

    /** One partner's interest card, as a column. */
    private void card(Partner p, Balance balance) {
        int width = ui.charWidth() * 34;
        Composite card = Ui.id(new Composite(cards.content, SWT.BORDER), "exchange.card." + p.id());
        card.setBackground(Ui.WHITE);
        card.setBackgroundMode(SWT.INHERIT_FORCE);
        card.setLayout(new GridLayout(1, false));
        GridData data = new GridData(SWT.FILL, SWT.FILL, false, true);
        data.widthHint = width;
        card.setLayoutData(data);
        cardOf.put(p.id(), card);

        Label name = ui.heading(card, p.name().isBlank() ? ui.say.get("partner.unnamed") : p.name());
        Ui.id(name, "exchange.card." + p.id() + ".name");
        // from the exchange back to the card, to fill in what came up
        name.setToolTipText(ui.say.get("screen.exchange.edit"));
        name.addListener(SWT.MouseDoubleClick, e -> {
            choice.set(ui.ctx.dossier(), p.id());
            ui.ctx.goToStep(0);
        });
        ui.hint(card, ui.say.word(p.role()));

        ui.section(card, ui.say.get("card.own"));
        lines(card, p.interests().stream().filter(i -> i.level() != Level.NETWORK).toList());
        ui.section(card, ui.say.get("card.networkShort"));
        lines(card, p.interests().stream().filter(i -> i.level() == Level.NETWORK).toList());
        for (Direction direction : Direction.values()) {
            ui.section(card, ui.say.get("card." + direction.name().toLowerCase(java.util.Locale.ROOT)));
            List<Contribution> items = p.contributions(direction);
            if (items.isEmpty()) {
                ui.hint(card, ui.say.get("card.empty"));
            }
            for (Contribution c : items) {
                Label l = item(card, ui.say.item(c), c.firmness());
                Ui.id(l, "exchange.item." + c.id());
                itemOf.put(new ContributionRef(p.id(), c.id()), l);
            }
        }
        Label sums = ui.hint(card, ui.say.balance(balance));
        Ui.id(sums, "exchange.balance." + p.id());
        ((GridData) sums.getLayoutData()).verticalIndent = ui.charWidth();
    }

    private void lines(Composite card, List<Interest> interests) {
        if (interests.isEmpty()) {
            ui.hint(card, ui.say.get("card.empty"));
        }
        for (Interest i : interests) {
            // the overarching interest is the network's by definition; the own ones say their level
            item(card, i.level() == Level.NETWORK ? i.text() : ui.say.interest(i), i.firmness());
        }
    }

    /** A line on a card, with its wish or demand; demands stand out. */
    private Label item(Composite card, String text, Firmness firmness) {
        Label l = new Label(card, SWT.WRAP);
        l.setFont(ui.font());
        l.setText(Ui.plain(ui.say.format("card.marked", text, ui.say.word(firmness))));
        if (firmness == Firmness.DEMAND) {
            l.setForeground(Ui.DEMAND);
        }
        l.setLayoutData(Ui.fill());
        return l;
    }

    /** A finding or match: click it to mark the items it comes from, click again to unmark. */
    private void clickable(Composite panel, String id, String sentence, List<ContributionRef> refs) {
        Composite row = new Composite(panel, SWT.NONE);
        row.setLayout(new FillLayout());
        row.setLayoutData(Ui.fill());
        row.setBackgroundMode(SWT.INHERIT_FORCE);
        Label l = Ui.id(new Label(row, SWT.WRAP), id);
        l.setFont(ui.font());
        l.setText(Ui.plain(sentence));
        l.setCursor(parent.getDisplay().getSystemCursor(SWT.CURSOR_HAND));
        l.setToolTipText(ui.say.get("screen.findings.click"));
        l.addListener(SWT.MouseDown, e -> select(row, refs));
        row.addListener(SWT.MouseDown, e -> select(row, refs));
    }

    private void select(Composite row, List<ContributionRef> refs) {
        for (Label l : marked) {
            if (!l.isDisposed()) {
                l.setBackground(null);
            }
        }
        for (Composite c : markedCards) {
            if (!c.isDisposed()) {
                c.setBackground(Ui.WHITE);
            }
        }
        marked.clear();
        markedCards.clear();
        if (selectedRow != null && !selectedRow.isDisposed()) {
            selectedRow.setBackground(null);
        }
        if (row == selectedRow) {
            selectedRow = null;
            return;
        }
        selectedRow = row;
        row.setBackground(Ui.MARK);
        Control first = null;
        for (ContributionRef ref : refs) {
            Composite card = cardOf.get(ref.partnerId());
            if (card != null) {
                card.setBackground(Ui.MARK_CARD);
                markedCards.add(card);
            }
            Label item = itemOf.get(ref);
            if (item != null) {
                item.setBackground(Ui.MARK);
                marked.add(item);
                first = first == null ? item : first;
            }
        }
        if (first != null) {
            cards.scrolled.showControl(first);
        }
    }
}
