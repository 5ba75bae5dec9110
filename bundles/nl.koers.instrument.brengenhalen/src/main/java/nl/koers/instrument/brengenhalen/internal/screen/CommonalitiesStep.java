package nl.koers.instrument.brengenhalen.internal.screen;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;

import nl.koers.domain.Dossier;
import nl.koers.domain.analysis.Finding;
import nl.koers.domain.analysis.Match;
import nl.koers.domain.analysis.MatchesShown;
import nl.koers.instrument.api.swt.WorkContext;
import nl.koers.instrument.api.swt.kit.Analysis;
import nl.koers.instrument.api.swt.kit.Parts;
import nl.koers.instrument.api.swt.kit.Rows;
import nl.koers.instrument.api.swt.kit.Scroll;
import nl.koers.instrument.brengenhalen.internal.ConversationData;
import nl.koers.instrument.brengenhalen.internal.SharedWords.Shared;
import nl.koers.instrument.brengenhalen.internal.SharedWords.Source;
import nl.koers.instrument.brengenhalen.internal.screen.CommonalitiesAnalysis.Compared;
import nl.koers.instrument.brengenhalen.internal.screen.CommonalitiesAnalysis.Lone;
import nl.koers.instrument.brengenhalen.internal.screen.CommonalitiesAnalysis.Seen;

/**
 * Step 5, commonalities first, then differences. First where the partners meet: the words their essences share,
 * the interests at network level that several hold, and where one brings what another wants to get (with a box
 * to tick when they agree on it). Only then, in a second part, where they differ: what stands out in bring and
 * get, and demands that nobody else shares.
 *
 * <p>The step is made once; an edit changes the rows it touched. Shared words, findings and lone demands are rows
 * kept by their place, a match keeps its row for as long as it is shown, and only labels whose text changed are laid
 * out again.
 */
final class CommonalitiesStep {
    /** At most this many shared words of the essences; the rest is counted. */
    static final int MAX_WORDS = 12;
    /**
     * A shared word names at most this many partners, and quotes at most {@link SharedWordRows#MAX_QUOTES}
     * interests; the rest is counted. A word all 200 partners use would otherwise be a label of hundreds of lines, which GTK measures
     * at every layout.
     */
    static final int MAX_NAMES = 12;
    /** Findings, lone demands and matches each show this many rows a page: the rest is a page turn away. */
    static final int PAGE = 20;
    /**
     * A list of shared words grows by this many rows a dispatch: a row names twelve partners or quotes six interests,
     * and GTK measures each wrapped line it places (twelve rows held the window 230-380 ms at 200 partners).
     */
    static final int WORD_SLICE = 3;
    /** The matches grow by this many rows a dispatch (a page of twenty held the window about 300 ms). */
    static final int MATCH_SLICE = 5;
    private static final int WORD_PARTS = (MAX_WORDS + WORD_SLICE - 1) / WORD_SLICE;
    private static final int MATCH_PARTS = (PAGE + MATCH_SLICE - 1) / MATCH_SLICE;

    /** Works out what the step shows, off the UI thread; keeps what it ranked. */
    private final CommonalitiesAnalysis analysis = new CommonalitiesAnalysis();
    private final Ui ui;
    private final Composite parent;
    private final Scroll scroll;
    private final Label noPartners;
    /** Everything but {@link #noPartners}: shown once there are partners. */
    private final List<Control> body;
    /** Whether {@link #body} is shown. */
    private boolean partnersShown;
    private final Label differ;
    private final Label essenceNone;
    private final SlicedRows<WordRow.Shown> essenceRows;
    private final Label essenceMore;
    private final Label networkNone;
    private final SlicedRows<WordRow.Shown> networkRows;
    private final Label matchNone;
    private final MatchRows matches;
    private final PagedList<Match, Shown> matchRows;
    private final Label matchMore;
    private final Label findingNone;
    private final PagedList<Finding, LineRow.Shown> findingRows;
    private final PagedList<Lone, LineRow.Shown> demandRows;
    private final Label demandNone;
    /** Shared words, matches, findings and lone demands: worked out off the UI thread, drawn when ready. */
    private final Analysis<Seen> seen;
    /** What the analysis drawn compared: when anything else changes, nothing is redrawn. */
    private Compared drawn;
    /** The analysis drawn: a page turn shows another part of it. */
    private Seen drawnSeen;
    private volatile boolean showAll;
    private volatile boolean showDismissed;
    /**
     * What an analysis draws, one part per dispatch: the step itself (when it comes or goes), the essences' shared
     * words and the network's a slice at a time, the matches a slice at a time, the findings, the demands.
     */
    private static final int PARTS = 1 + 2 * WORD_PARTS + MATCH_PARTS + 2;
    /** The analysis drawn, a part per dispatch. */
    private final Parts parts;
    /** What drawing changed: labels whose text changed, and whether rows came or went. */
    private final List<Control> reworded = new ArrayList<>();
    private boolean rowsChanged;

