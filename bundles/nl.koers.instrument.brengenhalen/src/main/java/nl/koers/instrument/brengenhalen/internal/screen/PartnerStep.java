package nl.koers.instrument.brengenhalen.internal.screen;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StackLayout;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

import nl.koers.domain.Dossier;
import nl.koers.domain.Partner;
import nl.koers.instrument.api.swt.WorkContext;
import nl.koers.instrument.api.swt.kit.PartnerChoice;
import nl.koers.instrument.api.swt.kit.Scroll;

/**
 * A homework step: the partners on the left, with the buttons for the homework forms below them, and the chosen
 * partner's answers on the right. The three homework steps share the choice of partner.
 */
abstract class PartnerStep {
    protected final Ui ui;
    private final PartnerChoice choice;
    private final Composite parent;
    private final org.eclipse.swt.widgets.List partners;
    private final Composite right;
    private final Label none;
    private final Scroll card;
    private final Label name;
    private final Label role;
    private String partnerId;

    PartnerStep(Composite parent, WorkContext ctx, PartnerChoice choice,
            java.util.function.Function<Composite, HomeworkButtons.Dialogs> dialogs) {
        this.parent = parent;
        this.choice = choice;
        this.ui = new Ui(ctx, parent);
        parent.setLayout(new GridLayout(2, false));

        Composite left = new Composite(parent, SWT.NONE);
        GridLayout leftLayout = new GridLayout(1, false);
        leftLayout.marginWidth = 0;
        left.setLayout(leftLayout);
        left.setLayoutData(new GridData(SWT.FILL, SWT.FILL, false, true));
        ui.section(left, ui.say.get("screen.partners"));
        partners = Ui.id(new org.eclipse.swt.widgets.List(left, SWT.SINGLE | SWT.BORDER | SWT.V_SCROLL), "partner");
        partners.setFont(ui.font());
        GridData listData = new GridData(SWT.FILL, SWT.FILL, false, true);
        listData.widthHint = ui.charWidth() * 22;
        partners.setLayoutData(listData);
        HomeworkButtons.add(left, ui, dialogs.apply(parent), id -> {
            choice.set(ui.ctx.dossier(), id);
            refresh();
        });
        partners.addListener(SWT.Selection, e -> {
            int i = partners.getSelectionIndex();
            List<Partner> ps = ui.ctx.dossier().partners();
            if (i >= 0 && i < ps.size()) {
                choice.set(ui.ctx.dossier(), ps.get(i).id());
                refresh();
            }
        });

        right = new Composite(parent, SWT.NONE);
        right.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        right.setLayout(new StackLayout());
        none = new Label(right, SWT.WRAP);
        none.setFont(ui.font());
        none.setText(ui.say.get("screen.noPartners"));
        card = new Scroll(right, true);
        name = ui.heading(card.content, "");
        Ui.id(name, "card.name");
        role = ui.hint(card.content, "");
    }

    /** Builds the card and starts following the dossier; the subclass calls it at the end of its constructor. */
    protected final void start() {
        buildCard(card.content);
        ui.follow(parent, this::refresh);
        // when this step is shown again, show the partner chosen in the other
        parent.addListener(SWT.Show, e -> parent.getDisplay().asyncExec(this::refresh));
        refresh();
    }

    /** The id of the partner whose card is shown. */
    protected String partnerId() {
        return partnerId;
    }

    /** Builds the card's parts below the partner's name, once. */
    abstract void buildCard(Composite content);

    /** Shows the partner's card as it is now in the dossier. Returns whether rows came or went. */
    abstract boolean showCard(Dossier dossier, Partner partner);

    final void refresh() {
        if (parent.isDisposed()) {
            return;
        }
        Dossier d = ui.ctx.dossier();
        String[] names = d.partners().stream()
                .map(p -> p.name().isBlank() ? ui.say.get("partner.unnamed") : p.name()).toArray(String[]::new);
        if (!Arrays.equals(names, partners.getItems())) {
            partners.setItems(names);
            // as wide as the longest name, within reason
            GridData data = (GridData) partners.getLayoutData();
            int width = Math.max(ui.charWidth() * 16, Math.min(ui.charWidth() * (ui.stacked() ? 24 : 36),
                    ui.textWidth(names)))
                    + 3 * ui.charWidth();
            if (data.widthHint != width) {
                data.widthHint = width;
                parent.layout(true);
            }
        }
        Optional<Partner> chosen = choice.get(d);
        StackLayout stack = (StackLayout) right.getLayout();
        if (chosen.isEmpty()) {
            partnerId = null;
            partners.deselectAll();
            if (stack.topControl != none) {
                stack.topControl = none;
                right.layout();
            }
            return;
        }
        Partner p = chosen.get();
        boolean other = !p.id().equals(partnerId);
        partnerId = p.id();
        int index = d.partners().indexOf(p);
        if (partners.getSelectionIndex() != index) {
            partners.setSelection(index);
        }
        boolean changed = !name.getText().equals(Ui.plain(p.name()));
        name.setText(Ui.plain(p.name()));
        role.setText(ui.say.word(p.role()));
        changed |= showCard(d, p);
        if (stack.topControl != card.scrolled) {
            stack.topControl = card.scrolled;
            right.layout();
        }
        if (changed || other) {
            card.reflow();
        }
        if (other) {
            card.scrolled.setOrigin(0, 0);
        }
    }

    /** Lays the card out again (after rows came or went). */
    protected void reflow() {
        card.reflow();
    }
}
