package nl.koers.instrument.brengenhalen.internal.screen;

import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Text;

import nl.koers.domain.Dossier;
import nl.koers.domain.Partner;
import nl.koers.instrument.api.swt.WorkContext;
import nl.koers.instrument.api.swt.kit.FittedList;
import nl.koers.instrument.api.swt.kit.Scroll;
import nl.koers.instrument.brengenhalen.internal.ConversationData;
import nl.koers.instrument.brengenhalen.internal.Phrases;

/**
 * Step 4, everyone has their say: equal time per partner. On the left the speaking clock: who has the floor, the
 * time left for them (large), start and pause, the next partner, the order with each partner's time; the time
 * per partner is set per partner or as a total for the round. On the right the answers of the partner who has
 * the floor, large, and below them the facilitator's notes for that partner, kept in the dossier, and a line that
 * puts a spannend punt for that partner on the dossier's list. The answers are {@link SpeakerAnswers}'.
 *
 * <p>The clock runs on {@code timerExec} on the UI thread and keeps its time from the wall clock, so a hidden
 * screen loses no time.
 */
final class ConversationStep {
    /** How often the clock on screen is brought up to date while it runs. */
    private static final int TICK_MS = 250;
    private static final Color OVER = new Color(190, 20, 20);
    private static final Color LOW = new Color(190, 120, 0);
    /** From this much time left, the clock turns orange. */
    private static final long LOW_MS = 60_000;

    private final Ui ui;
    private final Composite parent;
    private final SpeakingClock clock;
    private final Label time;
    private final Label speaker;
    private final Button startPause;
    private final Button next;
    private final Spinner minutes;
    private final Combo mode;
    private final Label perPartner;
    private final org.eclipse.swt.widgets.List order;
    /** The order's items whole: in projector mode the list shows a long name in smaller type or shortened. */
    private final FittedList orderItems;
    private final SpeakerAnswers answers;
    /** The clock's column: it scrolls where the step is low (the projector's large type on a small screen). */
    private final Scroll clockArea;
    private final Label notesTitle;
    private final Text notes;
    private final IssueRow issues;
    /** The partner whose notes the field shows. */
    private String notesFor;
    private final Runnable tick = this::tick;

