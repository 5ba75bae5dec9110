package nl.koers.shell.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.custom.StackLayout;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.layout.RowLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;

import nl.koers.domain.Ambition;
import nl.koers.domain.Dossier;
import nl.koers.domain.Openness;
import nl.koers.domain.Partner;
import nl.koers.domain.Representative;
import nl.koers.domain.Role;
import nl.koers.domain.Route;
import nl.koers.domain.Texts;
import nl.koers.domain.edit.Edit;
import nl.koers.domain.edit.Edits;

/**
 * The collaboration itself: its details, its partners, and for the chosen partner its representatives and the
 * lenses they look through, and why it was chosen (partner selection, with a summary for the table). Every change
 * goes out as an {@link Edit}; the page redraws from the dossier value it is shown, so undo and redo need nothing
 * special here.
 */
final class DossierPage {
    private final Texts texts;
    private final Texts words;
    private final Consumer<Edit> edits;
    private final Form form = new Form();
    private final Composite control;

    private final Text title;
    private final Text theme;
    private final Text initiator;
    private final Combo route;
    private final Combo openness;
    private final Table partners;
    private final Label partnerCount;
    private final Label selectionSummary;
    private final SelectionForm selection;
    private final Button removePartner;
    private final Button up;
    private final Button down;
    private final Composite partnerStack;
    private final Label noPartner;
    private final Composite partnerForm;
    private final Text partnerName;
    private final Combo partnerRole;
    private final RepresentativesForm representatives;

    /** Until the first dossier is shown: with a fixed id, as a random one costs the window's start about 9 ms. */
    private Dossier dossier = new Dossier("none", "", "", "", null, null, List.of(), Ambition.NONE, List.of(), Map.of(),
            Map.of(), List.of(), List.of(), List.of(), List.of(), List.of());
    private String partnerId;

