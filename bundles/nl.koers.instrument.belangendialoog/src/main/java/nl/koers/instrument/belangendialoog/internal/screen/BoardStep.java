package nl.koers.instrument.belangendialoog.internal.screen;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

import nl.koers.domain.Dossier;
import nl.koers.domain.Interest;
import nl.koers.domain.InterestLink;
import nl.koers.domain.Partner;
import nl.koers.domain.analysis.CategoryMention;
import nl.koers.domain.analysis.Contradiction;
import nl.koers.domain.analysis.InterestRef;
import nl.koers.domain.analysis.InterestSuggestions;
import nl.koers.domain.analysis.PositionRef;
import nl.koers.domain.analysis.SharedWording;
import nl.koers.domain.edit.Edits;
import nl.koers.instrument.api.swt.WorkContext;
import nl.koers.instrument.api.swt.kit.PartnerChoice;
import nl.koers.instrument.api.swt.kit.Rows;
import nl.koers.instrument.api.swt.kit.Scroll;

/**
 * Step 7, delen wat we delen: the board that puts what the partners share first. The interests linked as shared,
 * a way to link two more, and what Koers suggests (the same words at the same level; an interest that names
 * what another partner brings); then the differences and tensions: demands that contradict each other, and
 * positions whose interest is not known yet.
 */
final class BoardStep {
    /** The step of positions and why-ladders, where an open position is asked about further. */
    private static final int POSITIONS_STEP = 5;

    private final Ui ui;
    private final PartnerChoice choice;
    private final Composite parent;
    private final Scroll scroll;
    private final Label noLinks;
    private final Rows<InterestLink> links;
    private final Combo first;
    private final Combo second;
    private final Text note;
    private final Label linkProblem;
    /** What the first choice offers: every interest at the table. */
    private final List<InterestRef> firstChoices = new ArrayList<>();
    /** What the second offers: only the interests of the other partners, never the first's own. */
    private final List<InterestRef> secondChoices = new ArrayList<>();
    private final Composite suggestions;
    private final Composite tensions;

    BoardStep(Composite parent, WorkContext ctx, PartnerChoice choice) {
        this.parent = parent;
        this.choice = choice;
        this.ui = new Ui(ctx, parent);
        parent.setLayout(new FillLayout());
        scroll = new Scroll(parent, true);
        Composite content = scroll.content;

        Label shared = ui.heading(content, ui.say.get("board.shared"));
        Ui.id(shared, "board.shared");
        ui.hint(content, ui.say.get("board.shared.hint"));
        noLinks = ui.hint(content, ui.say.get("board.links.none"));
        Composite linkCards = Ui.column(content, 1);
        links = new Rows<>(InterestLink::id, l -> new LinkCard(linkCards, l));

        ui.section(content, ui.say.get("board.link"));
        Composite make = Ui.column(content, 2);
        ui.label(make, ui.say.get("board.link.first"));
        first = ui.choice(make, "link.first", new String[0], i -> showSecond(ui.ctx.dossier()));
        first.setLayoutData(Ui.fill());
        ui.label(make, ui.say.get("board.link.second"));
        second = ui.choice(make, "link.second", new String[0], i -> {
        });
        second.setLayoutData(Ui.fill());
        ui.label(make, ui.say.get("board.link.note"));
        note = ui.newField(make, "link.note", ui.say.get("board.link.noteMessage"), this::link);
        note.setLayoutData(Ui.fill());
        new Label(make, SWT.NONE);
        Composite buttons = Ui.column(make, 2);
        ui.button(buttons, ui.say.get("board.link.add"), "link.add", this::link);
        linkProblem = ui.hint(buttons, "");
        linkProblem.setForeground(Ui.DEMAND);

        ui.section(content, ui.say.get("board.suggested"));
        ui.hint(content, ui.say.get("board.suggested.hint"));
        suggestions = Ui.column(content, 1);

        Label differences = ui.heading(content, ui.say.get("board.differences"));
        ((GridData) differences.getLayoutData()).verticalIndent = ui.charWidth() * 2;
        ui.hint(content, ui.say.get("board.differences.hint"));
        tensions = Ui.column(content, 1);

        ui.follow(parent, this::refresh);
        refresh();
    }

