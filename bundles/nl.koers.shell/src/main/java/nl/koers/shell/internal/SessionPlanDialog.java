package nl.koers.shell.internal;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.Text;

import nl.koers.domain.Dossier;
import nl.koers.domain.PlanItem;
import nl.koers.domain.SessionPlan;
import nl.koers.domain.Texts;
import nl.koers.domain.edit.PlanEdits;
import nl.koers.instrument.api.InstrumentDescriptor;
import nl.koers.instrument.api.Step;

/**
 * Dossier &gt; Sessieplan: the plan of each meeting with the partners, beside whatever instrument is open. The
 * facilitator sets its day, start and place, adds the installed instruments' steps (with their usual minutes) and
 * breaks, gives each its minutes and puts them in order; the sum shows as it changes. The step timer follows the
 * plan chosen here. Like the spannende punten it redraws from the dossier it is shown, so undo needs nothing special.
 */
final class SessionPlanDialog extends DossierDialog {
    /** The printable of the plans ({@code nl.koers.render}), offered when it is installed. */
    static final String PRINTABLE = "koers.sessieplan";
    /** A step whose instrument does not say how long it takes gets what the step timer starts with. */
    private static final int DEFAULT_MINUTES = 10;

    private final Workbench window;
    private final Texts texts;
    private final Combo plans;
    private final Button removePlan;
    private final Button follow;
    private final Composite details;
    private final Text name;
    private final Text place;
    private final Text date;
    private final Text start;
    private final Table items;
    private final Composite itemRow;
    private final Spinner minutes;
    private final Text itemTitle;
    private final Combo instrument;
    private final Combo step;
    private final Label total;
    private List<InstrumentDescriptor> instruments = List.of();
    private Dossier dossier = Dossier.titled("");
    private String planId;
    private String itemId;

