package nl.koers.instrument.api.swt.kit;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StackLayout;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;

import nl.koers.domain.Dossier;
import nl.koers.domain.Partner;
import nl.koers.domain.Texts;

/**
 * A step about one partner at a time: the dossier's partners in a list on the left, the chosen partner's card on
 * the right, under its name and role. The choice is kept in a {@link PartnerChoice}, so every step that shares
 * it shows the same partner. What the card holds is the instrument's: a {@link Card}, such as a
 * {@link ContributionsEditor}.
 * <p>
 * Use: create it on the step's (empty) parent, add anything of your own below the list with
 * {@link #partnerColumn()}, then call {@link #start(Card)} once. Widget ids, after the {@link Ui}'s prefix:
 * {@code partner} (the list) and {@code card.name} (the partner's name above the card). Used on the UI thread.
 */
public final class PartnerEditor {
    /** What a step shows of the chosen partner. */
    public interface Card {
        /**
         * Builds the card's parts below the partner's name and role, once.
         *
         * @param content a one-column grid that scrolls down
         */
        void build(Composite content);

        /**
         * Shows the partner as it is now in the dossier; called after every change while the step is shown.
         *
         * @param dossier the dossier as it is now
         * @param partner the chosen partner in it
         * @return whether rows came or went, so the card is laid out again
         */
        boolean show(Dossier dossier, Partner partner);
    }

    /** In projector mode the list takes at most one part in this many of the step's width: the card needs the rest. */
    private static final int WALL_LIST_SHARE = 3;
    /** Around the longest name in the list: its border, the padding of an item, and a scroll bar. */
    private static final int LIST_PADDING_CHARS = 3;

    private final Ui ui;
    private final PartnerChoice choice;
    private final Texts say;
    private final Texts words;
    private final Composite parent;
    private final Composite left;
    private final org.eclipse.swt.widgets.List partners;
    private final Composite right;
    private final Label none;
    private final Scroll card;
    private final Label name;
    private final Label role;
    private final ListType listType;
    /** The partners' names, whole: in projector mode the list may show a very long one shortened. */
    private String[] names = {};
    private Card shown;
    private String partnerId;

    /**
     * The list of partners and an empty card; {@link #start(Card)} gives the card its parts.
     *
     * @param parent the step's composite; the editor sets its layout and fills it
     * @param ui the step's kit: its prefix starts the widget ids
     * @param choice the choice shared by the instrument's steps that show one partner
     * @param noPartners what the step says while the dossier has no partners yet (the instrument's own words: it
     *        tells what the step is for)
     */
    public PartnerEditor(Composite parent, Ui ui, PartnerChoice choice, String noPartners) {
        this.parent = parent;
        this.ui = ui;
        this.choice = choice;
        this.say = KitTexts.load(ui.ctx.locale());
        this.words = Texts.words(ui.ctx.locale());
        parent.setLayout(new GridLayout(2, false));

        left = new Composite(parent, SWT.NONE);
        GridLayout leftLayout = new GridLayout(1, false);
        leftLayout.marginWidth = 0;
        left.setLayout(leftLayout);
        left.setLayoutData(new GridData(SWT.FILL, SWT.FILL, false, true));
        ui.section(left, say.get("partners"));
        partners = ui.named(new org.eclipse.swt.widgets.List(left, SWT.SINGLE | SWT.BORDER | SWT.V_SCROLL),
                "partner");
        partners.setFont(ui.font());
        listType = new ListType(partners, ui.font(), this::fitList);
        GridData listData = new GridData(SWT.FILL, SWT.FILL, false, true);
        listData.widthHint = ui.charWidth() * 22;
        partners.setLayoutData(listData);
        partners.addListener(SWT.Selection, e -> {
            int i = partners.getSelectionIndex();
            List<Partner> ps = ui.ctx.dossier().partners();
            if (i >= 0 && i < ps.size()) {
                choose(ps.get(i).id());
            }
        });

        right = new Composite(parent, SWT.NONE);
        right.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        right.setLayout(new StackLayout());
        none = new Label(right, SWT.WRAP);
        none.setFont(ui.font());
        none.setText(Ui.plain(noPartners));
        card = new Scroll(right, true);
        if (ui.stacked()) {
            // once the layout this size started is done: then the list's new width is laid out in one pass
            parent.addListener(SWT.Resize, e -> parent.getDisplay().asyncExec(() -> {
                if (!parent.isDisposed()) {
                    fitList();
                }
            }));
        }
        name = ui.named(ui.heading(card.content, ""), "card.name");
        role = ui.hint(card.content, "");
    }

