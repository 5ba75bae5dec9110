package nl.koers.instrument.belangendialoog.internal.screen;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;

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
import nl.koers.instrument.api.swt.kit.Analysis;
import nl.koers.instrument.api.swt.kit.PartnerChoice;
import nl.koers.instrument.api.swt.kit.Rows;
import nl.koers.instrument.api.swt.kit.Scroll;

/**
 * Step 7, delen wat we delen: the board that puts what the partners share first. The interests linked as shared,
 * a way to link two more, and what Koers suggests (the same words at the same level; an interest that names
 * what another partner brings); then the differences and tensions: demands that contradict each other, and
 * positions whose interest is not known yet.
 *
 * <p>At hundreds of partners the suggestions run into the tens of thousands: they are worked out off the UI thread
 * ({@link Analysis}) and each list shows a page at a time ({@link Pager}). An edit changes the rows it touched on
 * the page in view; the rows stay, only their texts change.
 */
final class BoardStep {
    /** The step of positions and why-ladders, where an open position is asked about further. */
    private static final int POSITIONS_STEP = 5;
    /** Rows a list shows at a time: what a facilitator reads out in one go, and what lays out without waiting. */
    static final int PAGE = 20;
    /** Partners a suggestion names; the rest it counts. */
    private static final int NAMED = 12;

    private final Ui ui;
    private final PartnerChoice choice;
    private final Composite parent;
    private final Scroll scroll;
    private final Label noLinks;
    private final Pager linkPager;
    private final Rows<InterestLink> links;
    private final Combo first;
    private final Combo second;
    private final Text note;
    private final Label linkProblem;
    /** What the first choice offers: every interest at the table, and the items that name them. */
    private List<InterestRef> firstChoices = List.of();
    private String[] firstItems = new String[0];
    /** What the second offers: only the interests of the other partners, never the first's own. */
    private List<InterestRef> secondChoices = List.of();
    private String[] secondItems = new String[0];
    private final Label noSuggestions;
    private final Paged<SharedWording> wordings;
    private final Paged<CategoryMention> mentions;
    private final Label noContradictions;
    private final Paged<Contradiction> contradictions;
    private final Label noOpen;
    private final Paged<PositionRef> open;
    /** Suggestions, tensions and the choices of interests: worked out off the UI thread, shown when ready. */
    private final Analysis<Seen> analysis;
    /** What the board shows now; null until the first analysis is ready. */
    private Seen seen;
    /** The labels whose text changed while showing: their height may have too. */
    private final List<Control> reworded = new ArrayList<>();

    /** What the board shows of one dossier, worked out on the background thread. */
    private record Seen(Dossier dossier, List<SharedWording> wordings, List<CategoryMention> mentions,
            List<Contradiction> contradictions, List<PositionRef> open, List<InterestRef> refs, String[] items) {
    }

    /** An item of a list with its place in the whole list: the place is the row's key and in its ids. */
    private record Numbered<T>(int place, T item) {
    }

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
        linkPager = new Pager(ui, content, "links", PAGE, this::linksTurned);
        Composite linkCards = Ui.column(content, 1);
        links = new Rows<>(InterestLink::id, l -> new LinkCard(linkCards, l));

        ui.section(content, ui.say.get("board.link"));
        Composite make = Ui.column(content, 2);
        ui.label(make, ui.say.get("board.link.first"));
        first = ui.choice(make, "link.first", new String[0], i -> showSecond());
        first.setLayoutData(choiceSize(first));
        ui.label(make, ui.say.get("board.link.second"));
        second = ui.choice(make, "link.second", new String[0], i -> {
        });
        second.setLayoutData(choiceSize(second));
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
        noSuggestions = Ui.hidden(ui.hint(content, ui.say.get("board.suggested.none")));
        wordings = new Paged<>(content, "suggestions", (rows, n) -> new SentenceRow<>(rows, "suggestion." + n,
                w -> pair("board.sharedWording", w.first(), w.second(), w.words()), ui.say.get("board.link.add"),
                "suggestion." + n + ".link", w -> ui.apply(Edits.linkInterests(InterestLink.of("",
                        w.first().interestId(), w.second().interestId())))));
        mentions = new Paged<>(content, "mentions", (rows, n) -> new SentenceRow<>(rows, "mention." + n,
                false, this::mention));

        Label differences = ui.heading(content, ui.say.get("board.differences"));
        ((GridData) differences.getLayoutData()).verticalIndent = ui.charWidth() * 2;
        ui.hint(content, ui.say.get("board.differences.hint"));
        ui.section(content, ui.say.get("board.contradictions"));
        noContradictions = Ui.hidden(ui.hint(content, ui.say.get("board.contradictions.none")));
        contradictions = new Paged<>(content, "contradictions", (rows, n) -> new SentenceRow<>(rows,
                "contradiction." + n, true, c -> pair("board.contradiction", c.first(), c.second(), c.words())));
        ui.section(content, ui.say.get("board.open"));
        noOpen = Ui.hidden(ui.hint(content, ui.say.get("board.open.none")));
        open = new Paged<>(content, "open", (rows, n) -> new SentenceRow<>(rows, "open." + n, this::openPosition,
                ui.say.get("board.open.ask"), "open." + n + ".ask", ref -> {
                    choice.set(ui.ctx.dossier(), ref.partnerId());
                    ui.ctx.goToStep(POSITIONS_STEP);
                }));

