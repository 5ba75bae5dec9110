package nl.koers.instrument.partnermodel.internal.screen;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;

import nl.koers.instrument.api.swt.WorkContext;
import nl.koers.instrument.partnermodel.internal.Phrases;

/** The toolkit's widgets with this instrument's ids ({@code partnermodel.<id>}), words and colours. */
final class Ui extends nl.koers.instrument.api.swt.kit.Ui {
    static final String PREFIX = "partnermodel.";
    static final Color PROBLEM = new Color(170, 30, 30);
    static final Color SELECTED = new Color(0, 88, 102);
    static final Color TARGET = new Color(25, 90, 200);

    final Phrases say;

    Ui(WorkContext ctx, Composite root) {
        super(ctx, root, PREFIX);
        this.say = new Phrases(ctx.locale());
    }

    /** A composite without margins that takes all the room left, for the canvas and what sits beside it. */
    static Composite growing(Composite parent, int columns) {
        Composite c = column(parent, columns);
        c.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        return c;
    }
}