    /** A match shown at a place in the list. */
    private record Shown(int place, Match match) {
    }

    CommonalitiesStep(Composite parent, WorkContext ctx) {
        this.parent = parent;
        this.ui = new Ui(ctx, parent);
        this.matches = new MatchRows(ui);
        parent.setLayout(new org.eclipse.swt.layout.FillLayout());
        scroll = new Scroll(parent, true);
        Ui.id(scroll.scrolled, "commonalities");
        noPartners = ui.hint(scroll.content, ui.say.get("screen.noPartners"));
        Ui.visible(noPartners, false);
        Composite c = scroll.content;

        Composite head = Ui.column(c, 2);
        Ui.id(ui.heading(head, ui.say.get("screen.common.title")), "common.title");
        ui.button(head, ui.say.get("screen.toDifferences"), "toDifferences", this::toDifferences);
        // each part in a composite of its own: a list that grows moves the parts below it, not each of their lines
        Composite essence = part(c, "screen.common.essence");
        essenceNone = quiet(essence, "screen.common.essenceNone", "common.essence.none");
        essenceRows = words(essence, "common.essence");
        essenceMore = quiet(essence, "", "common.essence.more");

        Composite network = part(c, "screen.common.network");
        networkNone = quiet(network, "screen.common.networkNone", "common.network.none");
        networkRows = words(network, "common.network");

        Composite matching = part(c, "screen.common.matches");
        Composite choices = Ui.column(matching, 2);
        ui.check(choices, ui.say.get("screen.common.matchesAll"), "matches.all", on -> {
            showAll = on;
            redraw();
        });
        ui.check(choices, ui.say.get("screen.common.matchesDismissed"), "matches.dismissed", on -> {
            showDismissed = on;
            redraw();
        });
        matchNone = quiet(matching, "screen.common.matchesNone", "common.match.none");
        matchRows = new PagedList<>(ui, matching, "matches.pager", PAGE,
                m -> m.match().bring() + "|" + m.match().get(), this::matchRow, this::turned);
        matchMore = quiet(matching, "", "match.more");

        Composite differences = Ui.column(c, 1);
        differ = ui.heading(differences, ui.say.get("screen.differ.title"));
        Ui.id(differ, "differ.title");
        ((GridData) differ.getLayoutData()).verticalIndent = ui.charWidth() * 3;
        ui.section(differences, ui.say.get("screen.differ.findings"));
        ui.hint(differences, ui.say.get("screen.differ.findingsHint"));
        findingNone = quiet(differences, "screen.differ.findingsNone", "finding.none");
        findingRows = new PagedList<>(ui, differences, "findings.pager", PAGE, CommonalitiesStep::onPage,
                l -> new LineRow(ui, l, "finding", reworded::add), this::turned);
        Composite demands = part(c, "screen.differ.demands");
        demandRows = new PagedList<>(ui, demands, "demands.pager", PAGE, CommonalitiesStep::onPage,
                l -> new LineRow(ui, l, "demand", reworded::add), this::turned);
        demandNone = quiet(demands, "screen.differ.demandsNone", "demand.none");

        body = List.of(c.getChildren()).subList(1, c.getChildren().length);
        body.forEach(b -> Ui.visible(b, false)); // until the first analysis is drawn
        parts = Parts.untilMade(parent, PARTS, this::showPart);
        seen = new Analysis<>(ctx, scroll.content, d -> analysis.see(d, showAll, showDismissed), this::draw);
        ui.follow(parent, this::refresh);
        refresh();
    }

