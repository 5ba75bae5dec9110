package nl.koers.instrument.belangendialoog.internal.screen;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

import nl.koers.domain.Dossier;
import nl.koers.domain.Interest;
import nl.koers.domain.InterestLink;
import nl.koers.domain.Partner;
import nl.koers.domain.analysis.BoardSuggestions;
import nl.koers.domain.analysis.CategoryMention;
import nl.koers.domain.analysis.Contradiction;
import nl.koers.domain.analysis.InterestRef;
import nl.koers.domain.analysis.PositionRef;
import nl.koers.domain.analysis.SharedWording;
import nl.koers.domain.edit.Edits;
import nl.koers.instrument.api.swt.WorkContext;
import nl.koers.instrument.api.swt.kit.Analysis;
import nl.koers.instrument.api.swt.kit.Pager;
import nl.koers.instrument.api.swt.kit.PartnerChoice;
import nl.koers.instrument.api.swt.kit.Parts;
import nl.koers.instrument.api.swt.kit.Rows;
import nl.koers.instrument.api.swt.kit.Scroll;

/**
 * Step 7, delen wat we delen: the board that puts what the partners share first. The interests linked as shared,
 * a way to link two more, and what Koers suggests (the same words at the same level; an interest that names
 * what another partner brings); then the differences and tensions: demands that contradict each other, and
 * positions whose interest is not known yet.
 *
 * <p>At hundreds of partners the suggestions run into the tens of thousands: they are worked out off the UI thread
 * ({@link Analysis}) and each list shows a page at a time ({@link PagedRows}). An edit, and the analysis when it
 * lands, change the texts that read differently on the page in view; the rows stay, and only what changed is laid
 * out and painted again.
 */
final class BoardStep {
    /** The step of positions and why-ladders, where an open position is asked about further. */
    private static final int POSITIONS_STEP = 5;
    /** Rows a list shows at a time: what a facilitator reads out in one go, and what lays out without waiting. */
    static final int PAGE = 20;

    private final Ui ui;
    private final Composite parent;
    private final Scroll scroll;
    private final Label noLinks;
    private final Pager linkPager;
    private final Rows<InterestLink> links;
    private final InterestChoices choices;
    private final Text note;
    private final Label linkProblem;
    private final Label noSuggestions;
    private final PagedRows<SharedWording> wordings;
    private final PagedRows<CategoryMention> mentions;
    private final Label noContradictions;
    private final PagedRows<Contradiction> contradictions;
    private final Label noOpen;
    private final PagedRows<PositionRef> open;
    /** Suggestions, tensions and the choices of interests: worked out off the UI thread, shown when ready. */
    private final Analysis<Seen> analysis;
    /** The choices' lines, worded on the background thread. */
    private final ChoiceLines lines;
    /** What the board shows now; null until the first analysis is ready. */
    private Seen seen;
    /** What showing a change touched, to lay out. */
    private final Touched touched = new Touched();
    /** What the newest analysis fills in, a part per dispatch. */
    private final Parts parts;
    /** The lists the analysis fills in: suggestions (and the choices), mentions, tensions, open positions. */
    private static final int LISTS = 4;
    /**
     * Rows a list makes in one dispatch: each new wrapped sentence costs GTK several milliseconds when first placed,
     * and twenty of them held the window for half a second on arriving and on F11.
     */
    static final int SLICE = 5;
    /** Dispatches that fill every list from empty, a slice each; a list that has its rows takes one. */
    private static final int PARTS = LISTS * (PAGE / SLICE);
    /** The list the next part fills, from the top: what is in view first. */
    private int filling;

    /** What the board shows of one dossier, worked out on the background thread. */
    private record Seen(Dossier dossier, List<SharedWording> wordings, List<CategoryMention> mentions,
            List<Contradiction> contradictions, List<PositionRef> open, List<InterestRef> refs, String[] items) {
    }

    BoardStep(Composite parent, WorkContext ctx, PartnerChoice choice) {
        this.parent = parent;
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
        links = new Rows<>(InterestLink::id, l -> new LinkCard(ui, linkCards, l, touched));

        ui.section(content, ui.say.get("board.link"));
        Composite make = Ui.column(content, 2);
        choices = new InterestChoices(ui, make);
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
        BoardSentences says = new BoardSentences(ui.say, ui.ctx::dossier, () -> seen.dossier());
        wordings = paged(content, "suggestions", list -> new SentenceRow<>(ui, list, "suggestion", touched,
                w -> says.pair("board.sharedWording", w.first(), w.second(), w.words()), ui.say.get("board.link.add"),
                "link", w -> ui.apply(Edits.linkInterests(InterestLink.of("", w.first().interestId(),
                        w.second().interestId())))));
        mentions = paged(content, "mentions", list -> new SentenceRow<>(ui, list, "mention", touched, false,
                says::mention));

        Label differences = ui.heading(content, ui.say.get("board.differences"));
        ((GridData) differences.getLayoutData()).verticalIndent = ui.charWidth() * 2;
        ui.hint(content, ui.say.get("board.differences.hint"));
        ui.section(content, ui.say.get("board.contradictions"));
        noContradictions = Ui.hidden(ui.hint(content, ui.say.get("board.contradictions.none")));
        contradictions = paged(content, "contradictions", list -> new SentenceRow<>(ui, list, "contradiction",
                touched, true, c -> says.pair("board.contradiction", c.first(), c.second(), c.words())));
        ui.section(content, ui.say.get("board.open"));
        noOpen = Ui.hidden(ui.hint(content, ui.say.get("board.open.none")));
        open = paged(content, "open", list -> new SentenceRow<>(ui, list, "open", touched, says::openPosition,
                ui.say.get("board.open.ask"), "ask", ref -> {
                    choice.set(ui.ctx.dossier(), ref.partnerId());
                    ui.ctx.goToStep(POSITIONS_STEP);
                }));

        parts = Parts.untilMade(parent, PARTS, part -> {
            if (part == 0) {
                filling = 0;
            }
            return fillSome();
        });
        lines = new ChoiceLines(ui.say);
        analysis = new Analysis<>(ctx, content, this::see, this::show);
        // what changed while the step was hidden is shown whole when it is shown again, the choices too
        parent.addListener(SWT.Show, e -> choices.offerNextAtOnce());
        ui.follow(parent, this::refresh);
        refresh();
    }

