package nl.koers.render.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.osgi.service.component.ComponentServiceObjects;

import nl.koers.instrument.api.Instrument;

/**
 * The installed instruments, for their names in a session plan, got only while a plan is printed and let go after.
 * Binding them as services would start every plugin's instrument in every face, the command line's too, and with it
 * whatever a plugin does when it starts.
 */
final class InstalledInstruments {
    private InstalledInstruments() {
    }

    /** {@return what {@code work} makes of the instruments installed now} */
    static <T> T use(List<ComponentServiceObjects<Instrument>> installed, Function<List<Instrument>, T> work) {
        List<ComponentServiceObjects<Instrument>> objects = List.copyOf(installed);
        List<Instrument> got = new ArrayList<>();
        List<Runnable> letGo = new ArrayList<>();
        try {
            for (ComponentServiceObjects<Instrument> o : objects) {
                Instrument instrument = o.getService();
                if (instrument != null) {
                    got.add(instrument);
                    letGo.add(() -> o.ungetService(instrument));
                }
            }
            return work.apply(got);
        } finally {
            letGo.forEach(Runnable::run);
        }
    }
}