    private void refresh() {
        if (parent.isDisposed()) {
            return;
        }
        Dossier d = ui.ctx.dossier();
        boolean none = d.interestLinks().isEmpty();
        noLinks.setVisible(none);
        ((GridData) noLinks.getLayoutData()).exclude = !none;
        links.show(d.interestLinks());
        showChoices(d);
        clear(suggestions);
        showSuggestions(d);
        clear(tensions);
        showTensions(d);
        scroll.reflow();
    }

    // ---- linking by hand

    private void showChoices(Dossier d) {
        InterestRef a = selected(first, firstChoices);
        firstChoices.clear();
        firstChoices.addAll(refs(d, null));
        items(first, d, firstChoices);
        first.select(firstChoices.indexOf(a));
        showSecond(d);
    }

    /** "Deelt met" offers the interests of the other partners: a partner shares nothing with itself. */
    private void showSecond(Dossier d) {
        InterestRef a = selected(first, firstChoices);
        InterestRef b = selected(second, secondChoices);
        secondChoices.clear();
        if (a != null) {
            secondChoices.addAll(refs(d, a.partnerId()));
        }
        items(second, d, secondChoices);
        second.select(secondChoices.indexOf(b));
        second.setEnabled(a != null);
    }

    /** Every interest at the table, partner by partner, except those of {@code leaveOut} (null: none). */
    private static List<InterestRef> refs(Dossier d, String leaveOut) {
        List<InterestRef> out = new ArrayList<>();
        for (Partner p : d.partners()) {
            if (!p.id().equals(leaveOut)) {
                p.interests().forEach(i -> out.add(new InterestRef(p.id(), i.id())));
            }
        }
        return out;
    }

    private void items(Combo c, Dossier d, List<InterestRef> refs) {
        String[] shown = refs.stream().map(ref -> {
            Partner p = d.partner(ref.partnerId()).orElseThrow();
            Interest i = p.interest(ref.interestId()).orElseThrow();
            return ui.say.format("board.choice", ui.say.name(p), ui.say.word(i.level()), ui.say.text(i));
        }).toArray(String[]::new);
        if (!java.util.Arrays.equals(shown, c.getItems())) {
            c.setItems(shown);
            c.setVisibleItemCount(Math.min(20, Math.max(1, shown.length)));
        }
    }

    private static InterestRef selected(Combo c, List<InterestRef> choices) {
        int i = c.getSelectionIndex();
        return i >= 0 && i < choices.size() ? choices.get(i) : null;
    }

    private void link() {
        InterestRef a = selected(first, firstChoices);
        InterestRef b = selected(second, secondChoices);
        String problem = null;
        if (a == null || b == null) {
            problem = ui.say.get("board.link.choose");
        } else if (a.partnerId().equals(b.partnerId())) {
            problem = ui.say.get("board.link.samePartner");
        }
        linkProblem.setText(problem == null ? "" : Ui.plain(problem));
        linkProblem.getParent().layout(true);
        if (problem != null) {
            parent.getDisplay().beep();
            return;
        }
        ui.apply(Edits.linkInterests(InterestLink.of(note.getText().strip(), a.interestId(), b.interestId())));
        note.setText("");
        first.deselectAll();
        showSecond(ui.ctx.dossier());
    }

    // ---- what Koers suggests

    private void showSuggestions(Dossier d) {
        List<SharedWording> words = InterestSuggestions.sharedWording(d);
        List<CategoryMention> mentions = InterestSuggestions.categoryMentions(d);
        if (words.isEmpty() && mentions.isEmpty()) {
            ui.hint(suggestions, ui.say.get("board.suggested.none"));
        }
        for (int i = 0; i < words.size(); i++) {
            SharedWording s = words.get(i);
            Composite row = Ui.column(suggestions, 2);
            sentence(row, "suggestion." + i, ui.say.format("board.sharedWording", ui.say.interestOf(d, s.first()),
                    ui.say.interestOf(d, s.second()), ui.say.quoted(s.words())));
            ui.button(row, ui.say.get("board.link.add"), "suggestion." + i + ".link",
                    () -> ui.apply(Edits.linkInterests(InterestLink.of("", s.first().interestId(),
                            s.second().interestId()))));
        }
        for (int i = 0; i < mentions.size(); i++) {
            CategoryMention m = mentions.get(i);
            List<String> who = m.brought().stream().map(ref -> ui.say.partnerName(d, ref.partnerId())).distinct()
                    .toList();
            sentence(Ui.column(suggestions, 1), "mention." + i, ui.say.format("board.mention",
                    ui.say.interestOf(d, m.interest()), ui.say.word(m.category()), ui.say.joined(who),
                    ui.say.format("quoted", m.word())));
        }
    }

