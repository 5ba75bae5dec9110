package nl.koers.instrument.brengenhalen.internal.screen;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;

import nl.koers.domain.Dossier;
import nl.koers.domain.Firmness;
import nl.koers.domain.Interest;
import nl.koers.domain.Level;
import nl.koers.domain.Partner;
import nl.koers.domain.analysis.BringGet;
import nl.koers.domain.analysis.Finding;
import nl.koers.domain.analysis.MatchesShown;
import nl.koers.instrument.api.swt.WorkContext;
import nl.koers.instrument.api.swt.kit.Analysis;
import nl.koers.instrument.api.swt.kit.Scroll;
import nl.koers.instrument.brengenhalen.internal.ConversationData;
import nl.koers.instrument.brengenhalen.internal.Phrases;
import nl.koers.instrument.brengenhalen.internal.SharedWords.Shared;
import nl.koers.instrument.brengenhalen.internal.SharedWords.Source;
import nl.koers.instrument.brengenhalen.internal.SharedWords;

/**
 * Step 5, commonalities first, then differences. First where the partners meet: the words their essences share,
 * the interests at network level that several hold, and where one brings what another wants to get (with a box
 * to tick when they agree on it). Only then, in a second part, where they differ: what stands out in bring and
 * get, and demands that nobody else shares.
 */
final class CommonalitiesStep {
    /** At most this many shared words of the essences; the rest is counted. */
    private static final int MAX_WORDS = 12;
    /** At most this many matches per item brought, until "show all". */
    private static final int PER_ITEM = 5;

    private final Ui ui;
    private final Composite parent;
    private final Scroll scroll;
    /** At most this many findings, lone demands and matches each: at hundreds of partners the rest is counted. */
    static final int PAGE = 100;

    private final MatchRows matches;
    /** Shared words, matches, findings and lone demands: worked out off the UI thread, drawn when ready. */
    private final Analysis<Seen> seen;
    /** The dossier last drawn, without this instrument's own data: when only that changes, nothing is redrawn. */
    private Dossier drawn;
    private volatile boolean showAll;
    private volatile boolean showDismissed;

    /** What the step shows of one dossier, worked out on the background thread. */
    private record Seen(Dossier dossier, Dossier content, List<Shared> essences, List<Source> network,
            List<Shared> sharedNetwork, MatchesShown matches, List<Finding> findings, List<String> demands) {
    }

    CommonalitiesStep(Composite parent, WorkContext ctx) {
        this.parent = parent;
        this.ui = new Ui(ctx, parent);
        this.matches = new MatchRows(ui);
        parent.setLayout(new org.eclipse.swt.layout.FillLayout());
        scroll = new Scroll(parent, true);
        Ui.id(scroll.scrolled, "commonalities");
        seen = new Analysis<>(ctx, scroll.content, this::see, this::draw);
        ui.follow(parent, this::refresh);
        refresh();
    }

    private void refresh() {
        if (parent.isDisposed()) {
            return;
        }
        Dossier d = ui.ctx.dossier();
        if (ConversationData.content(d).equals(drawn)) {
            matches.show(ConversationData.of(d));
            return;
        }
        seen.update(d);
    }

    /** On the background thread: everything the step shows that compares partners with each other. */
    private Seen see(Dossier d) {
        List<Source> essences = d.partners().stream().map(p -> new Source(p.id(), p.id(), p.essence())).toList();
        List<Source> network = new ArrayList<>();
        for (Partner p : d.partners()) {
            for (Interest i : p.interests()) {
                if (i.level() == Level.NETWORK) {
                    network.add(new Source(i.id(), p.id(), i.text()));
                }
            }
        }
        MatchesShown shown = MatchesShown.of(d, PER_ITEM, showAll, showDismissed,
                ConversationData.of(d).agreedHere());
        return new Seen(d, ConversationData.content(d), SharedWords.among(essences), network,
                SharedWords.among(network), shown, BringGet.findings(d), loneDemands(d));
    }