    SessionPlanDialog(Workbench window) {
        super(window, window.texts().get("plan.title"), "plan");
        this.window = window;
        this.texts = window.texts();

        Composite top = row(shell, 4);
        new Label(top, SWT.NONE).setText(texts.get("plan.choose"));
        plans = new Combo(top, SWT.READ_ONLY | SWT.DROP_DOWN);
        plans.setData(Ids.KEY, "plan.choose");
        plans.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        plans.addListener(SWT.Selection, e -> {
            int i = plans.getSelectionIndex();
            planId = i >= 0 && i < dossier.sessionPlans().size() ? dossier.sessionPlans().get(i).id() : null;
            itemId = null;
            showPlan();
        });
        button(top, "plan.new", this::addPlan);
        removePlan = button(top, "plan.remove", () -> window.edits().apply(PlanEdits.remove(planId)));

        details = row(shell, 4);
        name = form.text(details, texts.get("plan.name"), "plan.name", () -> plan().title(),
                v -> details(v, plan().date(), plan().start(), plan().place()));
        place = form.text(details, texts.get("plan.place"), "plan.place", () -> plan().place(),
                v -> details(plan().title(), plan().date(), plan().start(), v));
        date = form.text(details, texts.get("plan.date"), "plan.date", this::shownDate, this::setDate);
        date.setMessage(texts.get("plan.date.hint"));
        start = form.text(details, texts.get("plan.start"), "plan.start", this::shownStart, this::setStart);
        start.setMessage(texts.get("plan.start.hint"));
        follow = new Button(details, SWT.CHECK);
        follow.setText(texts.get("plan.follow"));
        follow.setData(Ids.KEY, "plan.follow");
        follow.setLayoutData(new GridData(SWT.BEGINNING, SWT.CENTER, false, false, 4, 1));
        follow.addListener(SWT.Selection, e -> window.followedPlan().follow(follow.getSelection() ? planId : null));

        items = new Table(shell, SWT.SINGLE | SWT.BORDER | SWT.FULL_SELECTION);
        items.setData(Ids.KEY, "plan.items");
        items.setHeaderVisible(true);
        items.setLinesVisible(true);
        GridData itemsData = new GridData(SWT.FILL, SWT.FILL, true, true);
        itemsData.heightHint = 220;
        items.setLayoutData(itemsData);
        for (String column : List.of("plan.column.time", "plan.column.part", "plan.column.instrument",
                "plan.column.minutes")) {
            new TableColumn(items, SWT.NONE).setText(texts.get(column));
        }
        items.addListener(SWT.Selection, e -> {
            int i = items.getSelectionIndex();
            List<PlanItem> parts = plan().items();
            itemId = i >= 0 && i < parts.size() ? parts.get(i).id() : null;
            showItem();
        });

        itemRow = row(shell, 7);
        new Label(itemRow, SWT.NONE).setText(texts.get("plan.item.minutes"));
        minutes = new Spinner(itemRow, SWT.BORDER);
        minutes.setData(Ids.KEY, "plan.item.minutes");
        minutes.setValues(DEFAULT_MINUTES, 0, PlanItem.MAX_MINUTES, 0, 5, 15);
        // the clicks on one part's minutes in a row are one undo
        minutes.addListener(SWT.Selection, e -> item().filter(i -> i.minutes() != minutes.getSelection())
                .ifPresent(i -> window.edits().apply(PlanEdits.updateItem(planId, i.withMinutes(minutes.getSelection()))
                        .during("plan.minutes." + i.id()))));
        itemTitle = form.text(itemRow, texts.get("plan.item.title"), "plan.item.title",
                () -> item().map(PlanItem::title).orElse(""),
                v -> item().ifPresent(i -> window.edits().apply(PlanEdits.updateItem(planId, i.withTitle(v)))));
        button(itemRow, "plan.item.up", () -> move(-1));
        button(itemRow, "plan.item.down", () -> move(1));
        button(itemRow, "plan.item.remove", () -> window.edits().apply(PlanEdits.removeItem(planId, itemId)));

        Group add = new Group(shell, SWT.NONE);
        add.setText(texts.get("plan.add"));
        add.setLayout(new GridLayout(4, false));
        add.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        instrument = form.choice(add, texts.get("plan.add.instrument"), "plan.add.instrument", new String[0],
                i -> showSteps());
        step = form.choice(add, texts.get("plan.add.step"), "plan.add.step", new String[0], i -> {
        });
        // as wide as each other whatever they hold: a long step title never squeezes the instrument's name
        GridData halves = (GridData) step.getLayoutData();
        halves.widthHint = 200;
        ((GridData) instrument.getLayoutData()).widthHint = 200;
        Composite adding = row(add, 3);
        ((GridData) adding.getLayoutData()).horizontalSpan = 4;
        button(adding, "plan.add.stepButton", () -> chosenSteps(false).forEach(this::addItem));
        button(adding, "plan.add.all", () -> chosenSteps(true).forEach(this::addItem));
        button(adding, "plan.add.break", () -> addItem(PlanItem.pause(texts.get("plan.breakTitle"), 15)));

        Composite bottom = row(shell, 2);
        total = new Label(bottom, SWT.NONE);
        total.setData(Ids.KEY, "plan.total");
        total.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        button(bottom, "plan.print", this::print);
        shell.setSize(860, 620);
    }

    /** The instruments whose steps can be planned: those installed that work and have steps. */
    void offer(List<InstrumentDescriptor> installed) {
        if (shell.isDisposed() || installed.equals(instruments)) {
            return;
        }
        instruments = List.copyOf(installed);
        instrument.setItems(instruments.stream().map(InstrumentDescriptor::name).toArray(String[]::new));
        instrument.select(instruments.isEmpty() ? -1 : 0);
        showSteps();
    }

