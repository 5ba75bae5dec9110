package nl.koers.shell.internal;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

import nl.koers.domain.Texts;

/** Below an instrument's step: Vorige, which step of how many, Volgende, and the projector's button at the end. */
final class StepFooter {
    private final Texts texts;
    private final Composite footer;
    private final Label position;
    private final Button back;
    private final Button next;

    StepFooter(Composite control, Texts texts, Runnable back, Runnable next, Runnable projector) {
        this.texts = texts;
        footer = new Composite(control, SWT.NONE);
        footer.setLayout(new GridLayout(5, false));
        footer.setLayoutData(new GridData(SWT.FILL, SWT.BOTTOM, true, false));
        this.back = Ids.button(footer, texts, "step.back", back);
        position = new Label(footer, SWT.NONE);
        position.setData(Ids.KEY, "step.position");
        this.next = Ids.button(footer, texts, "step.next", next);
        new Label(footer, SWT.NONE).setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        Ids.button(footer, texts, "step.projector", projector);
    }

    /** Step {@code index} of {@code steps} is in view: back and next as far as there are steps. */
    void show(int index, int steps) {
        position.setText(texts.format("step.position", index + 1, steps));
        back.setEnabled(index > 0);
        next.setEnabled(index < steps - 1);
    }

    void layOut() {
        footer.layout(true, true);
    }
}
