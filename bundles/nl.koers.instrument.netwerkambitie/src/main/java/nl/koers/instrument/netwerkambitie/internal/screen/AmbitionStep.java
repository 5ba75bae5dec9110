package nl.koers.instrument.netwerkambitie.internal.screen;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.stream.IntStream;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

import nl.koers.domain.AmbitionVersion;
import nl.koers.domain.Dossier;
import nl.koers.domain.Fact;
import nl.koers.domain.Partner;
import nl.koers.domain.Recognition;
import nl.koers.domain.edit.Edits;
import nl.koers.instrument.api.swt.WorkContext;
import nl.koers.instrument.api.swt.kit.Pager;
import nl.koers.instrument.api.swt.kit.Parts;
import nl.koers.instrument.api.swt.kit.Rows;
import nl.koers.instrument.api.swt.kit.Scroll;

/**
 * Step 4, gedeelde ambitie: the statement, what it asks of the partners (behaviour, actions, choices), the facts
 * and figures it rests on with their sources, and whether every partner recognises itself in it. Each round is
 * a dated version; a new round starts from the text of the last; two versions compare side by side.
 */
final class AmbitionStep {
    /** Endorsements a page. */
    static final int PAGE = 20;
    /**
     * Endorsement rows made in one dispatch: each is a name, a choice and a field that GTK makes and measures, and
     * a page of them made with the step held its click for a tenth of a second. They stand below the ambition's
     * text, out of view when the step opens.
     */
    static final int ROWS_AT_ONCE = 5;
    private final Ui ui;
    private final Composite parent;
    private final org.eclipse.swt.widgets.List versions;
    private final Button remove;
    private final CTabFolder tabs;
    private final Scroll scroll;
    private final Composite none;
    private final Composite editor;
    private final Label title;
    private final Text statement;
    private final Text concretisation;
    private final Rows<IndexedFact> facts;
    private final Rows<Partner> endorsements;
    /** The endorsement rows a page has still to make, in the dispatches after the one that showed it. */
    private final Parts.Queue<AmbitionStep> moreRows;
    /** The endorsements a page at a time: at hundreds of partners a page of rows is what an edit lays out. */
    private final Pager endorsementPages;
    /** The width of the partners' names in the endorsements, measured once for the names of {@link #measured}. */
    private int nameWidth;
    private List<String> measured;
    private final Label noPartners;
    private String selectedId;
    private final VersionComparison comparison;

    private record IndexedFact(int index, Fact fact) {
    }