    /** Shows the plans of {@code d}; the chosen plan and part stay chosen while they are there. */
    @Override
    void show(Dossier d) {
        if (shell.isDisposed()) {
            return;
        }
        dossier = d;
        if (dossier.sessionPlan(String.valueOf(planId)).isEmpty()) {
            planId = window.followedPlan().inUse().map(SessionPlan::id).orElse(null);
        }
        String[] names = d.sessionPlans().stream().map(this::planName).toArray(String[]::new);
        if (!List.of(names).equals(List.of(plans.getItems()))) {
            plans.setItems(names);
        }
        showPlan();
    }

    private void showPlan() {
        int index = dossier.sessionPlans().stream().map(SessionPlan::id).toList().indexOf(planId);
        Form.show(plans, index);
        removePlan.setEnabled(index >= 0);
        follow.setEnabled(index >= 0);
        follow.setSelection(index >= 0 && window.followedPlan().inUse().map(SessionPlan::id).orElse("").equals(planId));
        details.setVisible(index >= 0);
        SessionPlan plan = plan();
        Form.show(name, plan.title());
        Form.show(place, plan.place());
        Form.show(date, shownDate());
        Form.show(start, shownStart());
        items.setItemCount(plan.items().size());
        for (int i = 0; i < plan.items().size(); i++) {
            PlanItem part = plan.items().get(i);
            items.getItem(i).setText(new String[] { plan.startOf(part.id()).map(SessionPlanDialog::clock).orElse(""),
                    part.title(), part.isBreak() ? texts.get("plan.break") : instrumentName(part.instrumentId()),
                    String.valueOf(part.minutes()) });
        }
        DossierPage.fitColumns(items);
        total.setText(index < 0 ? "" : plan.start() == null
                ? texts.format("plan.total", plan.minutes(), hours(plan.minutes()))
                : texts.format("plan.totalUntil", plan.minutes(), hours(plan.minutes()),
                        clock(plan.start().plusMinutes(plan.minutes()))));
        showItem();
        shell.layout(true, true);
    }

    private void showItem() {
        Optional<PlanItem> part = item();
        int index = part.map(p -> plan().items().indexOf(p)).orElse(-1);
        if (index >= 0) {
            items.setSelection(index);
            minutes.setSelection(part.get().minutes());
            Form.show(itemTitle, part.get().title());
        } else {
            items.deselectAll();
        }
        for (var child : itemRow.getChildren()) {
            child.setEnabled(index >= 0);
        }
    }

    private void showSteps() {
        int i = instrument.getSelectionIndex();
        List<Step> steps = i < 0 ? List.of() : instruments.get(i).steps();
        List<String> labels = new ArrayList<>();
        for (int s = 0; s < steps.size(); s++) {
            labels.add(texts.format("plan.add.stepItem", s + 1, steps.get(s).title(), minutesOf(steps.get(s))));
        }
        step.setItems(labels.toArray(String[]::new));
        step.select(steps.isEmpty() ? -1 : 0);
    }

    /** The step chosen to add, or every step of the chosen instrument, as parts with the instrument's minutes. */
    private List<PlanItem> chosenSteps(boolean all) {
        int i = instrument.getSelectionIndex();
        if (i < 0 || planId == null) {
            return List.of();
        }
        InstrumentDescriptor d = instruments.get(i);
        List<PlanItem> parts = new ArrayList<>();
        for (int s = 0; s < d.steps().size(); s++) {
            if (all || s == step.getSelectionIndex()) {
                parts.add(PlanItem.step(d.id(), s, d.steps().get(s).title(), minutesOf(d.steps().get(s))));
            }
        }
        return parts;
    }

    /** Adds a part after the chosen one (at the end when none is chosen), and chooses it. */
    private void addItem(PlanItem part) {
        if (planId == null) {
            return;
        }
        int at = item().map(p -> plan().items().indexOf(p) + 1).orElse(plan().items().size());
        itemId = part.id();
        window.edits().apply(PlanEdits.addItem(planId, part, at));
    }