    // ---- differences and tensions

    private void showTensions(Dossier d) {
        List<Contradiction> contradictions = InterestSuggestions.contradictions(d);
        List<PositionRef> open = InterestSuggestions.positionsWithoutInterest(d);
        ui.section(tensions, ui.say.get("board.contradictions"));
        if (contradictions.isEmpty()) {
            ui.hint(tensions, ui.say.get("board.contradictions.none"));
        }
        for (int i = 0; i < contradictions.size(); i++) {
            Contradiction c = contradictions.get(i);
            Label l = sentence(Ui.column(tensions, 1), "contradiction." + i, ui.say.format("board.contradiction",
                    ui.say.interestOf(d, c.first()), ui.say.interestOf(d, c.second()), ui.say.quoted(c.words())));
            l.setForeground(Ui.DEMAND);
        }
        ui.section(tensions, ui.say.get("board.open"));
        if (open.isEmpty()) {
            ui.hint(tensions, ui.say.get("board.open.none"));
        }
        for (int i = 0; i < open.size(); i++) {
            PositionRef ref = open.get(i);
            Composite row = Ui.column(tensions, 2);
            String position = d.partner(ref.partnerId()).flatMap(p -> p.position(ref.positionId()))
                    .map(ui.say::text).orElse("");
            sentence(row, "open." + i, ui.say.format("board.openPosition", ui.say.partnerName(d, ref.partnerId()),
                    position));
            ui.button(row, ui.say.get("board.open.ask"), "open." + i + ".ask", () -> {
                choice.set(ui.ctx.dossier(), ref.partnerId());
                ui.ctx.goToStep(POSITIONS_STEP);
            });
        }
    }

    private Label sentence(Composite row, String id, String text) {
        Label l = Ui.id(new Label(row, SWT.WRAP), id);
        l.setFont(ui.font());
        l.setText(Ui.plain(text));
        l.setLayoutData(Ui.fill());
        return l;
    }

    private static void clear(Composite c) {
        for (Control child : c.getChildren()) {
            child.dispose();
        }
    }

    /** One shared interest: the interests it links, a note in the partners' words, and a way to undo it. */
    private final class LinkCard implements Rows.Row<InterestLink> {
        private final String linkId;
        private final Composite card;
        private final Label members;
        private final Text text;

        LinkCard(Composite parent, InterestLink link) {
            linkId = link.id();
            card = Ui.id(new Composite(parent, SWT.BORDER), "link." + linkId);
            GridLayout layout = new GridLayout(2, false);
            layout.marginWidth = ui.charWidth();
            card.setLayout(layout);
            GridData data = Ui.fill();
            data.verticalIndent = ui.charWidth() / 2;
            card.setLayoutData(data);
            card.setBackground(Ui.SHARED);
            card.setBackgroundMode(SWT.INHERIT_FORCE);
            text = ui.field(card, SWT.SINGLE, "link." + linkId + ".note",
                    v -> ui.apply(Edits.noteLink(linkId, v)));
            text.setMessage(ui.say.get("board.link.noteMessage"));
            text.setLayoutData(Ui.fill());
            text.setFont(ui.bold());
            ui.rowButton(card, ui.say.get("board.unlink"), "link." + linkId + ".remove",
                    () -> ui.apply(Edits.unlinkInterests(linkId))).setToolTipText(ui.say.get("board.unlink.hint"));
            members = Ui.id(new Label(card, SWT.WRAP), "link." + linkId + ".interests");
            members.setFont(ui.font());
            GridData membersData = Ui.fill();
            membersData.horizontalSpan = 2;
            members.setLayoutData(membersData);
        }

        @Override
        public Control control() {
            return card;
        }

        @Override
        public void show(InterestLink link) {
            Dossier d = ui.ctx.dossier();
            Ui.show(text, link.note());
            List<String> lines = new ArrayList<>();
            for (String id : link.interestIds()) {
                d.partnerOfInterest(id).ifPresent(p -> lines.add(ui.say.format("board.member",
                        ui.say.interestOf(d, new InterestRef(p.id(), id)),
                        ui.say.word(p.interest(id).orElseThrow().level()))));
            }
            members.setText(Ui.plain(String.join("\n", lines)));
        }
    }
}