    AmbitionStep(Composite parent, WorkContext ctx) {
        this.parent = parent;
        this.ui = new Ui(ctx, parent);
        parent.setLayout(new GridLayout(2, false));

        Composite side = new Composite(parent, SWT.NONE);
        GridLayout sideLayout = new GridLayout(1, false);
        sideLayout.marginWidth = 0;
        side.setLayout(sideLayout);
        side.setLayoutData(new GridData(SWT.FILL, SWT.FILL, false, true));
        ui.section(side, ui.say.get("screen.ambition.versions"));
        versions = Ui.id(new org.eclipse.swt.widgets.List(side, SWT.SINGLE | SWT.BORDER | SWT.V_SCROLL),
                "ambition.versions");
        versions.setFont(ui.font());
        GridData listData = new GridData(SWT.FILL, SWT.FILL, false, true);
        listData.widthHint = ui.charWidth() * 24;
        versions.setLayoutData(listData);
        versions.addListener(SWT.Selection, e -> {
            List<AmbitionVersion> vs = ui.ctx.dossier().ambition().versions();
            int i = versions.getSelectionIndex();
            if (i >= 0 && i < vs.size()) {
                selectedId = vs.get(i).id();
                refresh();
            }
        });
        Button newRound = ui.button(side, ui.say.get("screen.ambition.newRound"), "ambition.newRound",
                this::newRound);
        newRound.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        remove = ui.button(side, ui.say.get("screen.ambition.remove"), "ambition.remove", () -> {
            if (selectedId != null) {
                ui.apply(Edits.removeAmbitionVersion(selectedId));
            }
        });
        remove.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));

        tabs = Ui.id(new CTabFolder(parent, SWT.BORDER | SWT.FLAT), "ambition.tabs");
        tabs.setFont(ui.font());
        tabs.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        CTabItem versionTab = new CTabItem(tabs, SWT.NONE);
        versionTab.setText(ui.say.get("screen.ambition.tab"));
        scroll = new Scroll(tabs, true);
        versionTab.setControl(scroll.scrolled);

        // nothing formulated yet
        none = Ui.column(scroll.content, 1);
        ui.hint(none, ui.say.get("screen.ambition.none"));
        ui.button(none, ui.say.get("screen.ambition.first"), "ambition.first", this::newRound);

        editor = Ui.column(scroll.content, 1);
        title = ui.heading(editor, "");
        Ui.id(title, "ambition.title");
        ui.section(editor, ui.say.get("screen.ambition.statement"));
        ui.hint(editor, ui.say.get("screen.ambition.statementHint"));
        statement = ui.field(editor, SWT.MULTI | SWT.WRAP | SWT.V_SCROLL, "ambition.statement",
                v -> update(a -> a.withStatement(v)));
        statement.setFont(ui.ctx.headingFont());
        statement.setLayoutData(area(statement, 3));
        ui.section(editor, ui.say.get("screen.ambition.concretisation"));
        ui.hint(editor, ui.say.get("screen.ambition.concretisationHint"));
        concretisation = ui.field(editor, SWT.MULTI | SWT.WRAP | SWT.V_SCROLL, "ambition.concretisation",
                v -> update(a -> a.withConcretisation(v)));
        concretisation.setLayoutData(area(concretisation, 5));

        ui.section(editor, ui.say.get("screen.ambition.facts"));
        ui.hint(editor, ui.say.get("screen.ambition.factsHint"));
        Composite factRows = Ui.column(editor, 1);
        facts = new Rows<>(f -> String.valueOf(f.index()), f -> new FactRow(factRows, f.index()));
        newFact(editor);

        ui.section(editor, ui.say.get("screen.ambition.endorsements"));
        ui.hint(editor, ui.say.get("screen.ambition.endorsementsHint"));
        noPartners = ui.hint(editor, ui.say.get("screen.noPartners"));
        endorsementPages = new Pager(ui, editor, "endorse.pager", PAGE, this::refresh);
        Composite endorsementRows = Ui.column(editor, 1);
        endorsements = new Rows<>(Partner::id,
                p -> new EndorsementRow(ui, endorsementRows, p, () -> selected(ui.ctx.dossier()), () -> nameWidth));

        moreRows = new Parts.Queue<>(parent, AmbitionStep::showMoreRows);
        comparison = new VersionComparison(ui, tabs);
        tabs.setSelection(0);

        ui.follow(parent, this::refresh);
        refresh();
    }

    private GridData area(Text text, int lines) {
        GridData d = new GridData(SWT.FILL, SWT.TOP, true, false);
        d.widthHint = 200;
        d.heightHint = text.getLineHeight() * lines;
        return d;
    }

    /** The version shown: the one chosen, else the newest. */
    private Optional<AmbitionVersion> selected(Dossier d) {
        Optional<AmbitionVersion> v = selectedId == null ? Optional.empty() : d.ambition().version(selectedId);
        return v.isPresent() ? v : d.ambition().current();
    }

    private void newRound() {
        Dossier d = ui.ctx.dossier();
        AmbitionVersion next = d.ambition().current().map(v -> v.nextRound(LocalDate.now()))
                .orElseGet(() -> AmbitionVersion.of(1, LocalDate.now(), ""));
        selectedId = next.id();
        ui.apply(Edits.addAmbitionVersion(next));
        tabs.setSelection(0);
        statement.setFocus();
    }

    private void update(UnaryOperator<AmbitionVersion> change) {
        selected(ui.ctx.dossier()).ifPresent(v -> ui.apply(Edits.updateAmbitionVersion(change.apply(v))));
    }

    private void newFact(Composite editor) {
        Composite row = Ui.column(editor, factColumns());
        Text[] text = new Text[1];
        Text[] source = new Text[1];
        Runnable add = () -> {
            String t = text[0].getText().strip();
            if (t.isEmpty()) {
                text[0].setFocus();
                return;
            }
            List<Fact> more = new ArrayList<>(selected(ui.ctx.dossier()).map(AmbitionVersion::facts).orElse(List.of()));
            more.add(new Fact(t, source[0].getText().strip()));
            update(v -> v.withFacts(more));
            text[0].setText("");
            source[0].setText("");
            text[0].setFocus();
        };
        text[0] = ui.newField(row, "fact.new.text", ui.say.get("screen.ambition.factNew"), add);
        text[0].setLayoutData(Ui.fill());
        source[0] = ui.newField(row, "fact.new.source", ui.say.get("screen.ambition.sourceNew"), add);
        source[0].setLayoutData(sourceWidth());
        ui.rowButton(row, ui.say.get("screen.add"), "fact.add", add);
    }

    /** A fact, its source and its button side by side; on the projector one above the other. */
    private int factColumns() {
        return ui.stacked() ? 1 : 3;
    }

    private GridData sourceWidth() {
        GridData d = Ui.fill();
        if (ui.stacked()) {
            return d;
        }
        d.widthHint = ui.charWidth() * 24;
        d.grabExcessHorizontalSpace = false;
        return d;
    }

    private void refresh() {
        if (parent.isDisposed()) {
            return;
        }
        Dossier d = ui.ctx.dossier();
        List<AmbitionVersion> vs = d.ambition().versions();
        String[] items = vs.stream().map(v -> versionItem(d, v)).toArray(String[]::new);
        if (!Arrays.equals(items, versions.getItems())) {
            versions.setItems(items);
            GridData data = (GridData) versions.getLayoutData();
            int width = Math.max(ui.charWidth() * 20, Math.min(ui.charWidth() * 40, ui.textWidth(items)))
                    + 3 * ui.charWidth();
            if (data.widthHint != width) {
                data.widthHint = width;
                parent.layout(true);
            }
        }
        Optional<AmbitionVersion> shown = selected(d);
        boolean changed = false;
        remove.setEnabled(shown.isPresent());
        changed |= exclude(none, shown.isPresent());
        changed |= exclude(editor, shown.isEmpty());
        if (shown.isPresent()) {
            AmbitionVersion v = shown.get();
            selectedId = v.id();
            int index = vs.indexOf(v);
            if (versions.getSelectionIndex() != index) {
                versions.setSelection(index);
            }
            changed |= !title.getText().equals(ui.say.version(v));
            title.setText(ui.say.version(v));
            Ui.show(statement, v.statement());
            Ui.show(concretisation, v.concretisation());
            changed |= facts.show(IntStream.range(0, v.facts().size())
                    .mapToObj(i -> new IndexedFact(i, v.facts().get(i))).toList());
            measureNames(d);
            Pager.Page<Partner> page = endorsementPages.of(d.partners());
            changed |= endorsements.show(page.items(), ROWS_AT_ONCE) | page.barChanged();
            if (endorsements.missing() > 0) {
                moreRows.add(this);
            }
            changed |= exclude(noPartners, !d.partners().isEmpty());
        } else {
            versions.deselectAll();
        }
        if (changed) {
            scroll.reflow();
        }
        comparison.refresh(d);
    }

    /** Makes the next endorsement rows of the page shown, and lays out only them. */
    private void showMoreRows() {
        Dossier d = ui.ctx.dossier();
        if (selected(d).isEmpty()) {
            return;
        }
        if (endorsements.show(endorsementPages.of(d.partners()).items(), ROWS_AT_ONCE)) {
            scroll.reflow(endorsements.made().toArray(Control[]::new));
        }
        if (endorsements.missing() > 0) {
            moreRows.add(this);
        }
    }

    /** "Ronde 2 · 3 mrt 2026 (3 van 5 herkennen zich)". */
    private String versionItem(Dossier d, AmbitionVersion v) {
        long yes = v.endorsements().entrySet().stream()
                .filter(e -> d.partner(e.getKey()).isPresent() && e.getValue().recognition() == Recognition.YES)
                .count();
        return d.partners().isEmpty() ? ui.say.version(v)
                : ui.say.format("screen.ambition.versionItem", ui.say.version(v), yes, d.partners().size());
    }

    /** Hides or shows a part; returns whether that changed. */
    private static boolean exclude(Control c, boolean hide) {
        GridData data = (GridData) c.getLayoutData();
        if (data.exclude == hide) {
            return false;
        }
        data.exclude = hide;
        c.setVisible(!hide);
        return true;
    }


    /** One fact with its source. Facts have no id of their own: a row stands for a place in the list. */
    private final class FactRow implements Rows.Row<IndexedFact> {
        private final int index;
        private final Composite row;
        private final Text text;
        private final Text source;

        FactRow(Composite parent, int index) {
            this.index = index;
            row = new Composite(parent, SWT.NONE);
            GridLayout layout = new GridLayout(factColumns(), false);
            layout.marginWidth = 0;
            layout.marginHeight = 1;
            row.setLayout(layout);
            row.setLayoutData(Ui.fill());
            text = ui.field(row, SWT.SINGLE, "fact." + index + ".text", v -> change(f -> new Fact(v, f.source())));
            text.setLayoutData(Ui.fill());
            source = ui.field(row, SWT.SINGLE, "fact." + index + ".source", v -> change(f -> new Fact(f.text(), v)));
            source.setLayoutData(sourceWidth());
            source.setMessage(ui.say.get("screen.ambition.sourceNew"));
            ui.rowButton(row, ui.say.get("screen.remove"), "fact." + index + ".remove", () -> update(v -> {
                List<Fact> rest = new ArrayList<>(v.facts());
                if (index < rest.size()) {
                    rest.remove(index);
                }
                return v.withFacts(rest);
            }));
        }

        private void change(UnaryOperator<Fact> change) {
            update(v -> {
                if (index >= v.facts().size()) {
                    return v;
                }
                List<Fact> all = new ArrayList<>(v.facts());
                all.set(index, change.apply(all.get(index)));
                return v.withFacts(all);
            });
        }

        @Override
        public Control control() {
            return row;
        }

        @Override
        public void show(IndexedFact f) {
            Ui.show(text, f.fact().text());
            Ui.show(source, f.fact().source());
        }
    }

    /**
     * The width of the partners' names beside their endorsements: the longest, up to a limit, then they wrap. Measures
     * the names once when they changed; every row takes that width (each measuring all was N²).
     */
    private void measureNames(Dossier d) {
        List<String> names = d.partners().stream().map(Partner::name).toList();
        if (!names.equals(measured)) {
            measured = names;
            nameWidth = Math.min(ui.charWidth() * 30,
                    Math.max(ui.charWidth() * 12, ui.textWidth(names.toArray(String[]::new)) + ui.charWidth()));
        }
    }
}