    private void addPlan() {
        SessionPlan plan = SessionPlan.titled(texts.format("plan.newTitle", dossier.sessionPlans().size() + 1));
        planId = plan.id();
        itemId = null;
        window.edits().apply(PlanEdits.add(plan));
        name.setFocus();
        name.selectAll();
    }

    private void move(int by) {
        item().ifPresent(p -> window.edits().apply(PlanEdits.moveItem(planId, p.id(), plan().items().indexOf(p) + by)));
    }

    private void details(String title, LocalDate day, LocalTime time, String where) {
        if (dossier.sessionPlan(String.valueOf(planId)).isPresent()) {
            window.edits().apply(PlanEdits.details(planId, title, day, time, where));
        }
    }

    private String shownDate() {
        return plan().date() == null ? "" : plan().date().toString();
    }

    private String shownStart() {
        return plan().start() == null ? "" : clock(plan().start());
    }

    /** A date as 2026-03-12; an empty field takes it away, one that is not a date is told and not kept. */
    private void setDate(String typed) {
        parsed(typed, LocalDate::parse, date, this::shownDate, "issues.date.wrong",
                d -> details(plan().title(), d, plan().start(), plan().place()));
    }

    /** A time as 9:30 or 09:30. */
    private void setStart(String typed) {
        parsed(typed, s -> LocalTime.parse(s.length() == 4 ? "0" + s : s), start, this::shownStart,
                "plan.start.wrong", t -> details(plan().title(), plan().date(), t, plan().place()));
    }

    private <T> void parsed(String typed, Function<String, T> parse, Text field, Supplier<String> shown,
            String wrongKey, Consumer<T> set) {
        try {
            set.accept(typed.isBlank() ? null : parse.apply(typed.strip()));
        } catch (DateTimeParseException e) {
            window.alert(SWT.ICON_WARNING, "plan.wrong.title", texts.format(wrongKey, typed));
            Form.show(field, shown.get());
        }
    }

    private void print() {
        form.commitPending();
        window.catalogue().printables().stream().filter(p -> p.id().equals(PRINTABLE)).findFirst()
                .ifPresentOrElse(window.exports()::preview, () -> window.alert(SWT.ICON_INFORMATION,
                        "plan.print.none.title", texts.get("plan.print.none")));
    }

    /**
     * The plan the step timer follows: the one the facilitator chose, else the one of today, else the first; empty
     * without plans.
     */
    static Optional<SessionPlan> inUse(Dossier d, String chosen, LocalDate today) {
        return d.sessionPlan(String.valueOf(chosen))
                .or(() -> d.sessionPlans().stream().filter(p -> today.equals(p.date())).findFirst())
                .or(() -> d.sessionPlans().stream().findFirst());
    }

    private String planName(SessionPlan p) {
        String title = p.title().isBlank() ? texts.get("plan.untitled") : p.title();
        return p.date() == null ? title : title + " (" + p.date() + ")";
    }

    private String instrumentName(String id) {
        return instruments.stream().filter(d -> d.id().equals(id)).map(InstrumentDescriptor::name).findFirst()
                .orElse(id);
    }

    private static int minutesOf(Step s) {
        return s.minutes() > 0 ? s.minutes() : DEFAULT_MINUTES;
    }

    private String hours(int total) {
        return texts.format("plan.hours", total / 60, String.format("%02d", total % 60));
    }

    static String clock(LocalTime time) {
        return String.format("%d:%02d", time.getHour(), time.getMinute());
    }

    private SessionPlan plan() {
        return dossier.sessionPlan(String.valueOf(planId)).orElse(SessionPlan.titled(""));
    }

    private Optional<PlanItem> item() {
        return itemId == null ? Optional.empty() : plan().item(itemId);
    }

    private static Composite row(Composite parent, int columns) {
        Composite row = new Composite(parent, SWT.NONE);
        row.setLayout(new GridLayout(columns, false));
        row.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        return row;
    }

    private Button button(Composite parent, String key, Runnable action) {
        return DossierPage.button(parent, texts.get(key), key, action);
    }
}