    private void refresh() {
        if (parent.isDisposed()) {
            return;
        }
        Dossier d = ui.ctx.dossier();
        if (Compared.of(d).equals(drawn)) {
            matches.show(ConversationData.of(d));
            return;
        }
        if (drawnSeen != null && CommonalitiesAnalysis.items(drawnSeen.dossier()).equals(CommonalitiesAnalysis.items(d))) {
            // only texts changed (a name, a description, an interest): they read as now at once, and the analysis
            // puts the lists in their new order when it is ready
            show(drawnSeen.in(d, CommonalitiesAnalysis.networkSources(d)));
        }
        seen.update(d);
    }

    /**
     * Draws what was seen, when that is still the dossier's content: the texts that read differently, rows made or
     * disposed only where a list grew or shrank, set in one go and laid out only where something changed.
     */
    private void draw(Seen s) {
        if (s.content().equals(drawn)) {
            matches.show(ConversationData.of(ui.ctx.dossier()));
            return;
        }
        drawn = s.content();
        drawnSeen = s;
        parts.start();
    }

    /**
     * Shows a part of the analysis drawn, its new rows laid out by themselves: a hundred wrapped lines held it up.
     * The window paints once the dispatch is done, only where something changed; the step is not hidden while it
     * changes, which painted all of it again after every part. {@return whether anything changed: rows made or
     * gone, or words} Parts that changed nothing follow each other in one dispatch, so an analysis that lands after
     * an edit that moved nothing takes one.
     */
    private boolean showPart(int part) {
        showPart(drawnSeen, part);
        boolean changed = rowsChanged || !reworded.isEmpty();
        reflow();
        return changed;
    }

    /** Shows {@code s} whole at once, the texts as they read in its dossier: after a page turn or a changed text. */
    private void show(Seen s) {
        drawnSeen = s;
        parts.cancel();
        for (int part = 0; part < PARTS; part++) {
            showPart(s, part);
        }
        reflow();
    }

    private void showPart(Seen s, int part) {
        Dossier d = s.dossier();
        switch (part) {
            case 0 -> {
                if (partnersShown != !d.partners().isEmpty()) {
                    // the whole step comes or goes, its lists empty; what each list hides is set by its part
                    partnersShown = !d.partners().isEmpty();
                    Ui.visible(noPartners, !partnersShown);
                    body.forEach(c -> Ui.visible(c, partnersShown));
                    rowsChanged = true;
                }
            }
            case PARTS - 2 -> findings(d, s.findings());
            case PARTS - 1 -> demands(d, s.demands());
            default -> slice(s, part - 1);
        }
    }

    /** Shows a slice of the shared words or the matches: {@code slice} counts from the essences' first. */
    private void slice(Seen s, int slice) {
        Dossier d = s.dossier();
        if (slice < WORD_PARTS) {
            essences(d, s.essences(), (slice + 1) * WORD_SLICE);
        } else if (slice < 2 * WORD_PARTS) {
            networkInterests(d, s.network(), s.sharedNetwork(), (slice - WORD_PARTS + 1) * WORD_SLICE);
        } else {
            matches(s.matches(), (slice - 2 * WORD_PARTS + 1) * MATCH_SLICE);
            // the agreements as they are now, not as they were when the analysis started
            matches.show(ConversationData.of(ui.ctx.dossier()));
        }
    }

    private void reflow() {
        if (rowsChanged) {
            scroll.reflow();
        } else if (!reworded.isEmpty()) {
            scroll.reflow(reworded.toArray(Control[]::new));
        }
        reworded.clear();
        rowsChanged = false;
    }

    /** Shows the page the facilitator turned to, of the analysis drawn. */
    private void turned() {
        if (drawnSeen != null && !parent.isDisposed()) {
            show(drawnSeen);
        }
    }

    private void toDifferences() {
        scroll.scrolled.setOrigin(0, differ.getParent().getLocation().y);
    }