        analysis = new Analysis<>(ctx, content, this::see, this::show);
        ui.follow(parent, this::refresh);
        refresh();
    }

    /** What an edit changes at once: the links (the partners' own words); the rest when the analysis is ready. */
    private void refresh() {
        if (parent.isDisposed()) {
            return;
        }
        Dossier d = ui.ctx.dossier();
        reflow(showLinks(d));
        analysis.update(d);
    }

    /** {@return whether links came, went or moved} The texts that changed are noted in {@link #reworded}. */
    private boolean showLinks(Dossier d) {
        boolean none = d.interestLinks().isEmpty();
        boolean changed = Ui.visible(noLinks, none);
        Pager.Page<InterestLink> page = linkPager.of(d.interestLinks());
        return links.show(page.items()) | page.barChanged() | changed;
    }

    private void linksTurned() {
        showLinks(ui.ctx.dossier());
        reflow(true);
    }

    /** On the background thread: everything the board compares, and the choices' items. */
    private Seen see(Dossier d) {
        List<InterestRef> refs = new ArrayList<>();
        List<String> items = new ArrayList<>();
        for (Partner p : d.partners()) {
            for (Interest i : p.interests()) {
                refs.add(new InterestRef(p.id(), i.id()));
                items.add(ui.say.format("board.choice", ui.say.name(p), ui.say.word(i.level()), ui.say.text(i)));
            }
        }
        return new Seen(d, InterestSuggestions.sharedWording(d), InterestSuggestions.categoryMentions(d),
                InterestSuggestions.contradictions(d), InterestSuggestions.positionsWithoutInterest(d),
                List.copyOf(refs), items.toArray(String[]::new));
    }

    /** On the UI thread, when the analysis is ready: the choices and the page in view of each list. */
    private void show(Seen s) {
        seen = s;
        showChoices();
        reflow(showLists());
    }

    /** {@return whether rows came, went or moved} The texts that changed are noted in {@link #reworded}. */
    private boolean showLists() {
        boolean changed = Ui.visible(noSuggestions, seen.wordings().isEmpty() && seen.mentions().isEmpty());
        changed |= wordings.show(seen.wordings());
        changed |= mentions.show(seen.mentions());
        changed |= Ui.visible(noContradictions, seen.contradictions().isEmpty());
        changed |= contradictions.show(seen.contradictions());
        changed |= Ui.visible(noOpen, seen.open().isEmpty());
        changed |= open.show(seen.open());
        return changed;
    }

    /**
     * Lays the board out again: all of it after rows came or went, else only around the rows whose text changed,
     * keeping what the others measured (laying out every wrapped sentence again is what an edit waited for).
     */
    private void reflow(boolean rowsChanged) {
        if (rowsChanged) {
            scroll.reflow();
        } else {
            scroll.reflow(reworded.toArray(Control[]::new));
        }
        reworded.clear();
    }

    private void listTurned() {
        if (seen != null) {
            showLists();
            reflow(true);
        }
    }

    // ---- linking by hand

    private void showChoices() {
        InterestRef a = selected(first, firstChoices);
        firstChoices = seen.refs();
        firstItems = items(first, firstItems, seen.items());
        first.select(a == null ? -1 : firstChoices.indexOf(a));
        showSecond();
    }

    /** "Deelt met" offers the interests of the other partners: a partner shares nothing with itself. */
    private void showSecond() {
        InterestRef a = selected(first, firstChoices);
        InterestRef b = selected(second, secondChoices);
        List<InterestRef> refs = new ArrayList<>();
        List<String> items = new ArrayList<>();
        for (int i = 0; a != null && i < firstChoices.size(); i++) {
            if (!firstChoices.get(i).partnerId().equals(a.partnerId())) {
                refs.add(firstChoices.get(i));
                items.add(firstItems[i]);
            }
        }
        secondChoices = refs;
        secondItems = items(second, secondItems, items.toArray(String[]::new));
        second.select(b == null ? -1 : secondChoices.indexOf(b));
        second.setEnabled(a != null);
    }

    /**
     * As wide as the row and as high as it is now, empty: a choice of thousands of interests is not measured again
     * on every layout, which took seconds at 200 partners.
     */
    private GridData choiceSize(Combo c) {
        GridData data = Ui.fill();
        data.widthHint = ui.charWidth() * 40;
        data.heightHint = c.computeSize(SWT.DEFAULT, SWT.DEFAULT).y;
        return data;
    }

    /**
     * Puts {@code now} in a choice that shows {@code was}, changing only what differs: at thousands of interests,
     * giving a choice all its items again is what the window would wait for. An interest added or removed is one
     * item added or removed. {@return now}
     */
    private static String[] items(Combo c, String[] was, String[] now) {
        int same = 0;
        while (same < was.length && same < now.length && was[same].equals(now[same])) {
            same++;
        }
        int end = 0; // items equal at the end, after the common start
        while (end < was.length - same && end < now.length - same
                && was[was.length - 1 - end].equals(now[now.length - 1 - end])) {
            end++;
        }
        int gone = was.length - same - end;
        int come = now.length - same - end;
        if (same == 0 && end == 0 && gone != come) {
            c.setItems(now); // nothing in common: one call, not one per item
        } else {
            for (int i = 0; i < Math.min(gone, come); i++) {
                c.setItem(same + i, now[same + i]);
            }
            if (gone > come) {
                c.remove(same + come, same + gone - 1);
            }
            for (int i = gone; i < come; i++) {
                c.add(now[same + i], same + i);
            }
        }
        if (was.length != now.length) {
            c.setVisibleItemCount(Math.min(20, Math.max(1, now.length)));
        }
        return now;
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
        showSecond();
    }

    // ---- what Koers suggests, the differences and tensions: sentences of the dossier the analysis saw

    /** Two interests and the words they share: worded alike, or contradicting each other. */
    private String pair(String key, InterestRef first, InterestRef second, List<String> words) {
        Dossier d = seen.dossier();
        return ui.say.format(key, ui.say.interestOf(d, first), ui.say.interestOf(d, second), ui.say.quoted(words));
    }

    private String mention(CategoryMention m) {
        Dossier d = seen.dossier();
        List<String> who = new ArrayList<>(m.brought().stream().map(ref -> ui.say.partnerName(d, ref.partnerId()))
                .distinct().toList());
        if (who.size() > NAMED) {
            // at hundreds of partners the sentence would be a page long: the first few, and how many more
            int more = who.size() - NAMED;
            who.subList(NAMED, who.size()).clear();
            who.add(ui.say.format("board.mention.more", more));
        }
        return ui.say.format("board.mention", ui.say.interestOf(d, m.interest()), ui.say.word(m.category()),
                ui.say.joined(who), ui.say.format("quoted", m.word()));
    }

    private String openPosition(PositionRef ref) {
        Dossier d = seen.dossier();
        String position = d.partner(ref.partnerId()).flatMap(p -> p.position(ref.positionId())).map(ui.say::text)
                .orElse("");
        return ui.say.format("board.openPosition", ui.say.partnerName(d, ref.partnerId()), position);
    }

    private Label sentence(Composite row, String id) {
        Label l = Ui.id(new Label(row, SWT.WRAP), id);
        l.setFont(ui.font());
        l.setLayoutData(Ui.fill());
        return l;
    }

    /** Puts a text in a row's label when it differs; notes that the board must be laid out again. */
    private void say(Label l, String text) {
        if (Ui.say(l, text)) {
            reworded.add(l);
        }
    }

    /** One list of the board, a page at a time: its bar, and the rows of the page in view, kept by place. */
    private final class Paged<T> {
        private final Pager pager;
        private final Rows<Numbered<T>> rows;

        Paged(Composite content, String id, BiFunction<Composite, Integer, Rows.Row<Numbered<T>>> make) {
            pager = new Pager(ui, content, id, PAGE, BoardStep.this::listTurned);
            Composite list = Ui.column(content, 1);
            rows = new Rows<>(n -> String.valueOf(n.place()), n -> make.apply(list, n.place()));
        }

        /** {@return whether rows came, went or moved, or the bar changed} */
        boolean show(List<T> all) {
            Pager.Page<T> page = pager.of(all);
            List<Numbered<T>> items = new ArrayList<>();
            for (int i = 0; i < page.items().size(); i++) {
                items.add(new Numbered<>(page.first() + i, page.items().get(i)));
            }
            return rows.show(items) | page.barChanged();
        }
    }

    /** A sentence on its row, red for a tension; with a button that acts on the item shown, when it has one. */
    private final class SentenceRow<T> implements Rows.Row<Numbered<T>> {
        private final Control row;
        private final Label sentence;
        private final Function<T, String> words;
        private T shown;

        /** A sentence alone. */
        SentenceRow(Composite parent, String id, boolean tension, Function<T, String> words) {
            this.words = words;
            row = sentence = sentence(parent, id);
            if (tension) {
                sentence.setForeground(Ui.DEMAND);
            }
        }

        /** A sentence and a button {@code label} (id {@code buttonId}) that does {@code action} with the item. */
        SentenceRow(Composite parent, String id, Function<T, String> words, String label, String buttonId,
                Consumer<T> action) {
            this.words = words;
            Composite both = Ui.column(parent, 2);
            row = both;
            sentence = sentence(both, id);
            ui.button(both, label, buttonId, () -> action.accept(shown));
        }

        @Override
        public Control control() {
            return row;
        }

        @Override
        public void show(Numbered<T> n) {
            shown = n.item();
            say(sentence, words.apply(shown));
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
            say(members, String.join("\n", lines));
        }
    }
}