    /** Draws the step for what was seen, when that is still the dossier's content. */
    private void draw(Seen s) {
        if (s.content().equals(drawn)) {
            matches.show(ConversationData.of(ui.ctx.dossier()));
            return;
        }
        drawn = s.content();
        Dossier d = s.dossier();
        Point origin = scroll.scrolled.getOrigin();
        for (Control c : scroll.content.getChildren()) {
            c.dispose();
        }
        matches.clear();
        Composite c = scroll.content;
        if (d.partners().isEmpty()) {
            ui.hint(c, ui.say.get("screen.noPartners"));
            scroll.reflow();
            return;
        }
        Composite head = Ui.column(c, 2);
        Ui.id(ui.heading(head, ui.say.get("screen.common.title")), "common.title");
        ui.button(head, ui.say.get("screen.toDifferences"), "toDifferences", () -> {
            Control differ = scroll.content.getChildren().length == 0 ? null : find(scroll.content, "differ.title");
            if (differ != null) {
                scroll.scrolled.setOrigin(0, differ.getLocation().y);
            }
        });
        essences(c, d, s.essences());
        networkInterests(c, d, s.network(), s.sharedNetwork());
        matches(c, d, s.matches());

        Label second = ui.heading(c, ui.say.get("screen.differ.title"));
        Ui.id(second, "differ.title");
        ((GridData) second.getLayoutData()).verticalIndent = ui.charWidth() * 3;
        findings(c, d, s.findings());
        demands(c, s.demands());
        // the agreements as they are now, not as they were when the analysis started
        matches.show(ConversationData.of(ui.ctx.dossier()));
        scroll.reflow();
        scroll.scrolled.setOrigin(origin);
    }

    // ---- commonalities

    private void essences(Composite c, Dossier d, List<Shared> shared) {
        ui.section(c, ui.say.get("screen.common.essence"));
        ui.hint(c, ui.say.get("screen.common.essenceHint"));
        if (shared.isEmpty()) {
            line(c, ui.say.get("screen.common.essenceNone"), "common.essence.none").setForeground(Ui.HINT);
        }
        for (int i = 0; i < Math.min(MAX_WORDS, shared.size()); i++) {
            Shared s = shared.get(i);
            word(c, s.word(), ui.say.format("screen.common.who", ui.say.names(d, s.partnerIds()),
                    s.partnerIds().size()), "common.essence." + i);
        }
        if (shared.size() > MAX_WORDS) {
            line(c, ui.say.format("screen.common.moreWords", shared.size() - MAX_WORDS), "common.essence.more")
                    .setForeground(Ui.HINT);
        }
    }

    private void networkInterests(Composite c, Dossier d, List<Source> sources, List<Shared> shared) {
        ui.section(c, ui.say.get("screen.common.network"));
        ui.hint(c, ui.say.get("screen.common.networkHint"));
        if (shared.isEmpty()) {
            line(c, ui.say.get("screen.common.networkNone"), "common.network.none").setForeground(Ui.HINT);
        }
        for (int i = 0; i < Math.min(MAX_WORDS, shared.size()); i++) {
            Shared s = shared.get(i);
            List<String> who = new ArrayList<>();
            for (String id : s.sourceIds()) {
                sources.stream().filter(x -> x.id().equals(id)).findFirst().ifPresent(x -> who.add(ui.say.format(
                        "screen.common.quote", ui.say.partnerName(d, x.partnerId()), x.text().strip())));
            }
            word(c, s.word(), String.join("\n", who), "common.network." + i);
        }
    }

    /**
     * The matches best first: the five best per item brought and every agreed one, without the dismissed ones,
     * unless the facilitator asks for all or for the dismissed ones too.
     */
    private void matches(Composite c, Dossier d, MatchesShown shown) {
        ui.section(c, ui.say.get("screen.common.matches"));
        ui.hint(c, ui.say.get("screen.common.matchesHint"));
        Composite choices = Ui.column(c, 2);
        ui.check(choices, ui.say.get("screen.common.matchesAll"), "matches.all", on -> {
            showAll = on;
            redraw();
        }).setSelection(showAll);
        ui.check(choices, ui.say.get("screen.common.matchesDismissed"), "matches.dismissed", on -> {
            showDismissed = on;
            redraw();
        }).setSelection(showDismissed);
        if (shown.matches().isEmpty() && shown.hidden() == 0) {
            line(c, ui.say.get("screen.common.matchesNone"), "common.match.none").setForeground(Ui.HINT);
        }
        // thousands of rows at hundreds of partners would take the window minutes to make
        int drawn = Math.min(PAGE, shown.matches().size());
        for (int i = 0; i < drawn; i++) {
            matches.add(c, d, shown.matches().get(i), "match." + i);
        }
        long more = shown.hidden() + shown.matches().size() - drawn;
        if (more > 0) {
            line(c, ui.say.format("screen.common.matchesMore", more), "match.more").setForeground(Ui.HINT);
        }
    }

