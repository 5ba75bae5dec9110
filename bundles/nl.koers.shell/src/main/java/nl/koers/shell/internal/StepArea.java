package nl.koers.shell.internal;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;

/**
 * The layout of the area a step is built in. It asks for almost no room of its own, so it takes what the header
 * and the footer leave: a step with more content than fits scrolls or fits itself in that area, and never grows
 * over the back and next buttons below it (a canvas of 15 notes did at 1366x768).
 */
final class StepArea {
    private StepArea() {
    }

    static GridData leftOver() {
        GridData data = new GridData(SWT.FILL, SWT.FILL, true, true);
        data.widthHint = 200;
        data.heightHint = 100;
        return data;
    }
}
