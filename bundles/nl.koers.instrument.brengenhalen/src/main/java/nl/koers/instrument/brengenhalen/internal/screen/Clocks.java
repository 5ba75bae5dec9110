package nl.koers.instrument.brengenhalen.internal.screen;

import java.util.HashMap;
import java.util.Map;
import java.util.function.LongSupplier;

import nl.koers.domain.Dossier;

/**
 * The speaking clock of each dossier, kept by the screens component: building the screens again (projector
 * mode) or leaving the step does not stop or reset the clock of the meeting that is going on.
 */
final class Clocks {
    private final LongSupplier millis;
    private final Map<String, SpeakingClock> clocks = new HashMap<>();

    Clocks(LongSupplier millis) {
        this.millis = millis;
    }

    SpeakingClock of(Dossier d) {
        return clocks.computeIfAbsent(d.id(), id -> new SpeakingClock(millis));
    }
}
