package nl.koers.shell.internal;

import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

import nl.koers.domain.Texts;
import nl.koers.instrument.api.Step;

/**
 * Above an instrument's step: its heading and question, the facilitator's tip, what comes next, and the step timer
 * beside the heading.
 */
final class StepHeader {
    private final Texts texts;
    private final Composite header;
    private final Label stepTitle;
    private final Label question;
    private final Label tip;
    private final Label nextUp;
    private final StepTimer timer;

    /** @param timerShown told when the timer shows another time */
    StepHeader(Composite control, Texts texts, StepFonts fonts, Runnable timerShown) {
        this.texts = texts;
        header = new Composite(control, SWT.NONE);
        header.setLayout(new GridLayout(2, false));
        header.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        stepTitle = wrapping(header, "step.title", fonts);
        timer = new StepTimer(header, texts);
        timer.setFont(fonts.heading());
        timer.onShow(timerShown);
        question = wrapping(header, "step.question", fonts);
        new Label(header, SWT.NONE);
        tip = wrapping(header, "step.tip", fonts);
        tip.setForeground(control.getDisplay().getSystemColor(SWT.COLOR_DARK_BLUE));
        new Label(header, SWT.NONE);
        nextUp = wrapping(header, "step.nextUp", fonts);
        new Label(header, SWT.NONE);
    }

    StepTimer timer() {
        return timer;
    }

    /** Says step {@code index} of {@code steps}: its heading, question and tip, and the step after it. */
    void show(List<Step> steps, int index) {
        Step s = steps.get(index);
        stepTitle.setText(texts.format("step.heading", index + 1, steps.size(), s.title()));
        question.setText(s.question());
        tip.setText(s.tip().isEmpty() ? "" : texts.format("step.tipText", s.tip()));
        nextUp.setText(index + 1 < steps.size() ? texts.format("step.nextUp", steps.get(index + 1).title())
                : texts.get("step.lastStep"));
    }

    /** {@return the step's heading as shown} */
    String title() {
        return stepTitle.getText();
    }

    /**
     * Shows the tip (when the step has one) to the facilitator, and what comes next when the room has a window of its
     * own; folds them otherwise.
     */
    void arrange(boolean forFacilitator, boolean roomApart) {
        showOrFold(tip, forFacilitator && !tip.getText().isEmpty());
        showOrFold(nextUp, roomApart);
    }

    /** The type of the desk or the projector. */
    void useFonts(StepFonts fonts) {
        timer.setFont(fonts.heading());
        stepTitle.setFont(fonts.heading());
        question.setFont(fonts.body());
        tip.setFont(fonts.body());
        nextUp.setFont(fonts.body());
    }

    void layOut() {
        header.layout(true, true);
    }

    private static void showOrFold(Label label, boolean shown) {
        label.setVisible(shown);
        ((GridData) label.getLayoutData()).exclude = !shown;
    }

    private static Label wrapping(Composite parent, String id, StepFonts fonts) {
        Label label = new Label(parent, SWT.WRAP);
        label.setData(Ids.KEY, id);
        GridData data = new GridData(SWT.FILL, SWT.TOP, true, false);
        data.widthHint = 500;
        label.setLayoutData(data);
        label.setFont(id.equals("step.title") ? fonts.heading() : fonts.body());
        return label;
    }
}
