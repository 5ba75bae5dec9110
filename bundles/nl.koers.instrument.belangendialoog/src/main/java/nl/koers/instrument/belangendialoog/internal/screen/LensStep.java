package nl.koers.instrument.belangendialoog.internal.screen;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

import nl.koers.domain.Dossier;
import nl.koers.domain.Lens;
import nl.koers.domain.Partner;
import nl.koers.domain.Representative;
import nl.koers.domain.analysis.LensProfile;
import nl.koers.domain.edit.Edits;
import nl.koers.instrument.api.figure.PageSize;
import nl.koers.instrument.api.swt.WorkContext;
import nl.koers.instrument.api.swt.kit.Analysis;
import nl.koers.instrument.api.swt.kit.Pager;
import nl.koers.instrument.api.swt.kit.Rows;
import nl.koers.instrument.api.swt.kit.Scroll;
import nl.koers.instrument.belangendialoog.internal.print.LensFigure;

/**
 * Step 2, door welke bril kijk je: on the left every person at the table with the one or two lenses they look
 * through; on the right the table's profile (how many wear each lens, which lens nobody wears) and, per lens,
 * the questions it asks, so the facilitator can address each person in their own terms. The people come a page of
 * partners at a time, its blocks built a few at a time ({@link SlicedPage}); the profile is worked out off the UI
 * thread and its labels are said again, not made again, one a dispatch.
 */
final class LensStep {
    /** People usually look through one or two lenses; the method asks for no more. */
    static final int MAX_LENSES = 2;
    /** People a heading names; the rest it counts. */
    static final int NAMED = 12;
    private static final PageSize CHART = PageSize.A4_LANDSCAPE;

    /** What the profile side shows of one dossier: the profile, the heading per lens, who has no lens yet. */
    private record Profile(LensProfile profile, Map<Lens, String> heads, String without) {
    }

    private final Ui ui;
    private final Composite parent;
    private final Scroll people;
    private final Label noPartners;
    private final Pager pager;
    private final SlicedPage page;
    private final Scroll profile;
    private final Canvas chart;
    private final Map<Lens, Label> headings = new EnumMap<>(Lens.class);
    /** The people without a lens noted yet. */
    private final Label without;
    /** The profile and the headings: worked out off the UI thread, shown when ready. */
    private final Analysis<Profile> analysis;
    /** What the profile side shows, or is saying; null until the first analysis is ready. */
    private Profile seen;
    /** Whether a heading is due to be said in a later dispatch. */
    private boolean rewording;

    LensStep(Composite parent, WorkContext ctx) {
        this.parent = parent;
        this.ui = new Ui(ctx, parent);
        parent.setLayout(new FillLayout());
        SashForm sash = new SashForm(parent, SWT.HORIZONTAL);

        people = new Scroll(sash, true);
        ui.section(people.content, ui.say.get("screen.lenses.people"));
        ui.hint(people.content, ui.say.get("screen.lenses.peopleHint"));
        noPartners = ui.hint(people.content, ui.say.get("screen.noPartners"));
        pager = new Pager(ui, people.content, "lenses.partners", LevelStep.PAGE, this::turned);
        Composite blocks = Ui.column(people.content, 1);
        page = new SlicedPage(people, pager, new Rows<>(Partner::id, p -> new PartnerBlock(blocks, p)),
                () -> ui.ctx.dossier().partners());

        profile = new Scroll(sash, true);
        ui.section(profile.content, ui.say.get("screen.lenses.profile"));
        chart = Ui.id(new Canvas(profile.content, SWT.DOUBLE_BUFFERED), "lenses.chart");
        chart.setBackground(Ui.WHITE);
        GridData chartData = new GridData(SWT.FILL, SWT.TOP, true, false);
        chartData.widthHint = 200;
        chartData.heightHint = ui.textWidth("M") * (ui.stacked() ? 14 : 16);
        chart.setLayoutData(chartData);
        chart.addListener(SWT.Paint, e -> paintChart(e.gc));
        chart.addListener(SWT.Resize, e -> {
            // as high as the figure's page needs at this width, within reason
            int width = chart.getClientArea().width;
            int lines = ui.textWidth("M");
            int height = Math.max(lines * 8, Math.min(lines * 24, (int) (width * CHART.heightMm() / CHART.widthMm())));
            if (chartData.heightHint != height) {
                chartData.heightHint = height;
                parent.getDisplay().asyncExec(profile::reflow);
            }
            chart.redraw();
        });
        Composite lenses = Ui.column(profile.content, 1);
        for (Lens lens : Lens.values()) {
            // each lens in a composite of its own: GTK measures the wrapped labels directly in a composite again
            // when it changes size, so a heading that grows costs its own lens, not every question of the four
            Composite box = Ui.column(lenses, 1);
            Label heading = ui.section(box, LensFigure.capital(ui.say.word(lens)));
            Ui.id(heading, "lenses." + lens.name());
            headings.put(lens, heading);
            for (String q : ui.say.questions(lens)) {
                ui.hint(box, ui.say.format("screen.lenses.question", q));
            }
        }
        without = Ui.hidden(ui.hint(lenses, ""));
        sash.setWeights(52, 48);
        analysis = new Analysis<>(ctx, profile.content, this::see, this::show);

        ui.follow(parent, this::refresh);
        refresh();
    }