    /**
     * @param planSessions opens the plans of the dossier's meetings (Dossier &gt; Sessieplan)
     */
    DossierPage(Composite parent, Texts texts, Texts words, Consumer<Edit> edits, Runnable planSessions) {
        this.texts = texts;
        this.words = words;
        this.edits = edits;
        control = new Composite(parent, SWT.NONE);
        control.setLayout(new GridLayout(1, false));

        Group details = new Group(control, SWT.NONE);
        details.setText(texts.get("details.group"));
        details.setLayout(new GridLayout(4, false));
        details.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        title = form.text(details, texts.get("details.title"), "details.title", () -> dossier.title(),
                v -> edits.accept(detailsWith(v, dossier.theme(), dossier.initiator(), dossier.route(), dossier.openness())));
        ((GridData) title.getLayoutData()).horizontalSpan = 3;
        theme = form.text(details, texts.get("details.theme"), "details.theme", () -> dossier.theme(),
                v -> edits.accept(detailsWith(dossier.title(), v, dossier.initiator(), dossier.route(), dossier.openness())));
        initiator = form.text(details, texts.get("details.initiator"), "details.initiator", () -> dossier.initiator(),
                v -> edits.accept(detailsWith(dossier.title(), dossier.theme(), v, dossier.route(), dossier.openness())));
        route = form.choice(details, texts.get("details.route"), "details.route", optional(Route.values()),
                i -> edits.accept(detailsWith(dossier.title(), dossier.theme(), dossier.initiator(),
                        i <= 0 ? null : Route.values()[i - 1], dossier.openness())));
        openness = form.choice(details, texts.get("details.openness"), "details.openness", optional(Openness.values()),
                i -> edits.accept(detailsWith(dossier.title(), dossier.theme(), dossier.initiator(), dossier.route(),
                        i <= 0 ? null : Openness.values()[i - 1])));
        Composite meetings = buttons(details);
        ((GridData) meetings.getLayoutData()).horizontalSpan = 4;
        button(meetings, texts.get("details.plan"), "details.plan", planSessions);

        SashForm sash = new SashForm(control, SWT.HORIZONTAL);
        sash.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));

        Group partnerGroup = new Group(sash, SWT.NONE);
        partnerGroup.setText(texts.get("partners.group"));
        partnerGroup.setLayout(new GridLayout(1, false));
        partners = table(partnerGroup, "partners.table", texts.get("partners.column.name"),
                texts.get("partners.column.role"), texts.get("partners.column.representatives"));
        partners.addListener(SWT.Selection, e -> partnerClicked());
        Composite partnerButtons = buttons(partnerGroup);
        button(partnerButtons, texts.get("partners.add"), "partners.add", this::addPartner);
        removePartner = button(partnerButtons, texts.get("partners.remove"), "partners.remove",
                () -> edits.accept(Edits.removePartner(partnerId)));
        up = button(partnerButtons, texts.get("partners.up"), "partners.up", () -> move(-1));
        down = button(partnerButtons, texts.get("partners.down"), "partners.down", () -> move(1));
        partnerCount = new Label(partnerGroup, SWT.NONE);
        partnerCount.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        partnerCount.setData(Ids.KEY, "partners.count");
        selectionSummary = new Label(partnerGroup, SWT.WRAP);
        selectionSummary.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        selectionSummary.setData(Ids.KEY, "partners.selection");

        Group partnerGroupRight = new Group(sash, SWT.NONE);
        partnerGroupRight.setText(texts.get("partner.group"));
        partnerGroupRight.setLayout(new FillLayout());
        partnerStack = new Composite(partnerGroupRight, SWT.NONE);
        partnerStack.setLayout(new StackLayout());
        noPartner = new Label(partnerStack, SWT.WRAP);
        noPartner.setText(texts.get("partner.none"));
        partnerForm = ScrollingForm.in(partnerStack);
        partnerForm.setLayout(new GridLayout(2, false));
        partnerName = form.text(partnerForm, texts.get("partner.name"), "partner.name", () -> partner().name(),
                v -> edits.accept(Edits.updatePartner(partner().withName(v))));
        partnerRole = form.choice(partnerForm, texts.get("partner.role"), "partner.role", labels(Role.values()),
                i -> edits.accept(Edits.updatePartner(partner().withRole(Role.values()[i]))));
        representatives = new RepresentativesForm(partnerForm, form, texts, words, edits, this::partner,
                () -> partnerId);
        selection = new SelectionForm(partnerForm, form, texts, words, this::partner, edits);
        sash.setWeights(45, 55);
    }

    Composite control() {
        return control;
    }

    void commitPending() {
        form.commitPending();
    }

    /** Shows {@code d}; the chosen partner and representative stay chosen while they are there. */
    void show(Dossier d) {
        dossier = d;
        Form.show(title, d.title());
        Form.show(theme, d.theme());
        Form.show(initiator, d.initiator());
        Form.show(route, d.route() == null ? 0 : d.route().ordinal() + 1);
        Form.show(openness, d.openness() == null ? 0 : d.openness().ordinal() + 1);
        partners.setItemCount(d.partners().size());
        for (int i = 0; i < d.partners().size(); i++) {
            Partner p = d.partners().get(i);
            partners.getItem(i).setText(new String[] { p.name(), words.label(p.role()),
                    String.join(", ", p.representatives().stream().map(Representative::name).toList()) });
        }
        fitColumns(partners);
        long core = d.partners().stream().filter(p -> p.role() == Role.CORE).count();
        partnerCount.setText(texts.format("partners.count", d.partners().size(), core));
        selectionSummary.setText(selection.summary(d));
        selectionSummary.getParent().layout(true);
        // a chosen partner that an undo took away stays chosen, so a redo shows it again
        showPartner();
    }

    private void partnerClicked() {
        int i = partners.getSelectionIndex();
        partnerId = i >= 0 && i < dossier.partners().size() ? dossier.partners().get(i).id() : null;
        representatives.chooseNone();
        showPartner();
    }

    /** Chooses a partner, as a click in the list would. */
    void select(String id) {
        partnerId = id;
        representatives.chooseNone();
        showPartner();
    }

    private void showPartner() {
        int index = indexOf(dossier.partners().stream().map(Partner::id).toList(), partnerId);
        if (index >= 0) {
            partners.setSelection(index);
        } else {
            partners.deselectAll();
        }
        removePartner.setEnabled(index >= 0);
        up.setEnabled(index > 0);
        down.setEnabled(index >= 0 && index < dossier.partners().size() - 1);
        StackLayout stack = (StackLayout) partnerStack.getLayout();
        stack.topControl = index >= 0 ? ScrollingForm.shown(partnerForm) : noPartner;
        if (index >= 0) {
            Partner p = partner();
            Form.show(partnerName, p.name());
            Form.show(partnerRole, p.role().ordinal());
            representatives.show(p);
            selection.show(p);
        }
        partnerStack.layout(true, true);
    }

    private void addPartner() {
        Partner p = Partner.of(texts.get("partners.new"), Role.CORE);
        partnerId = p.id();
        representatives.chooseNone();
        edits.accept(Edits.addPartner(p));
        partnerName.setFocus();
        partnerName.selectAll();
    }

    private void move(int delta) {
        int index = indexOf(dossier.partners().stream().map(Partner::id).toList(), partnerId);
        edits.accept(Edits.movePartner(partnerId, index + delta));
    }

    // the blank only when needed: a blank gets a random id, and the process's first costs the window's start about 9 ms
    private Partner partner() {
        return dossier.partner(partnerId).orElseGet(() -> Partner.of("", Role.CORE));
    }

    private static Edit detailsWith(String title, String theme, String initiator, Route route, Openness openness) {
        return Edits.details(title, theme, initiator, route, openness);
    }

    private String[] optional(Enum<?>[] values) {
        String[] items = new String[values.length + 1];
        items[0] = texts.get("details.notSet");
        for (int i = 0; i < values.length; i++) {
            items[i + 1] = words.label(values[i]);
        }
        return items;
    }

    private String[] labels(Enum<?>[] values) {
        String[] items = new String[values.length];
        for (int i = 0; i < values.length; i++) {
            items[i] = words.label(values[i]);
        }
        return items;
    }

    static Table table(Composite parent, String id, String... columns) {
        Table table = new Table(parent, SWT.SINGLE | SWT.BORDER | SWT.FULL_SELECTION);
        table.setData(Ids.KEY, id);
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        GridData data = new GridData(SWT.FILL, SWT.FILL, true, true);
        data.heightHint = 120;
        table.setLayoutData(data);
        for (String c : columns) {
            TableColumn column = new TableColumn(table, SWT.NONE);
            column.setText(c);
            column.setWidth(MIN_COLUMN);
        }
        table.addListener(SWT.Resize, e -> fitColumns(table));
        return table;
    }

    private static final int MIN_COLUMN = 120;

    /**
     * Columns as wide as what they show (organisations have long names), the last one taking the rest of the
     * width, so the table fills its place.
     */
    static void fitColumns(Table table) {
        TableColumn[] columns = table.getColumns();
        int used = 0;
        for (int i = 0; i < columns.length - 1; i++) {
            columns[i].pack();
            columns[i].setWidth(Math.max(MIN_COLUMN, columns[i].getWidth()));
            used += columns[i].getWidth();
        }
        TableColumn last = columns[columns.length - 1];
        last.pack();
        last.setWidth(Math.max(last.getWidth(), table.getClientArea().width - used));
    }

    static Composite buttons(Composite parent) {
        Composite row = new Composite(parent, SWT.NONE);
        row.setLayout(new RowLayout());
        row.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        return row;
    }

    static Button button(Composite parent, String text, String id, Runnable action) {
        Button b = new Button(parent, SWT.PUSH);
        b.setText(text);
        b.setData(Ids.KEY, id);
        b.addListener(SWT.Selection, e -> action.run());
        return b;
    }

    static int indexOf(List<String> ids, String id) {
        return id == null ? -1 : ids.indexOf(id);
    }

    /** For the row of a table item: used by tests to read what the window shows. */
    static List<String> rows(Table table) {
        List<String> out = new ArrayList<>();
        for (TableItem item : table.getItems()) {
            out.add(item.getText(0));
        }
        return out;
    }
}
