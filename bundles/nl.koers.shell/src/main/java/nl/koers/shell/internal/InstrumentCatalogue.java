package nl.koers.shell.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;

import nl.koers.instrument.api.Instrument;
import nl.koers.instrument.api.InstrumentDescriptor;
import nl.koers.instrument.api.print.Printable;
import nl.koers.instrument.api.swt.InstrumentScreens;

/**
 * The instruments that are installed right now. The framework adds and removes them on its own threads
 * (bundles start and stop while the window is open); listeners hear of every change and must move to the
 * UI thread themselves. Every call into an instrument is guarded: one that throws is listed as failed.
 */
final class InstrumentCatalogue {
    /** One instrument as the catalogue shows it: its descriptor, or the error it gave instead. */
    record Entry(Instrument instrument, String id, InstrumentDescriptor descriptor, String error) {
        boolean failed() {
            return descriptor == null;
        }

        String name() {
            return failed() ? id : descriptor.name();
        }
    }

    private final List<Instrument> instruments = new CopyOnWriteArrayList<>();
    private final java.util.Map<String, InstrumentScreens> screens = new java.util.concurrent.ConcurrentHashMap<>();
    private final List<Printable> printables = new CopyOnWriteArrayList<>();
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();

    void add(Instrument instrument) {
        instruments.add(instrument);
        listeners.forEach(Runnable::run);
    }

    void remove(Instrument instrument) {
        instruments.remove(instrument);
        listeners.forEach(Runnable::run);
    }

    void addScreens(InstrumentScreens s) {
        screens.put(s.instrumentId(), s);
        listeners.forEach(Runnable::run);
    }

    void removeScreens(InstrumentScreens s) {
        screens.remove(s.instrumentId(), s);
        listeners.forEach(Runnable::run);
    }

    /** The working screens of an instrument, when its bundle offers them. */
    java.util.Optional<InstrumentScreens> screens(String instrumentId) {
        return java.util.Optional.ofNullable(screens.get(instrumentId));
    }

    void addPrintable(Printable p) {
        printables.add(p);
    }

    void removePrintable(Printable p) {
        printables.remove(p);
    }

    List<Printable> printables() {
        return List.copyOf(printables);
    }

    void onChange(Runnable listener) {
        listeners.add(listener);
    }

    void removeListener(Runnable listener) {
        listeners.remove(listener);
    }

    int size() {
        return instruments.size();
    }

    /** The entries in {@code locale}, sorted by name; an instrument that fails is listed, not dropped. */
    List<Entry> entries(Locale locale) {
        List<Entry> out = new ArrayList<>();
        for (Instrument i : instruments) {
            out.add(describe(i, locale));
        }
        out.sort(Comparator.comparing(Entry::name, String.CASE_INSENSITIVE_ORDER));
        return out;
    }

    private static Entry describe(Instrument instrument, Locale locale) {
        String id = "?";
        try {
            id = instrument.id();
            InstrumentDescriptor d = instrument.describe(locale);
            if (d == null) {
                return new Entry(instrument, id, null, "no description");
            }
            return new Entry(instrument, id, d, "");
        } catch (RuntimeException | LinkageError e) {
            return new Entry(instrument, id.equals("?") ? instrument.getClass().getName() : id, null, String.valueOf(e));
        }
    }
}