    // ---- commonalities

    private void essences(Dossier d, List<Shared> shared, int upTo) {
        shown(essenceNone, shared.isEmpty());
        essenceRows.show(SharedWordRows.essences(ui.say, d, shared), upTo, reworded::add);
        more(essenceMore, shared.size() > MAX_WORDS, "screen.common.moreWords", shared.size() - MAX_WORDS);
    }

    private void networkInterests(Dossier d, List<Source> sources, List<Shared> shared, int upTo) {
        shown(networkNone, shared.isEmpty());
        networkRows.show(SharedWordRows.networkInterests(ui.say, d, sources, shared), upTo, reworded::add);
    }

    /**
     * The matches best first: the five best per item brought and every agreed one, without the dismissed ones,
     * unless the facilitator asks for all or for the dismissed ones too.
     */
    private void matches(MatchesShown shown, int upTo) {
        shown(matchNone, shown.matches().isEmpty() && shown.hidden() == 0);
        // thousands of rows at hundreds of partners would take the window minutes to make: a page at a time
        matchRows.show(shown.matches(), Shown::new, reworded::add, upTo);
        more(matchMore, shown.hidden() > 0, "screen.common.matchesMore", shown.hidden());
    }

    private Rows.Row<Shown> matchRow(Composite list) {
        MatchRow row = matches.row(list);
        return new Rows.Row<>() {
            @Override
            public Control control() {
                return row.control();
            }

            @Override
            public void show(Shown m) {
                row.show(drawnSeen.dossier(), m.match(), "match." + m.place(), reworded::add);
            }
        };
    }

    /** Draws the step again, after the event that asked for it. */
    private void redraw() {
        drawn = null;
        seen.again();
        parent.getDisplay().asyncExec(this::refresh);
    }

    // ---- differences

    private void findings(Dossier d, List<Finding> found) {
        shown(findingNone, found.isEmpty());
        findingRows.show(found, (i, f) -> new LineRow.Shown(i, ui.say.finding(d, f),
                f.kind() != Finding.Kind.UNREQUESTED_OFFER ? Ui.DEMAND : null), reworded::add);
    }

    /** Demands (interests that are not negotiable) whose words no other partner's interests share. */
    private void demands(Dossier d, List<Lone> lone) {
        demandRows.show(lone, (n, x) -> new LineRow.Shown(n, ui.say.format("screen.common.quote",
                ui.say.partnerName(d, x.partnerId()), CommonalitiesAnalysis.text(d, x).strip()), Ui.DEMAND), reworded::add);
        shown(demandNone, lone.isEmpty());
    }

    /** {@return the key of a row by its place on its page, so a page turned puts new words in the rows there} */
    private static String onPage(LineRow.Shown shown) {
        return String.valueOf(shown.place() % PAGE);
    }

    // ---- lines

    /** {@return a part of the step in a composite of its own, under its heading {@code key} and hint} */
    private Composite part(Composite c, String key) {
        Composite part = Ui.column(c, 1);
        ui.section(part, ui.say.get(key));
        ui.hint(part, ui.say.get(key + "Hint"));
        return part;
    }

    /** {@return the rows of shared words, {@code id} their widgets' ids} */
    private SlicedRows<WordRow.Shown> words(Composite part, String id) {
        return new SlicedRows<>(part, w -> String.valueOf(w.place()), l -> new WordRow(ui, l, id, reworded::add));
    }

    /** A line in the quieter colour, hidden until {@link #shown} shows it. */
    private Label quiet(Composite c, String key, String id) {
        Label l = LineRow.line(ui, c, key.isEmpty() ? "" : ui.say.get(key), id);
        l.setForeground(Ui.HINT);
        Ui.visible(l, false);
        return l;
    }

    /** A line that counts what is not shown: "and 12 more", when {@code on}. */
    private void more(Label l, boolean on, String key, long more) {
        if (on) {
            LineRow.say(l, ui.say.format(key, more), reworded::add);
        }
        shown(l, on);
    }

    private void shown(Control c, boolean on) {
        if (Ui.visible(c, on)) {
            reworded.add(c);
        }
    }



}