    /**
     * Shows list {@link #filling}, or {@link #SLICE} more of its rows, as the newest analysis has it. The window
     * paints once the dispatch is done, only where something changed: the board is not hidden while it changes, which
     * painted all of it again after every part. {@return whether it made rows} A list whose rows are there only takes
     * new words, and the next follows in the same dispatch: after an edit every list is shown in one.
     */
    private boolean fillSome() {
        if (filling >= LISTS) {
            return false; // every list is complete: the parts left have nothing to do
        }
        boolean complete = showList(filling, SLICE);
        boolean made = list(filling).madeRows();
        if (complete) {
            filling++;
        }
        touched.reflow(scroll);
        return made;
    }

    private <T> PagedRows<T> paged(Composite content, String id,
            Function<Composite, Rows.Row<Placed<T>>> make) {
        return new PagedRows<>(ui, content, id, PAGE, touched, make, this::listTurned);
    }

    /**
     * What an edit changes at once: the links, and the rows there in the partners' newest words; what the analysis
     * finds when it is ready.
     */
    private void refresh() {
        if (parent.isDisposed()) {
            return;
        }
        Dossier d = ui.ctx.dossier();
        analysis.update(d); // first: the background thread compares while the rows here take the new words
        showLinks(d);
        if (seen != null) {
            // the rows there read the edit at once; what the next analysis finds follows when it lands
            for (int list = 0; list < LISTS; list++) {
                showList(list, 0);
            }
        }
        touched.reflow(scroll);
    }

    private void showLinks(Dossier d) {
        if (Ui.visible(noLinks, d.interestLinks().isEmpty())) {
            touched.control(noLinks);
        }
        Pager.Page<InterestLink> page = linkPager.of(d.interestLinks());
        touched.rows(links.show(page.items()));
        if (page.barChanged()) {
            touched.control(linkPager.bar());
        }
    }

    private void linksTurned() {
        showLinks(ui.ctx.dossier());
        touched.reflow(scroll);
    }

    /** On the background thread: everything the board compares, and the choices' items. */
    private Seen see(Dossier d) {
        List<InterestRef> refs = new ArrayList<>();
        for (Partner p : d.partners()) {
            for (Interest i : p.interests()) {
                refs.add(new InterestRef(p.id(), i.id()));
            }
        }
        BoardSuggestions found = BoardSuggestions.of(d);
        return new Seen(d, found.sharedWording(), found.categoryMentions(), found.contradictions(),
                found.positionsWithoutInterest(), List.copyOf(refs), lines.of(d.partners()));
    }

    /**
     * On the UI thread, when the analysis is ready: the choices, and the page in view of each list, from the top, a
     * list per dispatch, or {@link #SLICE} new rows of it, laid out by themselves: eighty sentences wrapped at once
     * held the window. The texts that read differently are set in one go, painted once, and laid out only where their
     * height changed.
     */
    private void show(Seen s) {
        seen = s;
        choices.show(s.refs(), s.items()).forEach(touched::control);
        parts.start();
    }

    /**
     * Shows list {@code list} as the newest analysis has it, making at most {@code most} new rows; {@return whether
     * the list is complete}
     */
    private boolean showList(int list, int most) {
        return switch (list) {
            case 0 -> {
                visible(noSuggestions, seen.wordings().isEmpty() && seen.mentions().isEmpty());
                yield wordings.show(seen.wordings(), most);
            }
            case 1 -> mentions.show(seen.mentions(), most);
            case 2 -> {
                visible(noContradictions, seen.contradictions().isEmpty());
                yield contradictions.show(seen.contradictions(), most);
            }
            default -> {
                visible(noOpen, seen.open().isEmpty());
                yield open.show(seen.open(), most);
            }
        };
    }

    private PagedRows<?> list(int list) {
        return switch (list) {
            case 0 -> wordings;
            case 1 -> mentions;
            case 2 -> contradictions;
            default -> open;
        };
    }

    /** The lists as the newest analysis has them, all at once: after a page was turned. */
    private void showLists() {
        for (int list = 0; list < LISTS; list++) {
            showList(list, Integer.MAX_VALUE);
        }
    }

    private void visible(Label l, boolean shown) {
        if (Ui.visible(l, shown)) {
            touched.control(l);
        }
    }

    private void listTurned() {
        if (seen != null) {
            showLists();
            touched.reflow(scroll);
        }
    }

    private void link() {
        InterestRef a = choices.first();
        InterestRef b = choices.second();
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
        choices.clear();
    }
}