    /** Draws the step again, after the event that asked for it. */
    private void redraw() {
        drawn = null;
        seen.again();
        parent.getDisplay().asyncExec(this::refresh);
    }

    // ---- differences

    private void findings(Composite c, Dossier d, List<Finding> found) {
        ui.section(c, ui.say.get("screen.differ.findings"));
        ui.hint(c, ui.say.get("screen.differ.findingsHint"));
        if (found.isEmpty()) {
            line(c, ui.say.get("screen.differ.findingsNone"), "finding.none").setForeground(Ui.HINT);
        }
        for (int i = 0; i < Math.min(PAGE, found.size()); i++) {
            Label l = line(c, ui.say.finding(d, found.get(i)), "finding." + i);
            if (found.get(i).kind() != Finding.Kind.UNREQUESTED_OFFER) {
                l.setForeground(Ui.DEMAND);
            }
        }
    }

    /** Demands (interests that are not negotiable) whose words no other partner's interests share. */
    private void demands(Composite c, List<String> lone) {
        ui.section(c, ui.say.get("screen.differ.demands"));
        ui.hint(c, ui.say.get("screen.differ.demandsHint"));
        for (int n = 0; n < lone.size(); n++) {
            line(c, lone.get(n), "demand." + n).setForeground(Ui.DEMAND);
        }
        if (lone.isEmpty()) {
            line(c, ui.say.get("screen.differ.demandsNone"), "demand.none").setForeground(Ui.HINT);
        }
    }

    /** On the background thread: the first {@link #PAGE} lone demands, as they read. */
    private List<String> loneDemands(Dossier d) {
        List<String> lone = new ArrayList<>();
        for (Partner p : d.partners()) {
            for (Interest i : p.interests()) {
                if (lone.size() < PAGE && i.firmness() == Firmness.DEMAND && !sharedByOthers(d, p, i)) {
                    lone.add(ui.say.format("screen.common.quote", ui.say.name(p), i.text().strip()));
                }
            }
        }
        return lone;
    }

    static boolean sharedByOthers(Dossier d, Partner p, Interest demand) {
        Map<String, String> words = SharedWords.words(demand.text());
        return d.partners().stream().filter(o -> !o.id().equals(p.id())).flatMap(o -> o.interests().stream())
                .anyMatch(o -> SharedWords.words(o.text()).keySet().stream().anyMatch(words::containsKey));
    }

    private static Control find(Composite c, String id) {
        for (Control child : c.getChildren()) {
            if ((Ui.PREFIX + id).equals(child.getData(Ui.ID))) {
                return child;
            }
        }
        return null;
    }

    // ---- lines

    private Label line(Composite c, String text, String id) {
        Label l = Ui.id(new Label(c, SWT.WRAP), id);
        l.setFont(ui.font());
        l.setText(Ui.plain(text));
        GridData data = Ui.fill();
        data.horizontalIndent = ui.charWidth();
        l.setLayoutData(data);
        return l;
    }

    /** A shared word in bold, and who shares it. */
    private void word(Composite c, String word, String who, String id) {
        Composite row = new Composite(c, SWT.NONE);
        GridLayout layout = new GridLayout(ui.stacked() ? 1 : 2, false);
        layout.marginWidth = 0;
        layout.marginHeight = 1;
        layout.marginLeft = ui.charWidth();
        row.setLayout(layout);
        row.setLayoutData(Ui.fill());
        Label w = Ui.id(new Label(row, SWT.NONE), id + ".word");
        w.setFont(ui.bold());
        w.setText(Ui.plain(word));
        GridData wd = new GridData(SWT.LEFT, SWT.TOP, false, false);
        wd.widthHint = ui.stacked() ? SWT.DEFAULT : ui.charWidth() * 16;
        w.setLayoutData(wd);
        Label l = Ui.id(new Label(row, SWT.WRAP), id);
        l.setFont(ui.font());
        l.setText(Ui.plain(who));
        l.setLayoutData(Ui.fill());
    }
}