    private void paintChart(org.eclipse.swt.graphics.GC gc) {
        if (seen != null) {
            ui.paintFigure(chart, gc, CHART, pt -> LensFigure.page(ui.say, seen.profile(), CHART, pt));
        }
    }

    private void refresh() {
        if (parent.isDisposed()) {
            return;
        }
        Dossier d = ui.ctx.dossier();
        page.show(Ui.visible(noPartners, d.partners().isEmpty()));
        analysis.update(d);
    }

    private void turned() {
        page.restart();
        refresh();
        people.scrolled.setOrigin(0, 0);
    }

    /** On the background thread: the profile, and per lens who wears it as the heading says it. */
    private Profile see(Dossier d) {
        LensProfile p = LensProfile.of(d);
        Map<String, String> names = new java.util.HashMap<>();
        for (Partner partner : d.partners()) {
            for (Representative r : partner.representatives()) {
                names.put(r.id(), ui.say.format("screen.lenses.wearer", ui.say.name(r), ui.say.name(partner)));
            }
        }
        Map<Lens, String> heads = new EnumMap<>(Lens.class);
        for (Lens lens : Lens.values()) {
            boolean nobody = p.nobody().contains(lens);
            List<String> who = named(p.wearers().get(lens), names);
            String name = LensFigure.capital(ui.say.word(lens));
            heads.put(lens, nobody ? ui.say.format("screen.lenses.nobody", name)
                    : who.isEmpty() ? name : ui.say.format("screen.lenses.who", name, ui.say.joined(who)));
        }
        String without = p.withoutLens().isEmpty() ? "" : ui.say.format("screen.lenses.without",
                ui.say.joined(named(p.withoutLens(), names)));
        return new Profile(p, heads, without);
    }

    /**
     * The names of the first {@link #NAMED} people, and how many more there are: at hundreds of people a heading
     * that names everyone is a page of text nobody reads, and laying it out made every edit wait.
     */
    private List<String> named(List<String> ids, Map<String, String> names) {
        List<String> out = new ArrayList<>(ids.stream().limit(NAMED).map(names::get).toList());
        if (ids.size() > NAMED) {
            out.add(ui.say.format("screen.lenses.more", ids.size() - NAMED));
        }
        return out;
    }

    /** Per lens: who wears it; the lens nobody wears stands out. Only what changed is said again. */
    private void show(Profile p) {
        if (seen != null && seen.equals(p)) {
            return;
        }
        if (seen == null || !seen.profile().equals(p.profile())) {
            chart.redraw();
        }
        seen = p;
        for (Lens lens : Lens.values()) {
            headings.get(lens).setForeground(p.profile().nobody().contains(lens) ? Ui.DEMAND : null);
        }
        if (Ui.visible(without, !p.without().isEmpty())) {
            Ui.say(without, p.without());
            profile.reflow();
        }
        if (!rewording) {
            rewordOne();
        }
    }

    /**
     * Says one heading that differs from what the profile says, and leaves the next for the next dispatch: GTK
     * measures a wrapped heading of a dozen names anew when its words change, and the first profile changed every
     * heading at once (120 ms at 200 partners). An edit changes one or two.
     */
    private void rewordOne() {
        rewording = false;
        if (parent.isDisposed()) {
            return;
        }
        Map<Label, String> said = new LinkedHashMap<>();
        headings.forEach((lens, heading) -> said.put(heading, seen.heads().get(lens)));
        if (without.getVisible()) {
            said.put(without, seen.without());
        }
        for (Map.Entry<Label, String> e : said.entrySet()) {
            Label label = e.getKey();
            if (Ui.say(label, e.getValue())) {
                // a heading that keeps its number of lines only paints again
                profile.reflow(label);
                rewording = true;
                parent.getDisplay().asyncExec(this::rewordOne);
                return;
            }
        }
    }

