package nl.koers.instrument.partnermodel.internal.screen;

import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleUnaryOperator;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;

/**
 * How large the canvas draws its wall: until the user chooses (the buttons, Ctrl with +, - or 0), the whole wall as
 * long as its smallest notes can still be read; once chosen, what the user chose.
 */
final class CanvasZoom {
    static final double MIN = 0.25;
    static final double MAX = 4;

    /** The largest zoom, not below the one it is given, at which the whole wall lies in the view. */
    private final DoubleUnaryOperator fitting;
    /** Lays the wall out for the zoom just set. */
    private final Runnable layOut;
    private final List<Runnable> listeners = new ArrayList<>();
    private double value = 1;
    private boolean chosen;

    CanvasZoom(DoubleUnaryOperator fitting, Runnable layOut) {
        this.fitting = fitting;
        this.layOut = layOut;
    }

    double value() {
        return value;
    }

    /** Told after every change of the zoom, and when the wall is laid out anew before the user chose one. */
    void onChange(Runnable listener) {
        listeners.add(listener);
    }

    /** Zooms in (factor above 1) or out, within {@link #MIN} and {@link #MAX}. */
    void by(double factor) {
        chosen = true;
        to(Math.max(MIN, Math.min(MAX, value * factor)));
    }

    /** Zoom to fit: the whole wall in the view, however small its type gets. */
    void fit() {
        chosen = true;
        to(fitting.applyAsDouble(0));
    }

    /**
     * Before the user chose a zoom: the whole wall when its type stays readable at that size, else 100 %. Called
     * as the wall is laid out, so it lays nothing out itself.
     */
    void suggest(double readable) {
        if (!chosen) {
            double fits = fitting.applyAsDouble(readable);
            value = fits >= readable ? fits : 1;
            listeners.forEach(Runnable::run);
        }
    }

    /** Ctrl with +, - or 0 on the canvas. */
    void keys(Event e) {
        if ((e.stateMask & SWT.MOD1) == 0) {
            return;
        }
        switch (e.character) {
            case '=', '+' -> by(1.25);
            case '-' -> by(1 / 1.25);
            case '0' -> fit();
            default -> {
                return;
            }
        }
        e.doit = false;
    }

    private void to(double z) {
        value = z;
        layOut.run();
        listeners.forEach(Runnable::run);
    }
}
