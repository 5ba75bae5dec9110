package nl.koers.instrument.belangendialoog.internal.screen;

import java.util.HashMap;
import java.util.Map;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Listener;

/**
 * Counts how often each check box of the interests a position's ladder ends in is placed (given another size): what
 * the positions step lays out, as a count.
 */
final class PlacedChecks implements AutoCloseable {
    /** Per check box, how often it was placed. */
    final Map<Button, Integer> placed = new HashMap<>();
    private final Display display;
    private final Listener resized = e -> {
        if (e.widget instanceof Button b && b.getData(Ui.ID) instanceof String id && id.contains(".ends.")) {
            placed.merge(b, 1, Integer::sum);
        }
    };

    PlacedChecks(Display display) {
        this.display = display;
        display.addFilter(SWT.Resize, resized);
    }

    @Override
    public void close() {
        display.removeFilter(SWT.Resize, resized);
    }
}