    /** One partner: its people and their lenses, and a row to add a person. */
    private final class PartnerBlock implements Rows.Row<Partner> {
        private final String partnerId;
        private final Composite block;
        private final Label name;
        private final Rows<Representative> reps;
        /** The partner as last shown: the others' edits leave it the same value, and it is not shown again. */
        private Partner shown;

        PartnerBlock(Composite parent, Partner partner) {
            partnerId = partner.id();
            block = Ui.column(parent, 1);
            ((GridLayout) block.getLayout()).marginBottom = ui.charWidth();
            name = ui.section(block, "");
            Composite rows = Ui.column(block, 1);
            reps = new Rows<>(Representative::id, r -> new PersonRow(rows, partnerId, r));
            Composite add = Ui.column(block, 3);
            Text[] fields = new Text[2];
            Runnable adding = () -> {
                String who = fields[0].getText().strip();
                if (who.isEmpty()) {
                    fields[0].setFocus();
                    return;
                }
                ui.apply(Edits.addRepresentative(partnerId, Representative.of(who, fields[1].getText().strip())));
                fields[0].setText("");
                fields[1].setText("");
                fields[0].setFocus();
            };
            fields[0] = ui.newField(add, "person." + partnerId + ".new", ui.say.get("screen.lenses.newPerson"), adding);
            fields[0].setLayoutData(Ui.fill());
            fields[1] = ui.newField(add, "person." + partnerId + ".newFunction", ui.say.get("screen.lenses.function"),
                    adding);
            fields[1].setLayoutData(Ui.fill());
            ui.rowButton(add, ui.say.get("screen.add"), "person." + partnerId + ".add", adding);
            page.made(block);
        }

        @Override
        public Control control() {
            return block;
        }

        @Override
        public void show(Partner partner) {
            if (partner == shown) {
                return;
            }
            shown = partner;
            Ui.say(name, ui.say.name(partner));
            if (reps.show(partner.representatives())) {
                page.reshaped(block);
            }
        }
    }

    /** One person: name and function, a check box per lens (at most two), and a way to remove them. */
    private final class PersonRow implements Rows.Row<Representative> {
        private final String partnerId;
        private final String personId;
        private final Composite row;
        private final Text name;
        private final Map<Lens, Button> checks = new EnumMap<>(Lens.class);

        PersonRow(Composite parent, String partnerId, Representative r) {
            this.partnerId = partnerId;
            this.personId = r.id();
            // the name and its button on one line, the four lenses below it (two by two on the projector, where four
            // side by side are wider than the column): on one line with them, at 1024 pixels wide the name got none
            int columns = ui.stacked() ? 2 : Lens.values().length;
            row = Ui.column(parent, columns);
            String id = "person." + personId;
            name = ui.field(row, SWT.SINGLE, id + ".name", v -> change(x -> x.withName(v)));
            GridData nameData = Ui.fill();
            nameData.horizontalSpan = columns - 1;
            name.setLayoutData(nameData);
            removeButton(id);
            for (Lens lens : Lens.values()) {
                Button b = ui.check(row, ui.say.word(lens), id + ".lens." + lens.name(), on -> choose(lens, on));
                b.setToolTipText(ui.say.joined(ui.say.questions(lens)));
                checks.put(lens, b);
            }
        }

        private void removeButton(String id) {
            ui.rowButton(row, ui.say.get("screen.remove"), id + ".remove",
                    () -> ui.apply(Edits.removeRepresentative(partnerId, personId)))
                    .setToolTipText(ui.say.get("screen.remove.person"));
        }

        private void change(java.util.function.UnaryOperator<Representative> change) {
            ui.ctx.dossier().partner(partnerId).flatMap(p -> p.representative(personId))
                    .ifPresent(r -> ui.apply(Edits.updateRepresentative(partnerId, change.apply(r))));
        }

        private void choose(Lens lens, boolean on) {
            List<Lens> chosen = new ArrayList<>();
            checks.forEach((l, b) -> {
                if (b.getSelection()) {
                    chosen.add(l);
                }
            });
            if (on && chosen.size() > MAX_LENSES) {
                checks.get(lens).setSelection(false);
                parent.getDisplay().beep();
                return;
            }
            ui.apply(Edits.setLenses(partnerId, personId, chosen));
        }

        @Override
        public Control control() {
            return row;
        }

        @Override
        public void show(Representative r) {
            Ui.show(name, r.name());
            name.setToolTipText(r.function().isBlank() ? null : r.function());
            for (Lens l : Lens.values()) {
                Ui.show(checks.get(l), r.lenses().contains(l));
                // a third lens cannot be added: first take one off
                checks.get(l).setEnabled(r.lenses().contains(l) || r.lenses().size() < MAX_LENSES);
            }
        }
    }
}