    /**
     * {@return the column of the partner list (a one-column grid)} An instrument may add its own widgets below the
     * list.
     */
    public Composite partnerColumn() {
        return left;
    }

    /**
     * Builds the card and starts following the dossier; call it once, after adding to {@link #partnerColumn()}.
     *
     * @param card what the step shows of the chosen partner
     * @throws IllegalStateException when it was started already
     */
    public void start(Card card) {
        if (shown != null) {
            throw new IllegalStateException("started already");
        }
        shown = Objects.requireNonNull(card);
        card.build(this.card.content);
        ui.follow(parent, this::refresh);
        // when this step is shown again, show the partner chosen in another
        parent.addListener(SWT.Show, e -> parent.getDisplay().asyncExec(this::refresh));
        refresh();
    }

    /** {@return the id of the partner whose card is shown; null while there are no partners} */
    public String partnerId() {
        return partnerId;
    }

    /**
     * Shows this partner's card, here and in every step that shares the choice.
     *
     * @param partnerId the partner's id
     */
    public void choose(String partnerId) {
        choice.set(ui.ctx.dossier(), partnerId);
        refresh();
    }

    /** Shows the partners and the chosen one's card as they are now in the dossier. */
    public void refresh() {
        if (parent.isDisposed() || shown == null) {
            return;
        }
        Dossier d = ui.ctx.dossier();
        String[] names = d.partners().stream()
                .map(p -> p.name().isBlank() ? say.get("partner.unnamed") : p.name()).toArray(String[]::new);
        if (!Arrays.equals(names, this.names)) {
            this.names = names;
            partners.setItems(names);
            fitList();
        }
        Optional<Partner> chosen = choice.get(d);
        StackLayout stack = (StackLayout) right.getLayout();
        if (chosen.isEmpty()) {
            partnerId = null;
            partners.deselectAll();
            if (stack.topControl != none) {
                stack.topControl = none;
                layOutWhenSized(right);
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
        role.setText(Ui.plain(words.label(p.role())));
        changed |= shown.show(d, p);
        if (stack.topControl != card.scrolled) {
            stack.topControl = card.scrolled;
            layOutWhenSized(right);
        }
        if (changed || other) {
            card.reflow();
        }
        if (other) {
            card.scrolled.setOrigin(0, 0);
        }
    }

    /**
     * Makes the list as wide as the longest name, within reason. In projector mode at most a third of the step's
     * width (a quarter cut "Ondernemersvereniging Waal & Linge" to "Ondernemersveren" at 1024x768): the card keeps
     * a few words a line; a name that is still too long for it takes the list's type down, to the desk's at
     * least, so the room reads every name whole on one line and sees which partner is chosen.
     */
    private void fitList() {
        GridData data = (GridData) partners.getLayoutData();
        int padding = LIST_PADDING_CHARS * ui.charWidth();
        int width;
        if (ui.stacked()) {
            int step = parent.getClientArea().width;
            if (step <= 0) {
                return; // the resize that gives the step its width fits the list
            }
            width = Math.min(step / WALL_LIST_SHARE, Math.max(ui.charWidth() * 16, ui.textWidth(names)) + padding);
            String[] shown = listType.fit(names, width - padding);
            if (!Arrays.equals(shown, partners.getItems())) {
                int chosen = partners.getSelectionIndex();
                partners.setItems(shown);
                partners.select(chosen);
            }
        } else {
            width = Math.max(ui.charWidth() * 16, Math.min(ui.charWidth() * 36, ui.textWidth(names))) + padding;
        }
        if (data.widthHint != width) {
            data.widthHint = width;
            if (layOutWhenSized(parent)) {
                card.reflow(); // the card's rows at its new width, beside its scroll bar
            }
        }
    }

    /**
     * Lays {@code composite} out when it has a size; {@return whether it did} A step being built has none yet: the
     * layout that gives it one is the first that counts, and one before it sized the card and the list twice in the
     * click that showed the step.
     */
    private static boolean layOutWhenSized(Composite composite) {
        if (composite.getClientArea().isEmpty()) {
            return false;
        }
        composite.layout(true);
        return true;
    }

    /** Lays the card out again, after rows came or went outside {@link Card#show}. */
    public void reflow() {
        card.reflow();
    }

    /**
     * Lays out only the card's controls that changed (rows made anew outside {@link Card#show}, such as the rest of a
     * card built a part at a time), and the composites between them and the card: the rows already there keep the
     * size they were measured at. With none given, the whole card (rows went or moved).
     *
     * @param changed controls in the card
     * @since 1.5
     */
    public void reflow(Control... changed) {
        if (changed.length == 0) {
            card.reflow();
        } else {
            card.reflow(changed);
        }
    }
}