    ConversationStep(Composite parent, WorkContext ctx, Clocks clocks) {
        this.parent = parent;
        this.ui = new Ui(ctx, parent);
        this.clock = clocks.of(ctx.dossier());
        parent.setLayout(new GridLayout(2, false));

        // ---- the clock
        clockArea = new Scroll(parent, true);
        Composite left = clockArea.content;
        ((GridLayout) left.getLayout()).marginWidth = 0;
        GridData leftData = new GridData(SWT.FILL, SWT.FILL, false, true);
        leftData.widthHint = ui.charWidth() * (ctx.projector() ? 34 : 42);
        clockArea.scrolled.setLayoutData(leftData);

        ui.section(left, ui.say.get("screen.clock"));
        speaker = Ui.id(new Label(left, SWT.WRAP), "clock.speaker");
        speaker.setFont(ui.bold());
        speaker.setLayoutData(Ui.fill());
        time = Ui.id(new Label(left, SWT.CENTER), "clock.time");
        time.setFont(Ui.scaled(parent, ctx.headingFont(), ctx.projector() ? 2.0 : 3.0, SWT.BOLD));
        time.setText("00:00");
        time.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));

        Composite buttons = Ui.column(left, 2);
        // on the projector "Volgende partner" needs more than half the column
        ((GridLayout) buttons.getLayout()).makeColumnsEqualWidth = !ui.stacked();
        startPause = ui.button(buttons, ui.say.get("screen.clock.start"), "clock.start", this::startPause);
        startPause.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        next = ui.button(buttons, ui.say.get("screen.clock.next"), "clock.next", () -> {
            saveNotes();
            clock.next();
            refresh();
        });
        next.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));

        // the minutes, and whether they are per partner or for the round: on one line, or two on the projector
        Composite setting = Ui.column(left, ui.stacked() ? 2 : 3);
        minutes = Ui.id(new Spinner(setting, SWT.BORDER), "clock.minutes");
        minutes.setFont(ui.font());
        minutes.setValues(20, 1, 600, 0, 1, 5);
        // GTK measures a spinner in large type too narrow for its buttons: give it room for three digits
        GridData minutesData = new GridData(SWT.LEFT, SWT.CENTER, false, false);
        minutesData.widthHint = minutes.computeSize(SWT.DEFAULT, SWT.DEFAULT).x + ui.textWidth("000");
        minutes.setLayoutData(minutesData);
        ui.label(setting, ui.say.get("screen.clock.minutes"));
        mode = ui.choice(setting, "clock.mode", new String[] {ui.say.get("screen.clock.perPartner"),
            ui.say.get("screen.clock.total")}, i -> applySetting());
        mode.select(0);
        GridData modeData = new GridData(SWT.FILL, SWT.CENTER, true, false);
        modeData.horizontalSpan = ui.stacked() ? 2 : 1;
        mode.setLayoutData(modeData);
        minutes.addListener(SWT.Selection, e -> applySetting());
        minutes.addListener(SWT.Modify, e -> applySetting());
        perPartner = Ui.id(ui.hint(left, ""), "clock.setting");

        ui.section(left, ui.say.get("screen.clock.order"));
        order = Ui.id(new org.eclipse.swt.widgets.List(left, SWT.SINGLE | SWT.BORDER | SWT.V_SCROLL), "clock.order");
        order.setFont(ui.font());
        orderItems = new FittedList(order);
        order.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        order.addListener(SWT.Selection, e -> {
            int i = order.getSelectionIndex();
            if (i >= 0 && i < clock.order().size()) {
                saveNotes();
                clock.select(i);
                refresh();
            }
        });
        Button reset = ui.button(left, ui.say.get("screen.clock.reset"), "clock.reset", () -> {
            saveNotes();
            clock.reset();
            refresh();
        });
        reset.setToolTipText(ui.say.get("screen.clock.resetHint"));

        // ---- the partner who has the floor, and the notes
        Composite right = new Composite(parent, SWT.NONE);
        GridLayout rightLayout = new GridLayout(1, false);
        rightLayout.marginWidth = 0;
        right.setLayout(rightLayout);
        right.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        answers = new SpeakerAnswers(ui, right);
        notesTitle = ui.section(right, "");
        notes = ui.field(right, SWT.MULTI | SWT.WRAP | SWT.V_SCROLL, "notes", v -> note(notesFor, v));
        GridData notesData = new GridData(SWT.FILL, SWT.FILL, true, false);
        notesData.widthHint = 200;
        notesData.heightHint = notes.getLineHeight() * (ctx.projector() ? 3 : 5);
        notes.setLayoutData(notesData);
        issues = new IssueRow(ui, right, clock::speaker);

        ui.follow(parent, this::refresh);
        parent.addListener(SWT.Dispose, e -> {
            saveNotes();
            parent.getDisplay().timerExec(-1, tick);
            ui.ctx.ownClock(false);
        });
        refresh();
    }

    // ---- the clock

    private void startPause() {
        if (clock.running()) {
            clock.pause();
        } else {
            if (clock.finished()) {
                saveNotes();
                clock.reset();
            }
            clock.start();
        }
        refresh();
    }

    /**
     * The minutes as set, per partner or for the whole round (shared equally); the line below says what that
     * gives for the other.
     */
    private void applySetting() {
        int n = clock.order().size();
        long millis = minutes.getSelection() * 60_000L;
        boolean total = mode.getSelectionIndex() == 1;
        long per = total ? millis / Math.max(1, n) : millis;
        if (per != clock.allowance()) {
            clock.allowance(per);
            showClock();
        }
        String text = total ? ui.say.format("screen.clock.each", Phrases.clock(clock.allowance()), n)
                : ui.say.format("screen.clock.round", Phrases.clock(clock.allowance() * n), n);
        if (!perPartner.getText().equals(Ui.plain(text))) {
            perPartner.setText(Ui.plain(text));
            clockArea.reflow(perPartner);
        }
    }

    private void tick() {
        if (parent.isDisposed()) {
            return;
        }
        showClock();
        if (clock.running()) {
            parent.getDisplay().timerExec(TICK_MS, tick);
        }
    }

    /** The parts of the screen that change as time goes by: the clock, the buttons and the order. */
    private void showClock() {
        if (parent.isDisposed()) {
            return;
        }
        // one clock in view: while this one runs, the workbench folds its step timer away
        ui.ctx.ownClock(clock.running());
        Dossier d = ui.ctx.dossier();
        String who = clock.speaker();
        String clockText;
        if (who == null) {
            clockText = Phrases.clock(0);
            time.setForeground(null);
        } else {
            long left = clock.left(who);
            clockText = Phrases.clock(left);
            time.setForeground(left < 0 ? OVER : left <= LOW_MS ? LOW : null);
        }
        if (!time.getText().equals(clockText)) {
            time.setText(clockText);
            time.setToolTipText(who == null ? null : clock.left(who) < 0 ? ui.say.get("screen.clock.over") : null);
        }
        String speaking = d.partners().isEmpty() ? ui.say.get("screen.noPartners")
                : clock.finished() ? ui.say.get("screen.clock.finished")
                : ui.say.format("screen.clock.speaking", ui.say.partnerName(d, who));
        if (!speaker.getText().equals(Ui.plain(speaking))) {
            speaker.setText(Ui.plain(speaking));
            clockArea.reflow(speaker);
        }
        String button = ui.say.get(clock.running() ? "screen.clock.pause"
                : clock.finished() ? "screen.clock.again"
                : who != null && clock.used(who) > 0 ? "screen.clock.resume" : "screen.clock.start");
        if (!startPause.getText().equals(button)) {
            startPause.setText(button);
        }
        startPause.setEnabled(!clock.order().isEmpty());
        next.setEnabled(who != null);
        next.setText(ui.say.get(clock.current() == clock.order().size() - 1 ? "screen.clock.end"
                : "screen.clock.next"));

        List<String> ids = clock.order();
        String[] items = new String[ids.size()];
        for (int i = 0; i < ids.size(); i++) {
            String id = ids.get(i);
            String mark = i == clock.current() ? "\u25b6" : clock.used(id) > 0 || i < clock.current() ? "\u2713" : " ";
            long left = clock.left(id);
            String t = Phrases.clock(left);
            items[i] = ui.say.format("screen.clock.orderItem", mark, i + 1, ui.say.partnerName(d, id), t);
        }
        String[] were = orderItems.items();
        if (were.length != items.length) {
            int top = order.getTopIndex();
            orderItems.setItems(items);
            order.setTopIndex(top);
        } else {
            // a tick or a renamed partner changes a line or two of hundreds: GTK measures every line it is given
            for (int i = 0; i < items.length; i++) {
                if (!items[i].equals(were[i])) {
                    orderItems.setItem(i, items[i]);
                }
            }
        }
        if (clock.current() < items.length) {
            if (order.getSelectionIndex() != clock.current()) {
                order.setSelection(clock.current());
            }
        } else {
            order.deselectAll();
        }
    }

    // ---- the partner who has the floor

    private void refresh() {
        if (parent.isDisposed()) {
            return;
        }
        Dossier d = ui.ctx.dossier();
        clock.partners(d.partners().stream().map(Partner::id).toList());
        applySetting();
        showClock();
        parent.getDisplay().timerExec(-1, tick);
        if (clock.running()) {
            parent.getDisplay().timerExec(TICK_MS, tick);
        }
        String who = clock.speaker();
        answers.show(d, who);
        showNotes(d, who);
        issues.show();
    }

    private void showNotes(Dossier d, String who) {
        if (!java.util.Objects.equals(who, notesFor)) {
            saveNotes();
            notesFor = who;
        }
        notes.setEnabled(who != null);
        notesTitle.setText(Ui.plain(who == null ? ui.say.get("screen.notes.none")
                : ui.say.format("screen.notes", ui.say.partnerName(d, who))));
        if (!(notes.isFocusControl() && Ui.typed(notes))) {
            Ui.show(notes, who == null ? "" : ConversationData.of(d).note(who));
        }
    }

    /** Commits what was typed in the notes and not yet committed, for the partner it was typed for. */
    private void saveNotes() {
        if (notesFor != null && !notes.isDisposed() && Ui.typed(notes)) {
            note(notesFor, notes.getText());
        }
    }

    private void note(String partnerId, String text) {
        Dossier d = ui.ctx.dossier();
        if (partnerId == null || d.partner(partnerId).isEmpty()) {
            return;
        }
        ConversationData data = ConversationData.of(d);
        if (!data.note(partnerId).equals(text.isBlank() ? "" : text)) {
            ui.apply(data.withNote(partnerId, text).edit());
        }
        if (!notes.isDisposed() && partnerId.equals(notesFor)) {
            Ui.show(notes, text);
        }
    }

}
