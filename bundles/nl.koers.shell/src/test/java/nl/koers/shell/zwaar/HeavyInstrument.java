package nl.koers.shell.zwaar;

import java.util.List;
import java.util.Locale;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;

import nl.koers.instrument.api.Instrument;
import nl.koers.instrument.api.InstrumentDescriptor;
import nl.koers.instrument.api.Step;
import nl.koers.instrument.api.swt.InstrumentScreens;
import nl.koers.instrument.api.swt.WorkContext;

/**
 * A plugin that asks too much of the window, in a package of its own as a plugin's classes are: one button loops
 * (ignoring interrupts) for {@link #LOOP_MILLIS}, one allocates more memory than there is, and its second step
 * recurses until the stack runs out.
 */
public final class HeavyInstrument implements Instrument, InstrumentScreens {
    public static final String ID = "zwaar";
    public static final String LOOP = "zwaar.lus";
    public static final String MEMORY = "zwaar.geheugen";
    public static final long LOOP_MILLIS = 6_000;
    /** When the last loop ended, for the test to compare with what was logged while it ran. */
    public static volatile long loopEndedNanos;

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String instrumentId() {
        return ID;
    }

    @Override
    public InstrumentDescriptor describe(Locale locale) {
        return new InstrumentDescriptor(ID, "Zwaar instrument", "", "", "", "", "", List.of(),
                List.of(new Step("Rekenen", "", ""), new Step("Dieper", "", "")), List.of(), "");
    }

    @Override
    public void createStep(int step, Composite parent, WorkContext context) {
        if (step == 1) {
            deeper(0);
        }
        parent.setLayout(new FillLayout());
        button(parent, LOOP).addListener(SWT.Selection, e -> loop());
        button(parent, MEMORY).addListener(SWT.Selection, e -> {
            long[] all = new long[Integer.MAX_VALUE - 8]; // more than this heap holds: a real OutOfMemoryError
            all[0] = 1;
        });
    }

    private static Button button(Composite parent, String id) {
        Button button = new Button(parent, SWT.PUSH);
        button.setText(id);
        button.setData("koers.id", id);
        return button;
    }

    /** An endless loop as plugins write them: busy, deaf to interrupts; here it ends after a while. */
    private static void loop() {
        long end = System.nanoTime() + LOOP_MILLIS * 1_000_000;
        long spins = 0;
        while (System.nanoTime() < end) {
            spins++;
        }
        loopEndedNanos = System.nanoTime() + (spins & 0);
    }

    private static int deeper(int depth) {
        return deeper(depth + 1) + 1;
    }
}
